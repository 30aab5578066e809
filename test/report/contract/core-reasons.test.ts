/**
 * Every reason the core can give is words in both languages: the core is made to refuse in each
 * way, its reason is data (a code and parameters), and the English words have no Indonesian left.
 */
import { describe, expect, it } from "vitest";
import {
  Decimal,
  LkipError,
  capaian,
  efisiensi,
  hingga,
  parseArah,
  parsePembulatan,
  parseSkala,
  toDecimal,
} from "../../../src/core";
import { CORE_WORDS, coreText } from "../../../src/report/contract/core-reasons";
import type { CoreReason } from "../../../src/core";

/** The core's reason for a call that must fail. */
function reasonOf(f: () => unknown): CoreReason {
  try {
    f();
  } catch (e) {
    if (e instanceof LkipError) return e.reason;
    throw e;
  }
  throw new Error("expected the core to refuse");
}

const d = (x: number | string) => new Decimal(x);
const row = (pagu: number, cap: number, real: number) => ({
  pagu: d(pagu),
  capaian: d(cap),
  realisasi: d(real),
});

/** One input per way the core refuses, with what the English must still show. */
const CASES: [string, () => unknown, string[]][] = [
  ["blank", () => toDecimal("  ", "Target"), ["Target"]],
  ["Excel error", () => toDecimal({ error: "#REF!" }, "Target"), ["#REF!"]],
  ["not finite", () => toDecimal(Infinity, "Target"), ["Target"]],
  ["boolean", () => toDecimal(true, "Pagu"), ["TRUE"]],
  ["other type", () => toDecimal({}, "Pagu"), ["Pagu"]],
  ["empty number text", () => toDecimal("Rp", "Pagu"), ['"Rp"', "69,02"]],
  ["unpaired parenthesis", () => toDecimal("(1.000", "Pagu"), ["parenthesis"]],
  ["two minus signs", () => toDecimal("--5", "Pagu"), ["minus"]],
  ["a letter", () => toDecimal("12a", "Target"), ['"a"']],
  ["an operator", () => toDecimal("< 30", "Target"), ['"<"', '"< 30"']],
  ["English form", () => toDecimal("90,000,000", "Pagu"), ["English", "90.000.000"]],
  ["English form with decimals", () => toDecimal("1,227,826,990.50", "Pagu"), ["1.227.826.990,50"]],
  ["two decimal commas", () => toDecimal("1,2,3", "Target"), ["decimal comma"]],
  ["dot after comma", () => toDecimal("1,2.3", "Target"), ["dot"]],
  ["nothing after comma", () => toDecimal("12,", "Target"), ["comma"]],
  ["bad thousands groups", () => toDecimal("12.34,5", "Target"), ["three digits"]],
  ["dots not thousands", () => toDecimal("1.2.3", "Target"), ["dot"]],
  ["nothing after dot", () => toDecimal("12.", "Target"), ["dot"]],
  ["unknown arah", () => parseArah("atas"), ['"atas"', "naik", "turun"]],
  ["target 0", () => capaian(d(0), d(5)), ["target 0"]],
  ["negative target", () => capaian(d(-2), d(5)), ["-2"]],
  ["too large", () => hingga(d("1e400"), "capaian"), ["capaian"]],
  ["negative capaian", () => efisiensi([row(10, -5, 9)]), ["capaian", "-5"]],
  ["negative in a row", () => efisiensi([row(10, 5, 9), row(10, 5, -9)]), ["row 2"]],
  ["zero denominator", () => efisiensi([row(0, 100, 9)]), ["Σ(pagu × capaian) = 0"]],
  ["unknown pembulatan", () => parsePembulatan("BULAT"), ['"BULAT"', "ROUND", "TRUNC"]],
  ["unknown skala", () => parseSkala("lima"), ['"lima"', "kategori"]],
];

/** Indonesian words that have no place in an English sentence (values and names stripped first). */
const INDONESIAN =
  /\b(tidak|bukan|isi|dan|atau|yang|sel|galat|kosong|angka|koma|titik|karakter|sesudah|dengan|harus|dihitung|baris|bila|salah|satu|rentang|batas bawah|juga|makin)\b/i;

describe("the core's reasons in words", () => {
  it.each(CASES)("%s", (_, f, keeps) => {
    const reason = reasonOf(f);
    const id = coreText(reason);
    const en = coreText(reason, "en");
    expect(coreText(reason, "id")).toBe(id);
    expect(en).not.toBe(id);
    for (const k of keeps) expect(en).toContain(k);
    const ours = en.replace(/"[^"]*"/g, "").replace(/accepted forms: .*$/, "");
    expect(ours, en).not.toMatch(INDONESIAN);
  });

  it("Indonesian is the words =LKIP.… cells have always shown", () => {
    expect(coreText(reasonOf(() => toDecimal("  ", "Target")))).toBe(
      "Target kosong: isi data Target"
    );
    expect(coreText(reasonOf(() => toDecimal("90,000,000", "Pagu")))).toBe(
      'Pagu: "90,000,000" bukan angka yang sah (tampak ditulis dalam format Inggris (koma sebagai pemisah ribuan); dalam format Indonesia 90.000.000); contoh yang diterima: 69,02 · 1.227.826.990,00 · Rp 1.227.826.990 · 92,71% · (1.000) · 69.02'
    );
    expect(coreText(reasonOf(() => efisiensi([row(10, 5, 9), row(10, 5, -9)])))).toBe(
      "realisasi_anggaran (baris 2) negatif (-9,00): efisiensi tidak dapat dihitung; isi realisasi_anggaran 0 atau lebih"
    );
  });

  it("compute's own reason (a zero denominator) stays a formula", () => {
    expect(coreText({ kode: "PAGU_KALI_CAPAIAN_NOL" }, "en")).toBe("pagu × capaian = 0");
  });

  it("has words for every code in both languages", () => {
    expect(Object.keys(CORE_WORDS.en.reasons).sort()).toEqual(
      Object.keys(CORE_WORDS.id.reasons).sort()
    );
  });
});
