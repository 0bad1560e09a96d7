import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCurate } from "./curate.js";

const SEEDS = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../seeds");
const PLAN = "cq-sei-14fyp";

async function cli(argv: string[], seedDir = SEEDS) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCurate(argv, { out: (s) => out.push(s), err: (s) => err.push(s), seedDir });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A copy of the seeds with the plan and its curation, where one curated link and one rejection are taken out. */
async function seedsCopy() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "curate-seeds-"));
  await mkdir(path.join(dir, "plans"));
  await cp(path.join(SEEDS, "plans", `${PLAN}.txt`), path.join(dir, "plans", `${PLAN}.txt`));
  await cp(path.join(SEEDS, "curated", PLAN), path.join(dir, "curated", PLAN), { recursive: true });
  const curated = path.join(dir, "curated", PLAN);
  const chains = JSON.parse(await readFile(path.join(curated, "chains.json"), "utf8"));
  const rejections = JSON.parse(await readFile(path.join(curated, "rejections.json"), "utf8"));
  const link = chains.find((c: { from: string; to: string }) => c.from === "结构件" && c.to === "智能手机");
  const rejection = rejections.find((r: { from: string; to: string }) => r.from === "智能设备" && r.to === "智能手机");
  await writeFile(path.join(curated, "chains.json"), JSON.stringify(chains.filter((c: unknown) => c !== link), null, 2) + "\n");
  await writeFile(path.join(curated, "rejections.json"), JSON.stringify(rejections.filter((r: unknown) => r !== rejection), null, 2) + "\n");
  return { dir, curated, link, rejection };
}

const files = async (dir: string) => Object.fromEntries(await Promise.all((await readdir(dir)).sort().map(async (f) => [f, await readFile(path.join(dir, f), "utf8")])));

/** Fill the decision (and en) of the review line whose from/to match. */
function decide(review: string, from: string, to: string, decision: string, en = ""): string {
  return review
    .split("\n")
    .map((line) => {
      const c = line.split("\t");
      if (c[3] !== from || c[4] !== to) return line;
      c[0] = decision;
      c[5] = en;
      return c.join("\t");
    })
    .join("\n");
}

describe("npm run curate", () => {
  it("--measure prints recall and precision with the curation hidden", async () => {
    const r = await cli(["--measure", "--json"]);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out);
    expect(m.plan).toBe(PLAN);
    expect(m.products).toMatchObject({ curated: 298 });
    expect(m.links).toMatchObject({ curated: 140 });
    expect(m.links.recall).toBeGreaterThan(0.3);
    expect((await cli(["--measure"])).out).toMatch(/links: +recall \d+\.\d% \(\d+ of 140\), precision/);
  });

  it("writes the undecided proposals to a review file, and --apply turns decisions into curated entries", async () => {
    const { dir, curated, link, rejection } = await seedsCopy();
    const out = path.join(dir, "review.tsv");
    const r = await cli(["--out", out], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/: 2 of \d+ link proposals and \d+ of \d+ product proposals undecided, written to/);
    let review = await readFile(out, "utf8");
    expect(review).toMatch(/^# Chain Atlas review file/);
    review = decide(review, "结构件", "智能手机", "accept", link.note);
    review = decide(review, "智能设备", "智能手机", `reject: ${rejection.reason}`);
    await writeFile(out, review);
    const applied = await cli(["--apply", out], dir);
    expect(applied.err).toBe("");
    expect(applied.out).toMatch(/0 products, 1 links, 1 rejections added/);
    const chains = JSON.parse(await readFile(path.join(curated, "chains.json"), "utf8"));
    expect(chains.at(-1)).toMatchObject({ type: "FEEDS", from: "结构件", to: "智能手机", quote: link.quote, note: link.note });
    const again = await cli(["--out", out], dir);
    expect(again.err).toMatch(/: 0 of \d+ link proposals/);
  });

  it("fails with one line and writes nothing on a bad review file", async () => {
    const { dir, curated } = await seedsCopy();
    const out = path.join(dir, "review.tsv");
    await cli(["--out", out], dir);
    const before = await files(curated);
    const review = decide(await readFile(out, "utf8"), "结构件", "智能手机", "accept", "note");
    await writeFile(out, review.replace("\t结构件\t智能手机\t", "\t结构件\t笔记本电脑\t"));
    const r = await cli(["--apply", out], dir);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^error: .*review\.tsv line \d+: the id does not match/);
    expect(await files(curated)).toEqual(before);
    const missing = await cli(["--apply", path.join(dir, "nope.tsv")], dir);
    expect([missing.code, missing.err]).toEqual([1, expect.stringMatching(/^error: cannot read .*nope\.tsv: ENOENT$/)]);
    const usage = await cli(["--apply", out, "--measure"], dir);
    expect(usage.code).toBe(1);
    expect(await files(curated)).toEqual(before);
  });

  it("curates a plan that has no curation yet: proposes everything, and --apply creates its folder", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "curate-new-"));
    await mkdir(path.join(dir, "plans"));
    await cp(path.join(SEEDS, "plans", `${PLAN}.txt`), path.join(dir, "plans", "other-city.txt"));
    const out = path.join(dir, "review.tsv");
    const r = await cli(["--plan", path.join(dir, "plans", "other-city.txt"), "--out", out], dir);
    expect(r.err).toMatch(/^other-city: \d+ of \d+ link proposals/);
    const review = await readFile(out, "utf8");
    const line = review.split("\n").find((l) => l.split("\t")[3] === "偏光片" && l.split("\t")[2] === "product")!;
    const cells = line.split("\t");
    cells[0] = "accept";
    cells[5] = "polarizers";
    cells[6] = "material";
    await writeFile(out, review.replace(line, cells.join("\t")));
    const applied = await cli(["--plan", path.join(dir, "plans", "other-city.txt"), "--apply", out], dir);
    expect(applied.err).toBe("");
    const products = JSON.parse(await readFile(path.join(dir, "curated", "other-city", "products.json"), "utf8"));
    expect(products).toEqual([{ term: "偏光片", aliases: [], industry: "新型显示", nameEn: "polarizers", category: "material", proposal: cells[1] }]);
    expect(await readdir(path.join(dir, "curated", "other-city"))).toEqual(["products.json"]);
  });
});
