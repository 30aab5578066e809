/**
 * CAPAIAN's cost: the core rule (exact decimal) against plain double division, timed alternately
 * in the same run, and the custom function as Excel calls it (one 10,000-row call, or 10,000
 * single calls). Needs the CustomFunctions global, which the caller installs first.
 */
import { capaian, toDecimal } from "../../src/core";
import * as fns from "../../src/functions/functions";
import { interleaved } from "./stats";

const INPUTS = 1000;
// Realistic inputs: two-decimal targets and realisasi, as indicators are written.
const targets = Array.from({ length: INPUTS }, (_, i) => 50 + ((i * 37) % 5000) / 100);
const realisasi = Array.from({ length: INPUTS }, (_, i) => 40 + ((i * 53) % 7000) / 100);

let sink = 0;

export interface ComputeResult {
  coreUsPerCapaian: number;
  doubleUsPerCapaian: number;
  coreRatioVsDouble: number;
  arrayCallMs10k: number;
  scalarCallsMs10k: number;
  /** Median of the per-round ratios array / scalar (same run, alternated). */
  arrayOverScalar: number;
}

export function measureCompute(calls = 100_000, reps = 15): ComputeResult {
  const core = () => {
    let last = 0;
    for (let i = 0; i < calls; i++) {
      const k = i % INPUTS;
      // What the rule costs from cell values: both numbers read as exact decimals, then the division.
      const c = capaian(
        toDecimal(targets[k], "target"),
        toDecimal(realisasi[k], "realisasi"),
        "naik"
      );
      if (i === calls - 1) last = c.toNumber();
    }
    sink += last;
  };
  const double = () => {
    let s = 0;
    for (let i = 0; i < calls; i++) {
      const k = i % INPUTS;
      s += (realisasi[k] / targets[k]) * 100;
    }
    sink += s;
  };
  const t = interleaved(core, double, reps);

  const n = 10_000;
  const col = (xs: number[]) => Array.from({ length: n }, (_, i) => [xs[i % INPUTS]]);
  const tCol = col(targets);
  const rCol = col(realisasi);
  const arrayCall = () => {
    const out = fns.capaian(tCol, rCol, null as never);
    sink += out.length;
  };
  const scalarCalls = () => {
    for (let i = 0; i < n; i++)
      sink += fns.capaian([[tCol[i][0]]], [[rCol[i][0]]], null as never).length;
  };
  // Alternately, the order swapped every round (stats.interleaved), medians of 9+ rounds in one
  // process: timed one after the other, whichever ran second met a warmer JIT and a different
  // heap, and the ratio swung 1.5–2.4× on this machine.
  // At least 9 rounds even in --quick: a single round's ratio swings ±15 % on a shared machine.
  const calls10k = interleaved(arrayCall, scalarCalls, Math.max(9, reps));
  const arrayCallMs10k = calls10k.a;
  const scalarCallsMs10k = calls10k.b;

  return {
    coreUsPerCapaian: (t.a * 1000) / calls,
    doubleUsPerCapaian: (t.b * 1000) / calls,
    coreRatioVsDouble: t.ratio,
    arrayCallMs10k,
    scalarCallsMs10k,
    arrayOverScalar: calls10k.ratio,
  };
}

/** Keeps the optimiser from dropping the loops. */
export function sinkValue(): number {
  return sink;
}
