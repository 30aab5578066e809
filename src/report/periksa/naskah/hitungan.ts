/**
 * Calculations written out in the naskah ("92,71 / 69,02 × 100 % = 134,32 %", the efisiensi formula
 * with its numbers) checked as arithmetic (RULES §15). Officers write "%" both as a unit and as
 * "/ 100", and the result as a fraction or in percent points: every such reading is accepted, a
 * wrong sum never is.
 */
import { Decimal, bulatkan, formatAngka, type Pembulatan } from "../../../core";
import { readNumber, type NumberAt, type Token } from "./tokens";

export interface Hitungan {
  /** Token indices of the operands (not checked by their cue), the "=" and the result. */
  operands: number[];
  result: number;
  /** Text from the first operand to the result. */
  rumus: { start: number; end: number };
  ok: boolean;
  /** The left side's value at the result's decimals (the closest reading), when not ok. */
  hitung?: Decimal;
  decimals: number;
}

const OPS = new Set(["/", ":", "×", "x", "X", "*", "+", "-", "−", "–", "(", ")", "%"]);

const isOp = (t: Token) =>
  (t.kind === "sym" && OPS.has(t.text)) ||
  (t.kind === "word" && (t.text === "x" || t.text === "X"));

/** Recursive descent over [from, to): sum of products of factors. */
function evaluate(
  tokens: Token[],
  from: number,
  to: number,
  percentAsFraction: boolean
): Decimal | null {
  let i = from;
  const peek = () => (i < to ? tokens[i] : undefined);
  const factor = (): Decimal | null => {
    const t = peek();
    if (!t) return null;
    if (t.text === "(") {
      i++;
      const v = sum();
      if (v === null || peek()?.text !== ")") return null;
      i++;
      return percent(v);
    }
    if (t.kind === "num") {
      const w = readNumber(t.text);
      if (!w) return null;
      i++;
      return percent(w.value);
    }
    if (t.text === "-" || t.text === "−" || t.text === "–") {
      i++;
      const v = factor();
      return v === null ? null : v.neg();
    }
    return null;
  };
  const percent = (v: Decimal): Decimal => {
    if (peek()?.text === "%") {
      i++;
      return percentAsFraction ? v.div(100) : v;
    }
    return v;
  };
  const product = (): Decimal | null => {
    let v = factor();
    while (v !== null) {
      const t = peek();
      if (!t) break;
      if (t.text === "×" || t.text === "*" || t.text === "x" || t.text === "X") {
        i++;
        const r = factor();
        if (r === null) return null;
        v = v.times(r);
      } else if (t.text === "/" || t.text === ":") {
        i++;
        const r = factor();
        if (r === null || r.isZero()) return null;
        v = v.div(r);
      } else break;
    }
    return v;
  };
  const sum = (): Decimal | null => {
    let v = product();
    while (v !== null) {
      const t = peek();
      if (!t) break;
      if (t.text === "+") {
        i++;
        const r = product();
        if (r === null) return null;
        v = v.plus(r);
      } else if (t.text === "-" || t.text === "−" || t.text === "–") {
        i++;
        const r = product();
        if (r === null) return null;
        v = v.minus(r);
      } else break;
    }
    return v;
  };
  const v = sum();
  return v !== null && i === to ? v : null;
}

