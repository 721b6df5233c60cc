// Time and memory of one phase of a benchmark, sampled as it runs.

const gc = (globalThis as { gc?: () => void }).gc;
const mbOf = (bytes: number): number => Math.round(bytes / 2 ** 20);

export interface Measured<T> {
  readonly result: T;
  readonly seconds: number;
  /** Highest RSS seen while `work` ran (the process's, so it includes what earlier phases left). */
  readonly peakRssMb: number;
  /** Highest V8 heap in use while `work` ran, above the heap in use when it started (after a GC). */
  readonly heapGrowthMb: number;
  /** Heap still in use after `work` and a GC, above the start: what the phase kept (a leak shows here). */
  readonly retainedMb: number;
}

/** Times `work`, sampling memory every 25 ms (run with --expose-gc for the heap figures to mean much). */
export const measured = async <T>(work: () => Promise<T>): Promise<Measured<T>> => {
  gc?.();
  const heapStart = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage.rss();
  let peakHeap = heapStart;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 25);
  const started = performance.now();
  try {
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    sample();
    gc?.();
    return { result, seconds, peakRssMb: mbOf(peakRss), heapGrowthMb: mbOf(peakHeap - heapStart), retainedMb: mbOf(process.memoryUsage().heapUsed - heapStart) };
  } finally {
    clearInterval(timer);
  }
};

export const memory = (run: Measured<unknown>): string => `peak RSS ${run.peakRssMb} MB, heap +${run.heapGrowthMb} MB at peak, +${run.retainedMb} MB kept`;

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
