/**
 * The LKIP model: what the workbook says, read and checked once. Every value carries the address
 * of the cell it came from, so that tables, the checker and messages can point back at it.
 */
import type { Arah, Decimal, JenisTriwulan, Pembulatan, Skala } from "../../core";
import type { CellRef, Finding, RawCell, SourceName } from "../contract";
import type { JenisTotal } from "./totals";

/** A value and the cell it was read from ('Data IKU'!G7). */
export interface Cell<T> {
  value: T;
  lokasi: string;
}

export interface Settings {
  /** null = not given: the tables then have no agency line. */
  instansi: string | null;
  tahun: number;
  pembulatan: Pembulatan;
  /** The scale of the kategori tables (Tabel 4, 5): kategori (default) or permendagri86. */
  skala: Skala;
  /** Efisiensi: cap each capaian at 100 % first (src/core/README.md §4). */
  batasiCapaian: boolean;
  /**
   * The quarter Tabel 13 runs to (LKIP_INFO Triwulan); absent = the last quarter with a value.
   * null = the same, chosen in the pane over a Triwulan LKIP_INFO holds (saving it blanks that cell).
   */
  triwulan?: number | null;
}

/** A sasaran: consecutive LKIP_IKU rows with the same Sasaran text, numbered 1..n in order. */
export interface LkipSasaran {
  nomor: number;
  /** The text as first written. */
  teks: string;
  /** The cell of its first row. */
  lokasi: string;
  /** Positions in LkipModel.indikator of its indicators that were read without problems. */
  indikator: number[];
  /** Positions in LkipModel.kualitatif of its qualitative indicators (src/core/README.md §10). */
  kualitatif: number[];
  /** The Tujuan above it, when LKIP_IKU has a Tujuan column (WORKBOOK.md). */
  tujuan: Cell<string> | null;
}

/** A tujuan's own indicators (RULES §13): computed and counted, part of no sasaran. */
export interface LkipTujuanIndikator {
  tujuan: Cell<string>;
  /** Positions in LkipModel.indikator / LkipModel.kualitatif. */
  indikator: number[];
  kualitatif: number[];
}

/** Values typed by hand in LKIP_IKU (extension of WORKBOOK.md); kept as written for the checker. */
export interface TertulisIku {
  capaian?: Cell<RawCell>;
  predikat?: Cell<RawCell>;
  kategori?: Cell<RawCell>;
  efisiensi?: Cell<RawCell>;
  serapan?: Cell<RawCell>;
}

export interface LkipIndikator {
  /** Position in LkipModel.indikator. */
  index: number;
  /** LkipSasaran.nomor; 0 for an indikator tujuan (RULES §13), which belongs to no sasaran. */
  sasaran: number;
  /** RULES §13: the tujuan this indicator belongs to directly (its Sasaran cell empty). */
  tujuan?: Cell<string>;
  /** Position among all indicator rows read, numeric and qualitative, in workbook order. */
  urutan: number;
  /** Display number as written in No (number or text); null when blank (tables number it). */
  no: Cell<string | number> | null;
  nama: Cell<string>;
  satuan: Cell<string> | null;
  formulasi: Cell<string> | null;
  /** Default "naik" when the Arah column is absent or the cell blank (lokasi null when absent). */
  arah: { value: Arah; lokasi: string | null };
  /** label: the text as written when the value is its score ("Level 3 (3,35)", RULES §10). */
  target: Cell<Decimal> & { label?: string };
  realisasi: Cell<Decimal> & { label?: string };
  /** Earlier years' realisasi that are filled, ascending by year. */
  tahunLalu: { tahun: number; nilai: Cell<Decimal> }[];
  targetRenstra: Cell<Decimal> | null;
  targetAkhirRenstra: Cell<Decimal> | null;
  /** Present on every indicator when the Bobot column is filled, else null everywhere. */
  bobot: Cell<Decimal> | null;
  /** Standar Nasional (WORKBOOK.md): a number, or a text as written; null when blank or absent. */
  standarNasional: Cell<Decimal | string> | null;
  tertulis: TertulisIku;
  /** The whole row ('Data IKU'!A2:H2). */
  row: string;
}

