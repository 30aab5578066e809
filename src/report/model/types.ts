/**
 * The LKIP model: what the workbook says, read and checked once. Every value carries the address
 * of the cell it came from, so that tables, the checker and messages can point back at it.
 */
import type { Arah, Decimal, Pembulatan, Skala } from "../../core";
import type { Finding, RawCell, SourceName } from "../contract";

/** A value and the cell it was read from ('Data IKU'!G7). */
export interface Sel<T> {
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
}

/** Values typed by hand in LKIP_IKU (extension of WORKBOOK.md); kept as written for the checker. */
export interface TertulisIku {
  capaian?: Sel<RawCell>;
  predikat?: Sel<RawCell>;
  kategori?: Sel<RawCell>;
  efisiensi?: Sel<RawCell>;
  serapan?: Sel<RawCell>;
}

export interface LkipIndikator {
  /** Position in LkipModel.indikator. */
  index: number;
  /** LkipSasaran.nomor. */
  sasaran: number;
  /** Display number: as written in No (number or text), else the sasaran's number. */
  no: Sel<string | number> | { value: number; lokasi: null };
  nama: Sel<string>;
  satuan: Sel<string> | null;
  formulasi: Sel<string> | null;
  /** Default "naik" when the Arah column is absent or the cell blank (lokasi null when absent). */
  arah: { value: Arah; lokasi: string | null };
  target: Sel<Decimal>;
  realisasi: Sel<Decimal>;
  /** Earlier years' realisasi that are filled, ascending by year. */
  tahunLalu: { tahun: number; nilai: Sel<Decimal> }[];
  targetRenstra: Sel<Decimal> | null;
  targetAkhirRenstra: Sel<Decimal> | null;
  /** Present on every indicator when the Bobot column is filled, else null everywhere. */
  bobot: Sel<Decimal> | null;
  tertulis: TertulisIku;
  /** The whole row ('Data IKU'!A2:H2). */
  baris: string;
}

export interface BarisAnggaran {
  /** LkipSasaran.nomor, or null when LKIP_IKU has no sasaran to match against. */
  sasaran: number | null;
  /** The Sasaran cell as written (or as carried down from a merged cell above). */
  sasaranTertulis: Sel<string>;
  program: Sel<string>;
  kegiatan: Sel<string> | null;
  subKegiatan: Sel<string> | null;
  pagu: Sel<Decimal>;
  realisasi: Sel<Decimal>;
  /** true when Kegiatan or Sub Kegiatan is filled; false = a program total row. */
  leaf: boolean;
  /** Serapan typed by hand, as written, for the checker. */
  serapanTertulis?: Sel<RawCell>;
  baris: string;
}

export interface BarisBelanja {
  jenis: Sel<string>;
  pagu: Sel<Decimal>;
  /** null when the source has no Realisasi column. */
  realisasi: Sel<Decimal> | null;
  baris: string;
}

export interface SumberInfo {
  /** The whole range's address. */
  lokasi: string;
  kind: "name" | "table";
  /** Usable: found with all its required columns. */
  dipakai: boolean;
}

export interface BarisDitinggal {
  source: SourceName;
  /** The row's address. */
  lokasi: string;
  /** The problems that left it out (each at its cell; words through findingText). */
  temuan: Finding[];
}

export interface LkipModel {
  settings: Settings;
  /** Where each setting was read in LKIP_INFO (absent = default or override). */
  settingsLokasi: Partial<Record<keyof Settings, string>>;
  sumber: Partial<Record<SourceName, SumberInfo>>;
  sasaran: LkipSasaran[];
  indikator: LkipIndikator[];
  /** Earlier years with a Realisasi column in LKIP_IKU, ascending. */
  tahunLalu: number[];
  /** Which optional LKIP_IKU columns exist. */
  kolomIku: {
    satuan: boolean;
    formulasi: boolean;
    targetRenstra: boolean;
    targetAkhirRenstra: boolean;
    bobot: boolean;
  };
  /** null when LKIP_ANGGARAN is absent or unusable. */
  anggaran: BarisAnggaran[] | null;
  /** null when LKIP_BELANJA is absent or unusable. */
  belanja: BarisBelanja[] | null;
  belanjaAdaRealisasi: boolean;
  findings: Finding[];
  leftOut: BarisDitinggal[];
}
