/**
 * The bench's measuring rules, in one place: sides of a comparison are measured in interleaved
 * rounds (A, B, then B, A, …) so that a load spike on this shared machine hits both sides, and
 * every ratio is printed with its spread over the rounds.
 */

/** One side of a comparison: a label and one unit of work (a request, a statement). */
export interface Side {
  label: string;
  run: () => Promise<unknown>;
}

export interface LatencyResult {
  label: string;
  samples: number[];
  /** p50 of each round, in round order. */
  roundP50: number[];
  /** p95 of each round, in round order. */
  roundP95: number[];
}

export interface ThroughputResult {
  label: string;
  /** Requests per second in each round. */
  roundRate: number[];
  /** Latencies of every request of every round. */
  samples: number[];
  completed: number;
  failures: number;
}

export const say = (message: string) => process.stderr.write(`${message}\n`);

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The order of the sides in round `round`: rotated by one each round, so no side always goes first. */
function rotation<T>(sides: readonly T[], round: number): T[] {
  const shift = round % sides.length;
  return [...sides.slice(shift), ...sides.slice(0, shift)];
}

/**
 * Sequential latency (c=1): `rounds` rounds, each running `perRound` requests of every side in a
 * rotating order after `warmup` untimed ones per side.
 */
export async function interleavedLatency(
  name: string,
  sides: readonly Side[],
  { rounds, perRound, warmup = 5 }: { rounds: number; perRound: number; warmup?: number },
): Promise<LatencyResult[]> {
  for (const side of sides) for (let i = 0; i < warmup; i++) await side.run();
  const results = new Map<Side, LatencyResult>(
    sides.map((s) => [s, { label: s.label, samples: [], roundP50: [], roundP95: [] }]),
  );
  for (let round = 0; round < rounds; round++) {
    for (const side of rotation(sides, round)) {
      const samples: number[] = [];
      for (let i = 0; i < perRound; i++) {
        const start = performance.now();
        await side.run();
        samples.push(performance.now() - start);
      }
      const result = results.get(side)!;
      result.samples.push(...samples);
      result.roundP50.push(percentile(samples, 0.5));
      result.roundP95.push(percentile(samples, 0.95));
    }
    process.stderr.write(`\r  ${name}: round ${round + 1}/${rounds}   `);
  }
  process.stderr.write('\n');
  return [...results.values()];
}

/**
 * Closed-loop load: `concurrency` workers each send the next request as soon as the last one is
 * answered, for `seconds`. `run` returns false for a failed answer (counted, not timed).
 */
export async function load(
  run: () => Promise<boolean>,
  { concurrency, seconds }: { concurrency: number; seconds: number },
): Promise<{ samples: number[]; completed: number; failures: number; elapsedMs: number }> {
  const samples: number[] = [];
  let failures = 0;
  const failure: { first?: unknown } = {};
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      const ok = await run().catch((error: unknown) => {
        failure.first ??= error;
        return false;
      });
      if (ok) samples.push(performance.now() - start);
      else failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failures > 0) {
    const first = failure.first;
    say(`\n  ${failures} failed; the first: ${first instanceof Error ? first.message : 'a refused answer'}`);
  }
  return { samples, completed: samples.length, failures, elapsedMs: performance.now() - started };
}

/** Throughput at `concurrency`, the sides taking turns for `seconds` each per round. */
export async function interleavedThroughput(
  name: string,
  sides: ReadonlyArray<{ label: string; run: () => Promise<boolean> }>,
  { rounds, seconds, concurrency }: { rounds: number; seconds: number; concurrency: number },
): Promise<ThroughputResult[]> {
  const results = new Map<(typeof sides)[number], ThroughputResult>(
    sides.map((s) => [s, { label: s.label, roundRate: [], samples: [], completed: 0, failures: 0 }]),
  );
  // A short untimed burst per side: connections opened, statements prepared, JIT warm.
  for (const side of sides) await load(side.run, { concurrency, seconds: 1 });
  for (let round = 0; round < rounds; round++) {
    for (const side of rotation(sides, round)) {
      const run = await load(side.run, { concurrency, seconds });
      const result = results.get(side)!;
      result.roundRate.push((run.completed / run.elapsedMs) * 1000);
      result.samples.push(...run.samples);
      result.completed += run.completed;
      result.failures += run.failures;
    }
    process.stderr.write(`\r  ${name}: round ${round + 1}/${rounds}   `);
  }
  process.stderr.write('\n');
  return [...results.values()];
}

/** `a / b` per round, summarised as "median× (min–max)". */
export function ratioSpread(a: readonly number[], b: readonly number[]): string {
  const ratios = a.map((value, i) => value / b[i]!);
  const fmt = (r: number) => r.toFixed(2);
  return `${fmt(percentile(ratios, 0.5))}× (${fmt(Math.min(...ratios))}–${fmt(Math.max(...ratios))})`;
}

export const ms = (value: number) => value.toFixed(1);

export const rate = (result: ThroughputResult) => (sum(result.roundRate) / result.roundRate.length).toFixed(0);
