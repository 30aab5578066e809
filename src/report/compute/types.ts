/** The result types of compute: every number the tables print and the checker compares. */
import type { CoreReason, Decimal, HasilEfisiensi, PredikatKualitatif } from "../../core";
import type {
  AnggaranRow,
  BelanjaRow,
  LkipIndikator,
  LkipIndikatorKualitatif,
  LkipSasaran,
  Settings,
} from "../model";
import type { HasilTotal, MungkinTotal } from "./totals";
import type { HasilTriwulan } from "./triwulan";

/** Tabel 6: a change read by the indicator's arah (TABLES.md): for a `turun` indicator a fall is better. */
export type ArahPerubahan = "Membaik" | "Memburuk" | "Tetap";

/** Money linked to one indicator (RULES §6, budgets per indicator): its own PMK term. */
export interface AnggaranIndikator {
  pagu: Decimal;
  realisasi: Decimal;
  /** Σ realisasi / Σ pagu × 100, printed; null when Σ pagu is 0. */
  serapan: Decimal | null;
  efisiensi: EfisiensiSasaran;
}

/** A qualitative indicator (RULES §10): a predikat on the target scale, no percentage. */
export interface HasilKualitatif {
  indikator: LkipIndikatorKualitatif;
  predikat: PredikatKualitatif;
  /** The ordinal scale both words are on, or null (equal / not equal only). */
  skala: string | null;
}

export interface HasilIndikator {
  indikator: LkipIndikator;
  /** Exact capaian (src/core/README.md §2). */
  capaianExact: Decimal;
  /** As printed: rounded by the policy. Everything derived starts from this. */
  capaian: Decimal;
  /** Target scale (Tabel 3). */
  predikat: string;
  /** The chosen scale (Tabel 4, 5); null when below a custom scale's lowest band. */
  kategori: string | null;
  /** Capaian against the Target Renstra, printed; null without one. */
  capaianRenstra: Decimal | null;
  /** Realisasi minus the realisasi of the latest earlier year with a column, printed; null when that cell is blank. */
  perubahan: { dari: number; nilai: Decimal; keterangan: ArahPerubahan } | null;
  /** Budget lines that name this indicator (LKIP_ANGGARAN Indikator); null when none do. */
  anggaran: AnggaranIndikator | null;
}

/** A sasaran's linked budget: exact sums of its lines (leaves; a program's total only when it has no leaves). */
export interface AnggaranSasaran {
  pagu: Decimal;
  realisasi: Decimal;
  /** Σ realisasi / Σ pagu × 100, printed; null when Σ pagu is 0. */
  serapan: Decimal | null;
}

/** Efisiensi of a sasaran (PMK 214/PMK.02/2017): computed with its inputs, or why not. */
export type EfisiensiSasaran =
  | {
      dihitung: true;
      hasil: HasilEfisiensi;
      /** Bounded E as printed (policy rounding). */
      nilai: Decimal;
      /** Unbounded E as printed, for the note. */
      mentah: Decimal;
      keterangan: string;
      /** What it was computed from: the sasaran's printed capaian and its budget. */
      capaian: Decimal;
      pagu: Decimal;
      realisasi: Decimal;
    }
  | {
      dihitung: false;
      /** Why, as the core's reason (words: coreText). */
      reason: CoreReason;
    };

export interface HasilSasaran {
  sasaran: LkipSasaran;
  indikator: HasilIndikator[];
  /** Its qualitative indicators: outside its numeric capaian and efisiensi (RULES §10). */
  kualitatif: HasilKualitatif[];
  /** Some of its budget lines name an indicator: efisiensi is the Σ of per-indicator terms (RULES §6). */
  perIndikator: boolean;
  /** Mean of its indicators' printed capaian (weighted with bobot), printed; null without indicators. */
  capaian: Decimal | null;
  kategori: string | null;
  /** null = no budget line is linked to it (or no LKIP_ANGGARAN). */
  anggaran: AnggaranSasaran | null;
  efisiensi: EfisiensiSasaran;
}

export interface HasilRow {
  row: AnggaranRow;
  serapan: Decimal | null;
}

export interface HasilProgram {
  sasaran: number | null;
  /** The sasaran's text (from LKIP_IKU, else as written in LKIP_ANGGARAN). */
  sasaranTeks: string;
  nama: string;
  lokasi: string;
  leaves: HasilRow[];
  /** Its program total rows (only Program filled). */
  totals: HasilRow[];
  /** Σ leaves, or Σ totals when it has no leaves. */
  pagu: Decimal;
  realisasi: Decimal;
  serapan: Decimal | null;
  /** Σ of the leaves (null without leaves): what the checker compares the program totals with. */
  leavesSum: { pagu: Decimal; realisasi: Decimal } | null;
}

export interface HasilAnggaran {
  program: HasilProgram[];
  pagu: Decimal;
  realisasi: Decimal;
  serapan: Decimal | null;
}

export interface HasilBelanja {
  row: { row: BelanjaRow; serapan: Decimal | null }[];
  pagu: Decimal;
  /** Σ realisasi and its serapan (null when Σ pagu is 0); null without a Realisasi column. */
  realisasi: { jumlah: Decimal; serapan: Decimal | null } | null;
}

export interface RataRata {
  /** Mean target and realisasi: null unless every indicator has the same Satuan (RULES §6). */
  target: Decimal | null;
  realisasi: Decimal | null;
  /** Why target and realisasi are not averaged, when they are not. */
  reasonTarget: string | null;
  capaian: Decimal;
  predikat: string;
  kategori: string | null;
}

export interface JumlahPerBand {
  label: string;
  rentang: string;
  jumlah: number;
}

export interface LkipHasil {
  settings: Settings;
  indikator: HasilIndikator[];
  /** Qualitative indicators (RULES §10), in their own list; counted only in perPredikat. */
  kualitatif: HasilKualitatif[];
  sasaran: HasilSasaran[];
  /** Printed totals typed inside the ranges, with what they stand for (RULES §11). */
  totalTertulis: HasilTotal[];
  /** Budget lines that equal the sum of the lines above them: likely unlabelled totals (RULES §11). */
  mungkinTotal: MungkinTotal[];
  /** null without indicators (or when Σ bobot = 0). */
  rataRata: RataRata | null;
  /** Target scale, highest band first. */
  perPredikat: JumlahPerBand[];
  /** The chosen scale, highest band first. */
  perKategori: JumlahPerBand[];
  /** Indicators whose kategori is null (below a custom scale). */
  tanpaKategori: number;
  /** null without LKIP_ANGGARAN. */
  anggaran: HasilAnggaran | null;
  /** null without LKIP_BELANJA. */
  belanja: HasilBelanja | null;
  /** null without LKIP_TRIWULAN or before any quarter has a value (RULES §14). */
  triwulan: HasilTriwulan | null;
}