/**
 * A qualitative indicator (src/core/README.md §10): target and realisasi both text that is not a
 * number ("WTP", "BB", "Tersedia"). No percentage is invented for it.
 */
export interface LkipIndikatorKualitatif {
  /** Position in LkipModel.kualitatif. */
  index: number;
  /** Position among all indicator rows read, in workbook order (see LkipIndikator.urutan). */
  urutan: number;
  /** As LkipIndikator.sasaran (0 for an indikator tujuan). */
  sasaran: number;
  tujuan?: Cell<string>;
  no: Cell<string | number> | null;
  nama: Cell<string>;
  satuan: Cell<string> | null;
  formulasi: Cell<string> | null;
  target: Cell<string>;
  realisasi: Cell<string>;
  tertulis: TertulisIku;
  row: string;
}

export interface AnggaranRow {
  /** LkipSasaran.nomor, or null when LKIP_IKU has no sasaran to match against. */
  sasaran: number | null;
  /** The Sasaran cell as written (or as carried down from a merged cell above). */
  sasaranTertulis: Cell<string>;
  program: Cell<string>;
  /** The indicator the line is budgeted for (WORKBOOK.md LKIP_ANGGARAN Indikator), when named. */
  indikator: Cell<string> | null;
  /** LkipIndikator.index of that indicator, when it matched one of the sasaran's indicators. */
  indikatorIndex: number | null;
  kegiatan: Cell<string> | null;
  subKegiatan: Cell<string> | null;
  pagu: Cell<Decimal>;
  realisasi: Cell<Decimal>;
  /** true when Kegiatan or Sub Kegiatan is filled; false = a program total row. */
  leaf: boolean;
  /** Serapan typed by hand, as written, for the checker. */
  serapanTertulis?: Cell<RawCell>;
  row: string;
}

export interface BelanjaRow {
  jenis: Cell<string>;
  pagu: Cell<Decimal>;
  /** null when the source has no Realisasi column. */
  realisasi: Cell<Decimal> | null;
  row: string;
}

/** Four quarters, TW I … TW IV; null where the cell is blank (never 0, RULES §14). */
export type Triwulanan = [
  Cell<Decimal> | null,
  Cell<Decimal> | null,
  Cell<Decimal> | null,
  Cell<Decimal> | null,
];

/** One row of LKIP_TRIWULAN (WORKBOOK.md): an indicator's quarters. */
export interface TriwulanRow {
  /** Position in LkipModel.triwulan.row. */
  index: number;
  no: Cell<string | number> | null;
  nama: Cell<string>;
  /** Its own Sasaran cell, else the LKIP_IKU sasaran's text; null when neither. */
  sasaran: Cell<string> | null;
  satuan: Cell<string> | null;
  arah: { value: Arah; lokasi: string | null };
  /** `akhir` when blank (tertulis false; an info at its cell, RULES §14). */
  jenis: { value: JenisTriwulan; lokasi: string | null; tertulis: boolean };
  /** The year's target: its own, else LKIP_IKU's. */
  target: Cell<Decimal> | null;
  targetTw: Triwulanan;
  realisasiTw: Triwulanan;
  pagu: Cell<Decimal> | null;
  anggaranTw: Triwulanan;
  /** LkipIndikator.index of the LKIP_IKU indicator of the same name, when there is one. */
  iku: number | null;
  row: string;
}

export interface LkipTriwulan {
  rows: TriwulanRow[];
  /** Some row has quarterly targets. */
  adaTargetTw: boolean;
  /** The source has a Pagu or budget quarter column. */
  adaAnggaran: boolean;
  /** The last quarter with any realisasi; null when none yet. */
  terakhir: number | null;
}

export interface SumberInfo {
  /** The whole range's address. */
  lokasi: string;
  kind: "name" | "table";
  /** Usable: found with all its required columns. */
  dipakai: boolean;
}

export interface LeftOutRow {
  source: SourceName;
  /** The row's address. */
  lokasi: string;
  /** The problems that left it out (each at its cell; words through findingText). */
  temuan: Finding[];
  /** LKIP_ANGGARAN: the program the row belongs to (as written or carried down), when known. */
  program?: string;
}

/**
 * A printed total or average row typed inside a source (src/core/README.md §11): never data, kept
 * for the checker with the rows it stands for.
 */
