/**
 * The bench's shared shapes: one result per measured target, `{ name, value, unit, target, pass }`
 * (what `npm run bench -- --json` prints), and a small timer (warm up, repeat, median and p95).
 *
 * Targets are ratios measured in the same run wherever the machine decides the absolute figure
 * (two runs of the same thing, one of them the reference); sizes (kilobytes) are absolute.
 */
export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
}

export async function time(fn: () => unknown, { warmup = 5, runs = 30 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { runs, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(samples[0]) };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export interface Result {
  name: string;
  value: number;
  /** "×" for ratios, "KB", "ms", "req/s", "rows/s", … */
  unit: string;
  /** The target as `≥ 20` or `≤ 1.5` (in `unit`); null when the figure is reported, not judged. */
  target: string | null;
  pass: boolean;
  /** The measurements behind the value (medians, counts, sizes), for the table and the log. */
  detail?: Record<string, number | string>;
}

/** A result judged against a bound: `value ≥ bound` or `value ≤ bound`. */
export function judged(
  name: string,
  value: number,
  unit: string,
  op: "≥" | "≤",
  bound: number,
  detail?: Result["detail"],
): Result {
  const v = Number.isFinite(value) ? round(value) : value;
  const pass = Number.isFinite(value) && (op === "≥" ? value >= bound : value <= bound);
  return { name, value: v, unit, target: `${op} ${bound}`, pass, ...(detail ? { detail } : {}) };
}

/** A figure reported without a target (it passes). */
export function figure(name: string, value: number, unit: string, detail?: Result["detail"]): Result {
  return { name, value: round(value), unit, target: null, pass: true, ...(detail ? { detail } : {}) };
}

/** How big a run is: `smoke` is the tiny run inside `npm test` (small scales, few repeats). */
export interface BenchOptions {
  smoke: boolean;
}
