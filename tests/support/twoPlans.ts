/**
 * Two plans in one seeds folder, for the API, contract and browser tests that need them: the real
 * plan (seeds/plans/cq-sei-14fyp.txt) and the synthetic second plan (tests/fixtures/seeds/plans/
 * cd-sei-14fyp.txt, see tests/fixtures/seeds/README.md), each byte for byte, each with its own
 * curation (curated/<planId>/), and the boundaries (geo/, a copy of seeds/geo). Point SEED_DIR or
 * `--seeds` at the folder; `npm start` and readAllSeeds load both plans from it, the real one first.
 */
import { cp, mkdir, mkdtemp, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { repoRoot, seedDir } from "./plan.js";

export const FIRST_PLAN_ID = "cq-sei-14fyp";
export const SECOND_PLAN_ID = "cd-sei-14fyp";
/** The seeds folder of the fixture: plans/cd-sei-14fyp.txt and curated/cd-sei-14fyp/. */
export const fixtureSeedDir = path.join(repoRoot, "tests", "fixtures", "seeds");
export const secondPlanFile = path.join(fixtureSeedDir, "plans", `${SECOND_PLAN_ID}.txt`);

const exists = (p: string) => stat(p).then(() => true, () => false);

/** Copy one plan and its curation folder (test files stay behind) from a seeds folder into `to`. */
async function copyPlan(from: string, planId: string, to: string): Promise<void> {
  await cp(path.join(from, "plans", `${planId}.txt`), path.join(to, "plans", `${planId}.txt`));
  const curated = path.join(from, "curated", planId);
  if (await exists(curated)) {
    await cp(curated, path.join(to, "curated", planId), { recursive: true, filter: (src) => !src.endsWith(".test.ts") });
  }
}

/** A new temporary seeds folder with plans/ (both plans), curated/ (both plans' folders) and geo/. */
export async function makeTwoPlanSeedDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "chain-atlas-two-plans-"));
  await mkdir(path.join(dir, "plans"), { recursive: true });
  await copyPlan(seedDir, FIRST_PLAN_ID, dir);
  await copyPlan(fixtureSeedDir, SECOND_PLAN_ID, dir);
  await cp(path.join(seedDir, "geo"), path.join(dir, "geo"), { recursive: true });
  // Boundaries kept with the fixture (if any) join those of seeds/geo, which win on a clash.
  const fixtureGeo = path.join(fixtureSeedDir, "geo");
  if (await exists(fixtureGeo)) await cp(fixtureGeo, path.join(dir, "geo"), { recursive: true, force: false });
  return dir;
}