export interface TotalTertulis {
  source: SourceName;
  jenis: JenisTotal;
  /** A grand total (Jumlah Total, Grand Total …): it stands for the whole range. */
  keseluruhan: boolean;
  /** The label as written and its cell ("JUMLAH" at 'Anggaran'!B12). */
  label: Cell<string>;
  /** The whole row. */
  row: string;
  /** Positions (in LkipModel.indikator / anggaran / belanja) of the data rows it stands for. */
  cakupan: number[];
  /** LKIP_IKU: positions in LkipModel.kualitatif of the qualitative indicators in its span. */
  cakupanKualitatif: number[];
  /** Rows in its span left out for problems: the total cannot agree until they are fixed. */
  leftOut: string[];
  /** The figures typed on the row, by column (pagu, realisasi, serapan, target, capaian …). */
  nilai: Partial<Record<string, Cell<RawCell>>>;
}

/** A required column of a source not found, and the headers left unread that could be it. */
export interface KolomCalon {
  sumber: SourceName;
  /** The WORKBOOK name ("Indikator"). */
  kolom: string;
  /** Header texts as the sheet has them, most likely first, with their cells. */
  calon: { judul: string; lokasi: string }[];
}

/** Where the report year came from (issue 21: said, never guessed). */
export type TahunAsal =
  | { jenis: "pilihan" }
  | { jenis: "info"; cell: CellRef }
  | { jenis: "judul"; tahun: number; judul: string; cell: CellRef }
  | { jenis: "judulLembar"; tahun: number; teks: string; cell: CellRef }
  | { jenis: "tidakAda" };

export interface LkipModel {
  settings: Settings;
  /** Where each setting was read in LKIP_INFO (absent = default or override). */
  settingsAddress: Partial<Record<keyof Settings, string>>;
  /** True when the year came from "Target 2024"-style LKIP_IKU headers (no Tahun in LKIP_INFO). */
  tahunDariJudul?: boolean;
  /** Where settings.tahun came from; `tidakAda`: nobody gave it, so no table may carry it. */
  tahunAsal?: TahunAsal;
  /** Column choices in use (WORKBOOK "Headers by meaning"): LKIP_INFO `Kolom …` rows, then options. */
  kolomDipilih: Partial<Record<string, string>>;
  /** Required columns still missing, with the headers that could be them (to offer as a choice). */
  kolomCalon: KolomCalon[];
  /** Named ranges with rows typed just outside them → the reference that takes those rows in. */
  perluas: Partial<Record<SourceName, string>>;
  sumber: Partial<Record<SourceName, SumberInfo>>;
  sasaran: LkipSasaran[];
  /** RULES §13: each tujuan with indicators of its own, in workbook order. */
  indikatorTujuan: LkipTujuanIndikator[];
  indikator: LkipIndikator[];
  /** Qualitative indicators (src/core/README.md §10), apart from the numeric ones. */
  kualitatif: LkipIndikatorKualitatif[];
  /** Earlier years with a Realisasi column in LKIP_IKU, ascending. */
  tahunLalu: number[];
  /** Which optional LKIP_IKU columns exist. */
  kolomIku: {
    satuan: boolean;
    formulasi: boolean;
    targetRenstra: boolean;
    targetAkhirRenstra: boolean;
    bobot: boolean;
    tujuan: boolean;
    standarNasional: boolean;
  };
  /**
   * The year the Target Renstra column is for: the report year, or the Renstra's last year when
   * the end-of-period target stands in for it (WORKBOOK.md); null when no header names one.
   */
  tahunRenstra: number | null;
  /** null when LKIP_ANGGARAN is absent or unusable. */
  anggaran: AnggaranRow[] | null;
  /** null when LKIP_BELANJA is absent or unusable. */
  belanja: BelanjaRow[] | null;
  belanjaAdaRealisasi: boolean;
  /** null when LKIP_TRIWULAN is absent or unusable. */
  triwulan: LkipTriwulan | null;
  /** Printed totals typed inside the ranges (src/core/README.md §11), in reading order. */
  totalTertulis: TotalTertulis[];
  findings: Finding[];
  leftOut: LeftOutRow[];
}
