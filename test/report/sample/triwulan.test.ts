/**
 * The sample's quarterly sheet (RULES §14): invented TW I–III labelled so above the table, TW IV
 * such that realisasi and target s.d. TW IV by jenis are the year's (worked out here by hand, not
 * by src/core), so the checker finds no mismatch with LKIP_IKU; the sample's tables gain Tabel 13.
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { periksa } from "../../../src/report/periksa/periksa";
import { recognizeColumns } from "../../../src/report/model/recognize";
import { buildTables } from "../../../src/report/tables/specs";
import { SAMPLE_SHEETS, sampleInput } from "../../../src/report/sample/sample";
import fixture from "../../fixtures/lkip-dinsos-batola-2024.json";
import { planRaw } from "./sample-raw";

const ROMAN = ["I", "II", "III", "IV"];

function quarterly(lang?: "id" | "en", rumus = false) {
  const plan = sampleInput({ lang, rumus });
  const name = plan.names.find((n) => n.name === "LKIP_TRIWULAN")!;
  const sheet = plan.sheets.find((s) => s.name === name.sheet)!;
  const header = sheet.values[name.row] as string[];
  const rows = sheet.values
    .slice(name.row + 1, name.row + name.rows)
    .map((r) => Object.fromEntries(header.map((h, c) => [h, r[c]])));
  return { plan, name, sheet, header, rows };
}

/** s.d. TW IV by jenis, by hand. */
function sd4(qs: number[], jenis: string): Decimal {
  const sum = qs.reduce((a, b) => a.plus(b), new Decimal(0));
  if (jenis === "kumulatif") return sum;
  if (jenis === "rata-rata") return sum.div(qs.length);
  return new Decimal(qs[qs.length - 1]);
}

describe("the sample's quarters", () => {
  it("sit under a note that says they are invented, in the pane's language", () => {
    const id = quarterly("id");
    expect(id.name).toMatchObject({ sheet: SAMPLE_SHEETS.triwulan, row: 2, col: 0 });
    expect(id.sheet.values[0][0]).toMatch(/^Contoh: angka triwulan dikarang untuk peragaan/);
    expect(id.sheet.values[1].every((v) => v === null)).toBe(true);
    expect(quarterly("en").sheet.values[0][0]).toMatch(/^Example: .*invented/);
    expect(quarterly().sheet.values[0][0]).toBe(id.sheet.values[0][0]);
  });

  it("one row per indicator, every header one the reader knows, all three jenis", () => {
    const { header, rows } = quarterly();
    const r = recognizeColumns("LKIP_TRIWULAN", [header], fixture.tahun);
    expect(r.missing).toEqual([]);
    expect(r.ignored).toEqual([]);
    expect(rows.map((x) => x.Indikator)).toEqual(fixture.iku.map((i) => i.indikator));
    expect(new Set(rows.map((x) => x.Jenis))).toEqual(new Set(["akhir", "kumulatif", "rata-rata"]));
  });

  it("s.d. TW IV by jenis is the year's realisasi and target; spending adds up to the year's", () => {
    const { rows } = quarterly();
    fixture.iku.forEach((i, k) => {
      const q = (what: string) => ROMAN.map((r) => rows[k][`${what} TW ${r}`] as number);
      const jenis = rows[k].Jenis as string;
      expect(sd4(q("Realisasi"), jenis).toNumber(), i.indikator).toBe(Number(i.realisasi));
      expect(sd4(q("Target"), jenis).toNumber(), i.indikator).toBe(Number(i.target));
      // Each quarter a plausible value (no negative quarter to make the sum come out).
      for (const v of [...q("Realisasi"), ...q("Target")]) expect(v).toBeGreaterThan(0);
      const leaves = fixture.anggaran
        .filter((p) => p.sasaran_no === k + 1)
        .flatMap((p) => [
          ...((p as { kegiatan?: { pagu: string; realisasi: string }[] }).kegiatan ?? []),
          ...((p as { sub_kegiatan?: { pagu: string; realisasi: string }[] }).sub_kegiatan ?? []),
        ]);
      const spent = q("Realisasi Anggaran").reduce((a, b) => a + BigInt(b), 0n);
      expect(spent).toBe(leaves.reduce((a, l) => a + BigInt(l.realisasi), 0n));
      expect(BigInt(rows[k].Pagu as number)).toBe(leaves.reduce((a, l) => a + BigInt(l.pagu), 0n));
    });
  });

  it("the checker finds nothing in the quarters; Tabel 13 runs to TW IV", () => {
    for (const tertulis of ["dicetak", "benar"] as const) {
      const model = readModel(planRaw(sampleInput({ tertulis })));
      const findings = periksa(model).filter(
        (f) => f.sumber === "LKIP_TRIWULAN" || /TRIWULAN|KUMULATIF|JENIS/.test(f.kode)
      );
      expect(findings, tertulis).toEqual([]);
      const t = buildTables(model).tables.find((x) => x.id === 13);
      expect(t?.title).toContain("s.d. Triwulan IV");
      expect(t?.body.length).toBeGreaterThanOrEqual(fixture.iku.length);
    }
  });

  it("rumus: a column of =LKIP.REALISASI over each row's quarters, just outside LKIP_TRIWULAN", () => {
    const plain = quarterly("id", false);
    const { sheet, name, header } = quarterly("id", true);
    expect(name.cols).toBe(plain.name.cols);
    const first = header.indexOf("Realisasi TW I");
    const L = (k: number) => String.fromCharCode(65 + k);
    const jenis = L(header.indexOf("Jenis"));
    const formulas = sheet.formulas!.map((r) => r[name.cols]);
    expect(formulas.slice(name.row + 1)).toEqual(
      fixture.iku.map((_, k) => {
        const r = name.row + 2 + k;
        return `=LKIP.REALISASI(${L(first)}${r}:${L(first + 3)}${r},${jenis}${r})`;
      })
    );
    expect(sheet.values[name.row][name.cols]).toBe("LKIP.REALISASI");
    // The helper column is not read as a column of the source (no "Perluas rentang").
    expect(recognizeColumns("LKIP_TRIWULAN", [["LKIP.REALISASI"]], 2024).recognised).toEqual([]);
  });
});
