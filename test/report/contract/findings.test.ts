import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  CATALOGUE,
  FINDING_CODES,
  TINGKAT_ORDER,
  compareTingkat,
  findingText,
  formatAddress,
  sortByTingkat,
  temuan,
} from "../../../src/report/contract/findings";
import type { Finding, FindingCode, FindingParams } from "../../../src/report/contract/findings";
import { parseRef } from "../../../src/report/contract/address";
import { readModel } from "../../../src/report/model/read-model";
import { periksa } from "../../../src/report/periksa/periksa";
import { readWorkbook } from "../../../src/excel/read";
import { loadXlsx } from "../../../src/xlsx/read";
import { findingJsonIn } from "../../../src/cli/findings";
import { fakeWorkbookFromPlan } from "../../host/fake-excel";
import { asRun, fixtureInputPlan } from "../../excel/support";
import { IKU_ROWS, bufferOf, sheetWith } from "../../xlsx/helpers";
import { sampleRaw } from "../sample/sample-raw";
import { C, C2, SAMPLES } from "./finding-samples";
import { coreText } from "../../../src/report/contract/core-reasons";

const samples = (): Finding[] =>
  FINDING_CODES.flatMap((kode) =>
    (SAMPLES[kode] as FindingParams<typeof kode>[]).map((p) => temuan(kode, p, { cell: C }))
  );

/** Indonesian words that have no place in an English sentence. */
const INDONESIAN =
  /\b(tidak|dengan|sehingga|padahal|tertulis|ditulis|isi|yang|di|dan|atau|ganti|bila|sampai|baris ini|sel ini)\b/i;

