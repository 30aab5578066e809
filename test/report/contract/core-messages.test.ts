/**
 * Every message the core can put into a finding has English: the core is made to give each one
 * (so a reworded core message fails here), and its English has no Indonesian left in it.
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
import { coreMessageEn } from "../../../src/report/contract/core-messages";

/** The core's message for a call that must fail. */
function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof LkipError) return e.message;
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

describe("coreMessageEn", () => {
  it.each(CASES)("%s", (_, f, keeps) => {
    const id = messageOf(f);
    const en = coreMessageEn(id);
    expect(en, id).not.toBeNull();
    expect(en).not.toBe(id);
    for (const k of keeps) expect(en).toContain(k);
    const ours = en!.replace(/"[^"]*"/g, "").replace(/accepted forms: .*$/, "");
    expect(ours, en!).not.toMatch(INDONESIAN);
  });

  it("compute's own reason (a zero denominator) stays a formula", () => {
    expect(coreMessageEn("pagu × capaian = 0")).toBe("pagu × capaian = 0");
  });

  it("is null for a message that is not the core's", () => {
    expect(coreMessageEn("sesuatu yang lain")).toBeNull();
    expect(coreMessageEn("")).toBeNull();
  });
});
