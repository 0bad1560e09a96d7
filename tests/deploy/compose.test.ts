/**
 * docker-compose.yml is validated by the compose tool itself (no engine needed) and pinned to
 * what users rely on: Neo4j 5.26 with a health check and a data volume, the app waiting for it.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/plan.js";

function composeConfig(): string {
  const file = path.join(repoRoot, "docker-compose.yml");
  try {
    return execFileSync("docker-compose", ["-f", file, "config"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === "ENOENT") throw new Error("docker-compose is not installed: apt-get install -y docker-compose", { cause: e });
    throw new Error(`docker-compose.yml is invalid: ${err.stderr ?? err.message}`, { cause: e });
  }
}

describe("docker-compose.yml", () => {
  it("is a valid compose file with Neo4j 5.26, its health check and data volume, and the app waiting on it", () => {
    const config = composeConfig();
    expect(config).toMatch(/image: neo4j:5\.26/);
    expect(config).toMatch(/neo4j-data:/);
    expect(config).toMatch(/condition: service_healthy/);
    expect(config).toMatch(/NEO4J_URI: bolt:\/\/neo4j:7687/);
    expect((config.match(/healthcheck:/g) ?? []).length).toBe(2);
  });

  it("builds the app with a multi-stage Dockerfile that serves the built client", () => {
    const dockerfile = readFileSync(path.join(repoRoot, "Dockerfile"), "utf8");
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/dist/);
  });
});
