/**
 * The sample report's data as input sheets ("Sisipkan contoh data" in the task pane, and the demo
 * .xlsx). Pure: bundled into the task pane, so no Node imports.
 *
 * `tertulis` decides what the typed-by-hand columns (Capaian, Kategori, Predikat, Efisiensi,
 * Serapan, program total rows) hold: "dicetak" = what the report prints, slips included, so that
 * the checker has something to find; "benar" = what the rules give, computed here with src/core.
 */
import {
  Decimal,
  SKALA,
  bulatkan,
  capaian,
  efisiensi,
  jumlah,
  parseAngka,
  parseArah,
  predikat,
  serapan,
  type Pembulatan,
} from "../../core";
import contohJson from "./contoh.json";
import type { InputWorkbookPlan, Lang } from "../contract";
import { TRIWULAN_AT, triwulanSheet } from "./triwulan";

export interface ContohLeaf {
  nama: string;
  pagu: string;
  realisasi: string;
  printed_persen: string;
}

export interface ContohProgram {
  sasaran_no: number;
  program: string;
  pagu: string;
  realisasi: string;
  printed: { persen: string; realisasi?: string; [k: string]: string | undefined };
  sub_kegiatan?: ContohLeaf[];
  kegiatan?: ContohLeaf[];
}

export interface ContohIku {
  no: number;
  sasaran: string;
  indikator: string;
  satuan: string;
  formulasi: string;
  arah: string;
  target: string;
  realisasi: string;
  realisasi_tahun_lalu: Record<string, string>;
  target_renstra: string;
  printed: {
    capaian: string;
    kategori: string;
    predikat: string;
    efisiensi: string;
    kategori_tabel_3_1_3?: string;
    [k: string]: string | undefined;
  };
}

export interface Contoh {
  sumber: string;
  instansi: string;
  tahun: number;
  iku: ContohIku[];
  anggaran: ContohProgram[];
  belanja: {
    komposisi: { jenis: string; jumlah: string }[];
    total_pagu: string;
    total_realisasi: string;
  };
}

const CONTOH: Contoh = contohJson as Contoh;

export interface SampleOptions {
  tertulis?: "dicetak" | "benar";
  /** Add a column of =LKIP.CAPAIAN(...) formulas (task pane only: a plain .xlsx does not know the function). */
  rumus?: boolean;
  /** The language of the words the sample adds (the quarterly sheet's note); default Indonesian. */
  lang?: Lang;
}

/** The rounding the sample's Info sheet sets, used for the "benar" values. */
const PEMBULATAN: Pembulatan = "ROUND";

/** The sample's sheet names, so that callers (tests, the task pane) need not repeat them. */
export const SAMPLE_SHEETS = {
  iku: "Data IKU",
  anggaran: "Data Anggaran",
  info: "Info",
  belanja: "Belanja",
  triwulan: "Data Triwulan",
} as const;

const D = (s: string) => new Decimal(s);

/** A printed Indonesian figure ("134,32", "1.090.111.598,00") as a number. */
function tercetak(text: string): number {
  const p = parseAngka(text);
  if (!p.ok) throw new Error(`contoh.json: "${text}" ${p.reason}`);
  return p.value.toNumber();
}

const leavesOf = (p: ContohProgram): { kolom: "kegiatan" | "sub"; leaf: ContohLeaf }[] => [
  ...(p.kegiatan ?? []).map((leaf) => ({ kolom: "kegiatan" as const, leaf })),
  ...(p.sub_kegiatan ?? []).map((leaf) => ({ kolom: "sub" as const, leaf })),
];

/** Σ pagu and Σ realisasi of the budget leaves linked to sasaran number n. */
function anggaranSasaran(c: Contoh, n: number): { pagu: Decimal; realisasi: Decimal } {
  const leaves = c.anggaran.filter((p) => p.sasaran_no === n).flatMap(leavesOf);
  return {
    pagu: jumlah(leaves.map((l) => D(l.leaf.pagu))),
    realisasi: jumlah(leaves.map((l) => D(l.leaf.realisasi))),
  };
}

