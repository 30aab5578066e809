import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import contoh from "../../../src/report/sample/contoh.json";
import { sampleInput, SAMPLE_SHEETS } from "../../../src/report/sample/sample";
import type { InputWorkbookPlan } from "../../../src/report/contract/types";
import { loadXlsx } from "../../../src/xlsx/read";
import fixture from "../../fixtures/lkip-dinsos-batola-2024.json";
import { trimFixture } from "../../tools/contoh";

const ROOT = resolve(__dirname, "../../..");

/** The test's own reading of a printed figure: Indonesian when it has a comma, else plain. */
const printed = (s: string) => Number(s.includes(",") ? s.replace(/\./g, "").replace(",", ".") : s);

/** Serapan to 2 decimals, half up, in integers (independent of src/core). */
function persen(pagu: string, realisasi: string): number {
  const p = BigInt(pagu);
  const r = BigInt(realisasi);
  const cents = (r * 10000n * 2n + p) / (2n * p);
  return Number(cents) / 100;
}

function sheet(plan: InputWorkbookPlan, name: string) {
  const s = plan.sheets.find((x) => x.name === name)!;
  const header = s.values[0] as string[];
  const rows = s.values.slice(1).map((r) => Object.fromEntries(header.map((h, c) => [h, r[c]])));
  return { s, rows };
}

type Leaf = { nama: string; pagu: string; realisasi: string; printed_persen: string };
const programs = fixture.anggaran as unknown as {
  sasaran_no: number;
  program: string;
  pagu: string;
  realisasi: string;
  printed: { persen: string; realisasi?: string };
  sub_kegiatan?: Leaf[];
  kegiatan?: Leaf[];
}[];
const leaves = (p: (typeof programs)[number]) => [...(p.kegiatan ?? []), ...(p.sub_kegiatan ?? [])];

describe("contoh.json", () => {
  it("is exactly the trimmed input part of the fixture", () => {
    expect(contoh).toEqual(trimFixture(fixture as never));
  });
});

