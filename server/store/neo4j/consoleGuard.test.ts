/**
 * The plan gate's three checks, each on its own (tests/contract/neo4j.console.test.ts asks Neo4j
 * for real plans; there the checks overlap, so removing one would go unnoticed).
 */
import { describe, expect, it } from "vitest";
import { BadRequestError } from "../../domain/errors.js";
import { checkPlan, type PlanOperator } from "./consoleGuard.js";

const plan = (...types: string[]): PlanOperator => ({
  operatorType: "ProduceResults@neo4j",
  children: types.map((operatorType) => ({ operatorType, arguments: {} })),
});
const call = (name: string): PlanOperator => ({
  operatorType: "ProduceResults@neo4j",
  children: [{ operatorType: "ProcedureCall@neo4j", arguments: { Details: `${name}() :: (label :: STRING)` } }],
});

describe("the console's plan gate", () => {
  it("refuses a query Neo4j does not plan as read-only, whatever its operators", () => {
    for (const type of ["w", "rw", "s", undefined]) {
      expect(() => checkPlan(type, plan("NodeByLabelScan@neo4j")), String(type)).toThrow(BadRequestError);
    }
    expect(() => checkPlan("r", plan("NodeByLabelScan@neo4j"))).not.toThrow();
  });

  it("refuses an operator that administers, writes or reads files even in a read", () => {
    for (const type of ["ShowSettings@neo4j", "LoadCSV@neo4j", "Create@neo4j", "SetProperty@neo4j", "TransactionForeach@neo4j"]) {
      expect(() => checkPlan("r", plan(type)), type).toThrow(/is not allowed/);
    }
  });

  it("calls only the allowed read-only procedures", () => {
    expect(() => checkPlan("r", call("db.labels"))).not.toThrow();
    expect(() => checkPlan("r", call("dbms.components"))).toThrow(/procedure dbms\.components is not allowed/);
  });
});