function ikuSheet(c: Contoh, benar: boolean, rumus: boolean): InputWorkbookPlan["sheets"][number] {
  const lalu = c.tahun - 1;
  const header = [
    "No",
    "Sasaran",
    "Indikator",
    "Satuan",
    "Formulasi",
    "Arah",
    "Target",
    "Realisasi",
    `Realisasi ${lalu}`,
    "Target Renstra",
    "Capaian",
    "Kategori",
    "Predikat",
    "Efisiensi",
  ];
  const widths = [5, 40, 45, 9, 45, 7, 10, 10, 14, 14, 10, 15, 17, 10];
  const fmt2 = "#,##0.00";
  const formats = [
    "General",
    "@",
    "@",
    "@",
    "@",
    "@",
    fmt2,
    fmt2,
    fmt2,
    fmt2,
    fmt2,
    "@",
    "@",
    benar ? fmt2 : "0.000",
  ];
  const values: (string | number | null)[][] = [header];
  c.iku.forEach((i, k) => {
    let typed: (string | number)[];
    if (benar) {
      const cap = bulatkan(capaian(D(i.target), D(i.realisasi), parseArah(i.arah)), PEMBULATAN);
      const a = anggaranSasaran(c, k + 1);
      const e = efisiensi([{ pagu: a.pagu, capaian: cap, realisasi: a.realisasi }]);
      typed = [
        cap.toNumber(),
        predikat(cap, SKALA.kategori),
        predikat(cap, SKALA.target),
        bulatkan(e.nilai, PEMBULATAN).toNumber(),
      ];
    } else {
      // Tabel 3.1.3 is where the report slips on the kategori (55,72 counted as "Sangat kurang").
      typed = [
        tercetak(i.printed.capaian),
        i.printed.kategori_tabel_3_1_3 ?? i.printed.kategori,
        i.printed.predikat,
        tercetak(i.printed.efisiensi),
      ];
    }
    const lalu_ = i.realisasi_tahun_lalu[String(lalu)];
    values.push([
      i.no,
      i.sasaran,
      i.indikator,
      i.satuan,
      i.formulasi,
      i.arah,
      Number(i.target),
      Number(i.realisasi),
      lalu_ === undefined ? null : Number(lalu_),
      Number(i.target_renstra),
      ...typed,
    ]);
  });
  const numberFormats = values.map((_, r) => (r === 0 ? header.map(() => "@") : formats));
  const sheet: InputWorkbookPlan["sheets"][number] = {
    name: SAMPLE_SHEETS.iku,
    values,
    numberFormats,
    columnWidths: widths,
  };
  if (rumus) {
    // Just right of LKIP_IKU and outside it, so the add-in never reads its own results back.
    sheet.values = values.map((row, r) => [...row, r === 0 ? "LKIP.CAPAIAN" : null]);
    sheet.formulas = values.map((row, r) => [
      ...row.map(() => null),
      r === 0 ? null : `=LKIP.CAPAIAN(G${r + 1},H${r + 1},F${r + 1})`,
    ]);
    sheet.numberFormats = numberFormats.map((row, r) => [...row, r === 0 ? "@" : fmt2]);
    sheet.columnWidths = [...widths, 14];
  }
  return sheet;
}