describe("sampleInput", () => {
  it("names cover the five sources, headers included", () => {
    const plan = sampleInput();
    expect(plan.names.map((n) => [n.name, n.sheet])).toEqual([
      ["LKIP_IKU", SAMPLE_SHEETS.iku],
      ["LKIP_ANGGARAN", SAMPLE_SHEETS.anggaran],
      ["LKIP_INFO", SAMPLE_SHEETS.info],
      ["LKIP_BELANJA", SAMPLE_SHEETS.belanja],
      ["LKIP_TRIWULAN", SAMPLE_SHEETS.triwulan],
    ]);
    for (const n of plan.names) {
      const s = plan.sheets.find((x) => x.name === n.sheet)!;
      // The quarterly table sits under its note (test/report/sample/triwulan.test.ts).
      const top = n.name === "LKIP_TRIWULAN" ? 2 : 0;
      expect([n.row, n.col, n.rows, n.cols]).toEqual([
        top,
        0,
        s.values.length - top,
        s.values[top].length,
      ]);
    }
    const iku = sheet(plan, SAMPLE_SHEETS.iku).s.values[0];
    expect(iku).toEqual([
      "No",
      "Sasaran",
      "Indikator",
      "Satuan",
      "Formulasi",
      "Arah",
      "Target",
      "Realisasi",
      "Realisasi 2023",
      "Target Renstra",
      "Capaian",
      "Kategori",
      "Predikat",
      "Efisiensi",
    ]);
    expect(sheet(plan, SAMPLE_SHEETS.info).s.values).toEqual([
      ["Pengaturan", "Nilai"],
      ["Instansi", fixture.instansi],
      ["Tahun", fixture.tahun],
      ["Pembulatan", "ROUND"],
      ["Skala", "kategori"],
      ["Batasi Capaian Efisiensi", "Tidak"],
    ]);
    expect(sheet(plan, SAMPLE_SHEETS.belanja).rows).toEqual(
      fixture.belanja.komposisi.map((b) => ({ "Jenis Belanja": b.jenis, Pagu: Number(b.jumlah) }))
    );
  });

  it("the inputs are the fixture's", () => {
    const { rows } = sheet(sampleInput(), SAMPLE_SHEETS.iku);
    fixture.iku.forEach((i, k) => {
      expect(rows[k]).toMatchObject({
        No: i.no,
        Sasaran: i.sasaran,
        Indikator: i.indikator,
        Satuan: i.satuan,
        Formulasi: i.formulasi,
        Arah: i.arah,
      });
      expect(rows[k]).toMatchObject({
        Target: Number(i.target),
        Realisasi: Number(i.realisasi),
        "Realisasi 2023": Number(i.realisasi_tahun_lalu["2023"]),
        "Target Renstra": Number(i.target_renstra),
      });
    });
  });

  it('tertulis "dicetak" (default): what the report prints, slips included', () => {
    const plan = sampleInput();
    const { rows } = sheet(plan, SAMPLE_SHEETS.iku);
    fixture.iku.forEach((i, k) => {
      const p = i.printed as unknown as Record<string, string>;
      expect(rows[k].Capaian).toBe(printed(p.capaian));
      expect(rows[k].Kategori).toBe(p.kategori_tabel_3_1_3 ?? p.kategori);
      expect(rows[k].Predikat).toBe(p.predikat);
      expect(rows[k].Efisiensi).toBe(printed(p.efisiensi));
    });
    expect(rows[1].Kategori).toBe("Sangat kurang");
    expect(rows[0].Efisiensi).toBe(0.266);

    const ang = sheet(plan, SAMPLE_SHEETS.anggaran).rows;
    let r = 0;
    for (const p of programs) {
      const total = ang[r++];
      expect(total).toMatchObject({
        Sasaran: p.sasaran_no,
        Program: p.program,
        Kegiatan: null,
        "Sub Kegiatan": null,
        Pagu: Number(p.pagu),
      });
      expect(total.Realisasi).toBe(
        p.printed.realisasi ? printed(p.printed.realisasi) : Number(p.realisasi)
      );
      expect(total.Serapan).toBe(printed(p.printed.persen));
      for (const l of leaves(p)) {
        const row = ang[r++];
        expect(row.Kegiatan ?? row["Sub Kegiatan"]).toBe(l.nama);
        expect([row.Pagu, row.Realisasi, row.Serapan]).toEqual([
          Number(l.pagu),
          Number(l.realisasi),
          printed(l.printed_persen),
        ]);
      }
    }
    expect(r).toBe(ang.length);
    expect(ang[0].Realisasi).toBe(1090111598);
  });

  it('tertulis "benar": what the rules give (the fixture\'s expected values)', () => {
    const plan = sampleInput({ tertulis: "benar" });
    const { rows } = sheet(plan, SAMPLE_SHEETS.iku);
    fixture.iku.forEach((i, k) => {
      expect(rows[k].Capaian).toBe(Number(i.expected.capaian.ROUND));
      expect(rows[k].Kategori).toBe(i.expected.kategori_permendagri54);
      expect(rows[k].Predikat).toBe(i.expected.predikat);
      expect(rows[k].Efisiensi).toBe(
        Number(i.expected.efisiensi_tabel.ROUND.tanpa_batas_capaian.nilai)
      );
    });
    const ang = sheet(plan, SAMPLE_SHEETS.anggaran).rows;
    let r = 0;
    for (const p of programs) {
      const total = ang[r++];
      const sumPagu = leaves(p).reduce((s, l) => s + BigInt(l.pagu), 0n);
      const sumReal = leaves(p).reduce((s, l) => s + BigInt(l.realisasi), 0n);
      expect([total.Pagu, total.Realisasi, total.Serapan]).toEqual([
        Number(sumPagu),
        Number(sumReal),
        persen(String(sumPagu), String(sumReal)),
      ]);
      for (const l of leaves(p)) expect(ang[r++].Serapan).toBe(persen(l.pagu, l.realisasi));
    }
    // The report's slips, corrected (fixture "discrepancies").
    expect(ang[0].Realisasi).toBe(612898347);
    expect(ang[0].Serapan).toBe(97.77);
  });

  it("rumus: a column of LKIP.CAPAIAN formulas just outside LKIP_IKU", () => {
    const plain = sampleInput({ rumus: false });
    const plan = sampleInput({ rumus: true });
    const s = sheet(plan, SAMPLE_SHEETS.iku).s;
    expect(plan.names[0].cols).toBe(plain.names[0].cols);
    const col = plain.names[0].cols;
    expect(s.formulas!.map((r) => r[col])).toEqual([
      null,
      "=LKIP.CAPAIAN(G2,H2,F2)",
      "=LKIP.CAPAIAN(G3,H3,F3)",
      "=LKIP.CAPAIAN(G4,H4,F4)",
    ]);
    expect(s.values.map((r) => r.slice(0, col))).toEqual(sheet(plain, SAMPLE_SHEETS.iku).s.values);
    expect(sheet(plain, SAMPLE_SHEETS.iku).s.formulas).toBeUndefined();
    // Target and Realisasi are where the formulas point.
    expect([s.values[0][6], s.values[0][7], s.values[0][5]]).toEqual([
      "Target",
      "Realisasi",
      "Arah",
    ]);
  });

  it("stays pure: bundled into the task pane, it imports no Node module", () => {
    const src = readFileSync(resolve(ROOT, "src/report/sample/sample.ts"), "utf8");
    const imports = [...src.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(["../../core", "../contract", "./contoh.json", "./triwulan"]);
    expect(src).not.toMatch(/require\(|process\.|__dirname/);
    const quarters = readFileSync(resolve(ROOT, "src/report/sample/triwulan.ts"), "utf8");
    expect([...quarters.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([
      "../../core",
      "../contract",
      "./sample",
      "./sample.en",
      "./sample.id",
      "./template",
    ]);
  });
});

describe("the committed sample workbooks are what sampleInput gives", () => {
  const cases: [string, "dicetak" | "benar"][] = [
    ["assets/contoh-lkip-2024.xlsx", "dicetak"],
    ["test/fixtures/periksa-dicetak.xlsx", "dicetak"],
    ["test/fixtures/periksa-benar.xlsx", "benar"],
  ];
  for (const [file, tertulis] of cases) {
    it(`${file} (${tertulis})`, async () => {
      const plan = sampleInput({ tertulis });
      const { raw } = await loadXlsx(readFileSync(resolve(ROOT, file)));
      expect(raw.problems).toEqual([]);
      for (const n of plan.names) {
        const s = plan.sheets.find((x) => x.name === n.sheet)!;
        expect(raw.ranges[n.name]?.values, `${file} ${n.name}`).toEqual(s.values.slice(n.row));
      }
    });
  }
});