/** Every "left = result" in a sentence whose left side is arithmetic on two or more numbers. */
export function hitunganIn(tokens: Token[], pembulatan: Pembulatan): Hitungan[] {
  const out: Hitungan[] = [];
  for (let eq = 1; eq < tokens.length; eq++) {
    if (tokens[eq].text !== "=") continue;
    let r = eq + 1;
    if (tokens[r]?.lower === "rp") r++;
    if (tokens[r]?.text === ".") r++;
    const neg = tokens[r]?.text === "-" || tokens[r]?.text === "−";
    if (neg) r++;
    const res = tokens[r];
    if (!res || res.kind !== "num") continue;
    const w = readNumber(res.text);
    if (!w) continue;
    const written = neg ? w.value.neg() : w.value;
    // The left side: the run of numbers and operators just before "=" ("Rp" skipped).
    let from = eq;
    while (from > 0) {
      const t = tokens[from - 1];
      if (
        t.kind === "num" ||
        isOp(t) ||
        t.lower === "rp" ||
        (t.text === "." && tokens[from - 2]?.lower === "rp")
      )
        from--;
      else break;
    }
    const left = tokens.slice(from, eq).filter((t) => t.lower !== "rp" && t.text !== ".");
    const nums = left.filter((t) => t.kind === "num").length;
    if (
      nums < 2 ||
      !left.some((t) => isOp(t) && t.text !== "(" && t.text !== ")" && t.text !== "%")
    )
      continue;
    // Unbalanced brackets before the run: drop leading tokens until it parses.
    const clean = tokens.slice(from, eq).filter((t) => t.lower !== "rp" && !(t.text === "."));
    let values: Decimal[] = [];
    for (let k = 0; k < clean.length && values.length === 0; k++) {
      values = [true, false]
        .map((f) => evaluate(clean, k, clean.length, f))
        .filter((v): v is Decimal => v !== null);
    }
    if (values.length === 0) continue;
    const d = w.decimals;
    const readings = values.flatMap((v) => [v, v.times(100), v.div(100)]);
    const ok = readings.some((v) =>
      (["ROUND", "TRUNC"] as const).some((m) => bulatkan(v, m, d).eq(written))
    );
    const operands: number[] = [];
    for (let k = from; k < eq; k++) if (tokens[k].kind === "num") operands.push(k);
    // The closest reading, for the message.
    const best = readings
      .map((v) => bulatkan(v, pembulatan, d))
      .sort((a, b) => a.minus(written).abs().cmp(b.minus(written).abs()))[0];
    out.push({
      operands,
      result: r,
      rumus: { start: tokens[from].start, end: res.end },
      ok,
      hitung: ok ? undefined : best,
      decimals: d,
    });
  }
  return out;
}

/** Words that state a difference: "lebih unggul 7,45 poin", "selisih 0,13 poin". */
const DIFFERENCE_WORDS = new Set([
  "unggul",
  "tinggi",
  "rendah",
  "besar",
  "kecil",
  "selisih",
  "selisihnya",
  "higher",
  "lower",
  "ahead",
  "behind",
  "difference",
]);

export interface Selisih {
  /** Token index of the difference written. */
  at: number;
  tertulis: string;
  hitung: string;
  rumus: string;
}

/**
 * "A (Nilai A), sedangkan … B (Nilai BB). Hal ini berarti … lebih unggul N poin nilai": N is the
 * size of A − B, at the decimals written (either rounding). A and B are the two figures before N
 * in its sentence, else the previous sentence's two (`before`); with any other count of figures
 * the difference is of something else and is left alone.
 */
export function selisihIn(
  tokens: Token[],
  nums: NumberAt[],
  before: NumberAt[],
  mode: Pembulatan
): Selisih[] {
  const out: Selisih[] = [];
  const figures = nums.filter((n) => !n.label && !n.year);
  for (const n of figures) {
    if (tokens[n.index + 1]?.lower !== "poin" && tokens[n.index + 1]?.lower !== "points") continue;
    const words = tokens.slice(Math.max(0, n.index - 8), n.index).map((t) => t.lower);
    if (!words.some((w) => DIFFERENCE_WORDS.has(w))) continue;
    const inSentence = figures.filter((m) => m.index < n.index);
    const pair = inSentence.length === 2 ? inSentence : inSentence.length === 0 ? before : [];
    if (pair.length !== 2) continue;
    const [a, b] = pair;
    const size = a.value.minus(b.value).abs();
    const modes: Pembulatan[] = [mode, mode === "ROUND" ? "TRUNC" : "ROUND"];
    if (modes.some((m) => bulatkan(size, m, n.decimals).eq(n.value))) continue;
    out.push({
      at: n.index,
      tertulis: n.text,
      hitung: formatAngka(bulatkan(size, mode, n.decimals), n.decimals),
      rumus: `${a.text} − ${b.text}`,
    });
  }
  return out;
}