function anggaranSheet(c: Contoh, benar: boolean): InputWorkbookPlan["sheets"][number] {
  const header = ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi", "Serapan"];
  const values: (string | number | null)[][] = [header];
  const pct = (p: Decimal[], r: Decimal[]) => bulatkan(serapan(p, r), PEMBULATAN).toNumber();
  for (const p of c.anggaran) {
    const leaves = leavesOf(p);
    if (benar) {
      const pagu = leaves.map((l) => D(l.leaf.pagu));
      const real = leaves.map((l) => D(l.leaf.realisasi));
      values.push([
        p.sasaran_no,
        p.program,
        null,
        null,
        jumlah(pagu).toNumber(),
        jumlah(real).toNumber(),
        pct(pagu, real),
      ]);
    } else {
      const realisasi =
        p.printed.realisasi !== undefined ? tercetak(p.printed.realisasi) : Number(p.realisasi);
      values.push([
        p.sasaran_no,
        p.program,
        null,
        null,
        Number(p.pagu),
        realisasi,
        tercetak(p.printed.persen),
      ]);
    }
    for (const { kolom, leaf } of leaves) {
      const persen = benar
        ? pct([D(leaf.pagu)], [D(leaf.realisasi)])
        : tercetak(leaf.printed_persen);
      values.push([
        p.sasaran_no,
        p.program,
        kolom === "kegiatan" ? leaf.nama : null,
        kolom === "sub" ? leaf.nama : null,
        Number(leaf.pagu),
        Number(leaf.realisasi),
        persen,
      ]);
    }
  }
  const formats = ["0", "@", "@", "@", "#,##0", "#,##0", "#,##0.00"];
  return {
    name: SAMPLE_SHEETS.anggaran,
    values,
    numberFormats: values.map((_, r) => (r === 0 ? header.map(() => "@") : formats)),
    columnWidths: [9, 40, 45, 45, 16, 16, 10],
  };
}

function infoSheet(c: Contoh): InputWorkbookPlan["sheets"][number] {
  return {
    name: SAMPLE_SHEETS.info,
    values: [
      ["Pengaturan", "Nilai"],
      ["Instansi", c.instansi],
      ["Tahun", c.tahun],
      ["Pembulatan", PEMBULATAN],
      ["Skala", "kategori"],
      ["Batasi Capaian Efisiensi", "Tidak"],
    ],
    numberFormats: [
      ["@", "@"],
      ["@", "@"],
      ["@", "0"],
      ["@", "@"],
      ["@", "@"],
      ["@", "@"],
    ],
    columnWidths: [26, 40],
  };
}

function belanjaSheet(c: Contoh): InputWorkbookPlan["sheets"][number] {
  const values: (string | number | null)[][] = [
    ["Jenis Belanja", "Pagu"],
    ...c.belanja.komposisi.map((b) => [b.jenis, Number(b.jumlah)]),
  ];
  return {
    name: SAMPLE_SHEETS.belanja,
    values,
    numberFormats: values.map((_, r) => (r === 0 ? ["@", "@"] : ["@", "#,##0"])),
    columnWidths: [26, 18],
  };
}

export function sampleInput(opts: SampleOptions = {}): InputWorkbookPlan {
  const benar = opts.tertulis === "benar";
  const rumus = opts.rumus === true;
  const triwulan = triwulanSheet(
    SAMPLE_SHEETS.triwulan,
    CONTOH,
    (n) => anggaranSasaran(CONTOH, n),
    { rumus, lang: opts.lang ?? "id" }
  );
  const parts = [
    { name: "LKIP_IKU", sheet: ikuSheet(CONTOH, benar, rumus), at: { row: 0, col: 0 } },
    { name: "LKIP_ANGGARAN", sheet: anggaranSheet(CONTOH, benar), at: { row: 0, col: 0 } },
    { name: "LKIP_INFO", sheet: infoSheet(CONTOH), at: { row: 0, col: 0 } },
    { name: "LKIP_BELANJA", sheet: belanjaSheet(CONTOH), at: { row: 0, col: 0 } },
    { name: "LKIP_TRIWULAN", sheet: triwulan.sheet, at: TRIWULAN_AT, cols: triwulan.cols },
  ] as const;
  return {
    sheets: parts.map((p) => p.sheet),
    // The names cover the data columns only (not the LKIP.* formula columns added with `rumus`).
    names: parts.map((p) => ({
      name: p.name,
      sheet: p.sheet.name,
      row: p.at.row,
      col: p.at.col,
      rows: p.sheet.values.length - p.at.row,
      cols:
        "cols" in p
          ? p.cols
          : p.sheet.values[p.at.row].length - (rumus && p.name === "LKIP_IKU" ? 1 : 0),
    })),
  };
}
