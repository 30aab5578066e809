/** Timing helpers for the benchmark: medians of repeated runs, after a warm-up, on a noisy machine. */
import { performance } from "node:perf_hooks";

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Wall time of f in milliseconds. */
export function timeMs(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

export async function timeMsAsync(f: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** Median of `reps` timings of f after `warmup` untimed runs. */
export function medianMs(f: () => void, reps: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) f();
  return median(Array.from({ length: reps }, () => timeMs(f)));
}

/**
 * Two loops timed alternately, the order swapped every round (A B, B A, A B …) so that whatever
 * the machine does meanwhile, and whichever runs second meeting a warmer JIT or a fuller heap,
 * falls on both alike; the ratio is the median of the per-round ratios.
 */
export function interleaved(
  a: () => void,
  b: () => void,
  reps: number,
  warmup = 2
): { a: number; b: number; ratio: number; ratios: number[] } {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < reps; i++) {
    let x: number;
    let y: number;
    if (i % 2 === 0) {
      x = timeMs(a);
      y = timeMs(b);
    } else {
      y = timeMs(b);
      x = timeMs(a);
    }
    ta.push(x);
    tb.push(y);
    ratios.push(x / y);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios), ratios };
}

export const round = (x: number, digits: number) => Number(x.toFixed(digits));
