/** A small benchmark harness: warm up, time repeated runs, report median and p95 in ms. */
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
  const round = (x: number) => Math.round(x * 100) / 100;
  return { runs, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(samples[0]) };
}

export interface Result {
  name: string;
  timing?: Timing;
  /** Extra figures (throughput, ratios). */
  figures?: Record<string, number>;
  /** The target, in words, and whether this run met it. */
  target?: string;
  met?: boolean;
}