describe("the catalogue", () => {
  it("has unique codes in SCREAMING_SNAKE_CASE, every one with samples", () => {
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
    for (const k of FINDING_CODES) {
      expect(k).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(SAMPLES[k].length, k).toBeGreaterThan(0);
    }
    expect(FINDING_CODES).not.toContain("NAMA_BUKAN_RANGE");
  });

  it("gives every code a severity and non-empty Indonesian and English messages", () => {
    for (const f of samples()) {
      expect(TINGKAT_ORDER, f.kode).toContain(f.tingkat);
      const id = findingText(f, "id");
      const en = findingText(f, "en");
      expect(id.trim().length, f.kode).toBeGreaterThan(10);
      expect(en.trim().length, f.kode).toBeGreaterThan(10);
      expect(id, f.kode).not.toMatch(/undefined|\[object|NaN/);
      expect(en, f.kode).not.toMatch(/undefined|\[object|NaN/);
      expect(en, f.kode).not.toBe(id);
      expect(findingText(f), f.kode).toBe(id); // Indonesian by default
    }
  });

  it("English messages contain no untranslated Indonesian sentence", () => {
    for (const f of samples()) {
      if (f.kode === "BERKAS_TIDAK_TERBACA") continue; // its en text names the file only
      const en = findingText(f, "en");
      // Strip what comes from the workbook: quoted names, addresses, sheet and column labels.
      const ours = en
        .replace(/"[^"]*"/g, "")
        .replace(/'(?:[^']|'')*'(!\S+)?/g, "")
        .replace(/\([^()]*(=|Σ)[^()]*\)/g, "");
      expect(ours, `${f.kode}: ${en}`).not.toMatch(INDONESIAN);
      // No Indonesian sentence of 6+ words reappears verbatim.
      const id = findingText(f, "id");
      for (const sentence of id.split(/[.;:]\s/)) {
        const words = sentence.trim().split(/\s+/);
        if (words.length >= 6 && !/[=×Σ]/.test(sentence) && /[A-Za-z]{3,}/.test(sentence))
          expect(en, `${f.kode}: "${sentence}"`).not.toContain(sentence.trim());
      }
    }
  });

  it("the severity of most codes is fixed; two depend on their parameters", () => {
    const ganda = (sasaran: number) =>
      temuan("INDIKATOR_GANDA", { nama: "X", pertama: C, sasaran, sasaranPertama: 1 });
    expect(ganda(1).tingkat).toBe("galat");
    expect(ganda(2).tingkat).toBe("peringatan");
    const [galat, peringatan] = SAMPLES.SUMBER_BUKAN_RENTANG.map((p) =>
      temuan("SUMBER_BUKAN_RENTANG", p)
    );
    expect([galat.tingkat, peringatan.tingkat]).toEqual(["galat", "peringatan"]);
    expect(typeof CATALOGUE.CAPAIAN_BEDA.tingkat).toBe("string");
  });

  it("keeps the cell structured and formats it only on request", () => {
    const f = temuan("TARGET_NOL", { wajib: true }, { sumber: "LKIP_IKU", cell: C, tertulis: "0" });
    expect(f).toMatchObject({
      kode: "TARGET_NOL",
      sumber: "LKIP_IKU",
      cell: C,
      nilaiTertulis: "0",
    });
    expect(formatAddress(f)).toBe("'Data IKU'!G7");
    expect(findingText(f, "id")).toContain("'Data IKU'!G7");
    expect(findingText(f, "en")).toContain("'Data IKU'!G7");
    expect(formatAddress(temuan("SUMBER_TIDAK_ADA", { sumber: "LKIP_IKU" }))).toBe("");
    expect(formatAddress(temuan("SUMBER_KOSONG", { sumber: "LKIP_IKU" }, { cell: C2 }))).toBe(
      "'Data Anggaran'!A3:F3"
    );
    expect(
      parseRef(formatAddress(temuan("SUMBER_KOSONG", { sumber: "LKIP_IKU" }, { cell: C2 })))
    ).toEqual(C2);
  });

  it("has one severity order: galat, peringatan, info", () => {
    expect(TINGKAT_ORDER).toEqual(["galat", "peringatan", "info"]);
    expect(compareTingkat("galat", "info")).toBeLessThan(0);
    expect(compareTingkat("info", "peringatan")).toBeGreaterThan(0);
    const fs = samples();
    const sorted = sortByTingkat(fs);
    expect(sorted.map((f) => TINGKAT_ORDER.indexOf(f.tingkat))).toEqual(
      fs.map((f) => TINGKAT_ORDER.indexOf(f.tingkat)).sort((a, b) => a - b)
    );
  });
});

describe("the pane and `lkip periksa --json` give the same code for the same problem", () => {
  /** The source-level findings, as (kode, sumber) pairs. */
  const sourceLevel = (fs: Finding[]) =>
    fs
      .filter((f) => ["SUMBER_BUKAN_RENTANG", "SUMBER_TIDAK_ADA"].includes(f.kode))
      .map((f) => [f.kode, f.sumber, f.tingkat])
      .sort();

  it("LKIP_IKU as a constant name (not a range) and LKIP_ANGGARAN missing", async () => {
    // Through the in-memory Excel (what the pane reads).
    const plan = fixtureInputPlan();
    plan.names = [];
    const wb = fakeWorkbookFromPlan(plan);
    wb.names.push({ name: "LKIP_IKU", type: "Double", value: 0.5 });
    const pane = periksa(readModel((await readWorkbook({ run: asRun(wb) })).raw));

    // Through the .xlsx reader (what `lkip periksa --json` reads).
    const x = new ExcelJS.Workbook();
    sheetWith(x, "D", IKU_ROWS);
    const { raw } = await loadXlsx(await bufferOf(x, [{ name: "LKIP_IKU", text: "0.5" }]));
    const cli = periksa(readModel(raw));

    expect(sourceLevel(pane)).toEqual([
      ["SUMBER_BUKAN_RENTANG", "LKIP_IKU", "galat"],
      // Issue 21: a missing LKIP_ANGGARAN is info; the IKU tables are still the report.
      ["SUMBER_TIDAK_ADA", "LKIP_ANGGARAN", "info"],
    ]);
    expect(sourceLevel(cli)).toEqual(sourceLevel(pane));
    // The JSON carries the same codes, in its documented snake_case shape.
    const json = cli.map(findingJsonIn("id"));
    expect(json.map((j) => j.kode).sort()).toEqual(pane.map((f) => f.kode).sort());
    for (const j of json) {
      expect(Object.keys(j).slice(0, 4)).toEqual(["tingkat", "kode", "pesan", "lokasi"]);
      expect(j.pesan.length).toBeGreaterThan(10);
    }
    // Both messages say what the name holds; the pane can say it in English too.
    const bukan = (fs: Finding[]) => fs.find((f) => f.kode === "SUMBER_BUKAN_RENTANG")!;
    expect(findingText(bukan(pane))).toContain("nilai tetap (0.5)");
    expect(findingText(bukan(cli))).toContain("nilai tetap (0.5)");
    expect(findingText(bukan(pane), "en")).toContain("holds a constant (0.5)");
  });
});

describe("findings that carry a core message say it in English too", () => {
  /** The sample workbook with some cells typed wrong by hand. */
  function withSlips(): Finding[] {
    const raw = sampleRaw();
    const iku = raw.ranges.LKIP_IKU!.values;
    const col = (h: string) => iku[0].indexOf(h);
    iku[1][col("Target")] = "90,000,000"; // English thousands
    iku[2][col("Realisasi")] = "12a";
    const info = raw.ranges.LKIP_INFO!.values;
    info.find((r) => r[0] === "Skala")![1] = "lima";
    return periksa(readModel(raw));
  }
  const byKode = (fs: Finding[], kode: FindingCode) => fs.filter((f) => f.kode === kode);

  it("a number in English form: Indonesian gives the core's sentence as is, English the same in English", () => {
    const fs = byKode(withSlips(), "BUKAN_ANGKA");
    expect(fs).toHaveLength(2);
    const [target, realisasi] = fs.map((f) => f as Extract<Finding, { kode: "BUKAN_ANGKA" }>);
    // Indonesian: unchanged, the core's message first.
    expect(findingText(target)).toMatch(
      /^Target: "90,000,000" bukan angka yang sah \(tampak ditulis dalam format Inggris/
    );
    expect(
      findingText(target).startsWith(`${coreText(target.param.inti)}. Tulis angka di sel `)
    ).toBe(true);
    // English: the same detail, no Indonesian left.
    const en = findingText(target, "en");
    expect(en).toContain('Target: "90,000,000" is not a valid number');
    expect(en).toContain("English form");
    expect(en).toContain("90.000.000");
    expect(en).not.toMatch(/bukan|tampak|format Indonesia|contoh yang diterima|Tulis/);
    expect(findingText(realisasi, "en")).toContain('it contains the character "a"');
  });

  it("an unknown Skala in LKIP_INFO is not explained as a Pembulatan in English", () => {
    const [f] = byKode(withSlips(), "PENGATURAN_TIDAK_SAH");
    expect(findingText(f)).toContain('skala: "lima" tidak dikenal');
    const en = findingText(f, "en");
    expect(en).toContain('skala: "lima" is not known; write one of: kategori');
    expect(en).not.toMatch(/Pembulatan|ROUND|tidak dikenal|isi salah satu/);
  });

  it("the core's reason is data: each language words it, nothing is translated back", () => {
    const g = temuan(
      "TERTULIS_BUKAN_ANGKA",
      {
        kolom: "Capaian",
        tertulis: "abc",
        inti: {
          kode: "BUKAN_ANGKA_SAH",
          arg: "Capaian",
          teks: "abc",
          reason: { jenis: "karakter", karakter: "a" },
        },
      },
      { cell: C }
    );
    expect(findingText(g)).toBe(
      `Capaian di 'Data IKU'!G7 bukan angka, sehingga tidak dapat diperiksa: Capaian: "abc" bukan angka yang sah (berisi karakter "a"); contoh yang diterima: 69,02 · 1.227.826.990,00 · Rp 1.227.826.990 · 92,71% · (1.000) · 69.02.`
    );
    expect(findingText(g, "en")).toBe(
      `Capaian at 'Data IKU'!G7 is not a number, so it cannot be checked: Capaian: "abc" is not a valid number (it contains the character "a"); accepted forms: 69,02 · 1.227.826.990,00 · Rp 1.227.826.990 · 92,71% · (1.000) · 69.02.`
    );
  });
});
