/**
 * The console's second gate, decided by what Neo4j says about the query rather than by its words:
 * `EXPLAIN` plans it without running it, and the plan's summary must say read-only (`r`), with no
 * operator that administers, writes or reaches outside the graph, and no procedure outside an
 * allowlist of read-only ones. (The first gate, ./console.ts `refuseWrites`, refuses by words with a
 * readable message before Neo4j is asked; the READ transaction is the third.)
 */
import { BadRequestError } from "../../domain/errors.js";

/** The plan as the driver reports it (ResultSummary.plan), the parts read here. */
export interface PlanOperator {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanOperator[];
}

/** Operators refused whatever the query type: administration, SHOW, writes, files, batches. */
const REFUSED_OPERATOR =
  /^(Show|Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Rename|Enable|Start|Stop|Assert|System|Administration|LoadCSV|Foreach|TransactionApply|TransactionForeach|Set|Delete|DetachDelete|Remove|Merge|Lock)/i;

/** Read-only procedures the console may call (schema and full-text look-ups). */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
]);

/** Throws BadRequestError unless the planned query only reads the graph. */
export function checkPlan(queryType: string | undefined, plan: PlanOperator | undefined | false): void {
  if (queryType !== "r") {
    throw new BadRequestError(`the Cypher console is read-only: Neo4j plans this query as ${describe(queryType)}`);
  }
  if (!plan) return;
  for (const op of operators(plan)) {
    const type = op.operatorType.replace(/@.*$/, "");
    if (REFUSED_OPERATOR.test(type)) {
      throw new BadRequestError(`the Cypher console reads the graph only: ${type} is not allowed`);
    }
    if (/ProcedureCall/i.test(type)) {
      const name = procedureName(op);
      if (!name || !ALLOWED_PROCEDURES.has(name)) {
        throw new BadRequestError(
          `the Cypher console reads the graph only: procedure ${name ?? "(unknown)"} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(", ")})`,
        );
      }
    }
  }
}

function describe(queryType: string | undefined): string {
  switch (queryType) {
    case "rw":
      return "reading and writing";
    case "w":
      return "writing";
    case "s":
      return "a schema change";
    default:
      return queryType ? `"${queryType}"` : "something other than a read";
  }
}

function* operators(op: PlanOperator): Generator<PlanOperator> {
  yield op;
  for (const child of op.children ?? []) yield* operators(child);
}

/** The procedure a ProcedureCall operator calls: its `Details` argument starts with the name. */
export function procedureName(op: PlanOperator): string | undefined {
  const details = op.arguments?.Details ?? op.arguments?.details;
  const m = typeof details === "string" ? /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(details) : null;
  return m?.[1];
}
