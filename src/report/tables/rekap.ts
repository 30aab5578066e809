/**
 * Rekap (TABLES.md "Rekap"): one row per OPD workbook (made by rekap-model.ts in the thread that
 * read the file), and what the whole rekap does with the rows: duplicates, totals, JSON. Kept apart
 * from the model, tables and checker so that the command's main thread loads only this.
 *
 * A row is plain data (decimals as their printed text, counts as numbers) so that it crosses a
 * worker's message port unchanged; numbers become JSON numbers or cells only at the edges.
 */
import { Decimal, bulatkan, jumlah, serapan } from "../../core";
import type { Lang, MasalahNaskah, Naskah, Tingkat } from "../contract";
import { gandaText } from "./rekap-sheet";

/** Which Bab III items the workbook has data for (TABLES.md "Bab III": items 2, 3, 4, 6). */
export type DataBab3 = "tahun lalu" | "Renstra" | "standar nasional" | "anggaran per sasaran";

export interface RekapRow {
  berkas: string;
  instansi: string | null;
  tahun: number | null;
  sasaran: number | null;
  indikator: number | null;
  /** The IKU mean as Tabel 2 prints it (decimal text), null without indicators. */
  rataRataCapaian: string | null;
  melebihi: number | null;
  tercapai: number | null;
  tidakTercapai: number | null;
  /** Σ of LKIP_ANGGARAN as Tabel 9 prints it (decimal text); null without it. */
  pagu: string | null;
  realisasi: string | null;
  serapan: string | null;
  galat: number | null;
  peringatan: number | null;
  /** Findings of its naskah (RULES §15); null when the file has no naskah beside it. */
  temuanNaskah: number | null;
  /** Numbers of the standard tables that could not be made. */
  tabelTidakDibuat: number[];
  dataBab3: DataBab3[];
  /** Why the file could not be read, or what the rekap noticed (a second file of the same OPD). */
  keterangan: string | null;
}

/** One finding of one file, for the sheet Temuan (its words already chosen by the edge). */
export interface RekapTemuan {
  berkas: string;
  tingkat: Tingkat;
  kode: string;
  lokasi: string;
  pesan: string;
}

/** A workbook's naskah as read beside it, or why it could not be read. */
export type NaskahDibaca =
  { ok: true; naskah: Naskah } | { ok: false; berkas: string; masalah: MasalahNaskah };

/** What one file gives the rekap: its row and its findings (plain data, from a worker). */
export interface RekapFileResult {
  row: RekapRow;
  temuan: RekapTemuan[];
}

/** A file that could not be read: a row with the sentence why, and that sentence as a galat. */
export function rekapUnread(berkas: string, pesan: string): RekapFileResult {
  return {
    row: rekapRowUnread(berkas, pesan),
    temuan: [{ berkas, tingkat: "galat", kode: "BERKAS_TIDAK_TERBACA", lokasi: "", pesan }],
  };
}

/**
 * The rows and findings of a whole rekap, in input order, with a second file of the same OPD
 * (instansi and tahun) flagged on its row and in Temuan (peringatan REKAP_GANDA), never merged.
 */
export function rekapFinish(
  results: readonly RekapFileResult[],
  lang: Lang = "id"
): { rows: RekapRow[]; temuan: RekapTemuan[] } {
  const rows = results.map((r) => ({ ...r.row }));
  const temuan = results.flatMap((r) => r.temuan);
  for (const d of rekapDuplicates(rows)) {
    const row = rows[d.index];
    const pesan = gandaText(lang, row, rows[d.sama].berkas);
    row.keterangan = [row.keterangan, pesan].filter(Boolean).join(" ");
    temuan.push({
      berkas: row.berkas,
      tingkat: "peringatan",
      kode: "REKAP_GANDA",
      lokasi: "",
      pesan,
    });
  }
  return { rows, temuan };
}

/** A decimal as the row carries it: its printed text (rows cross a worker's message port). */
export const decimalText = (d: Decimal | null | undefined) => (d == null ? null : d.toString());

/** The row of a file that could not be read: its name and the sentence why, nothing else. */
export function rekapRowUnread(berkas: string, keterangan: string): RekapRow {
  return {
    berkas,
    instansi: null,
    tahun: null,
    sasaran: null,
    indikator: null,
    rataRataCapaian: null,
    melebihi: null,
    tercapai: null,
    tidakTercapai: null,
    pagu: null,
    realisasi: null,
    serapan: null,
    galat: null,
    peringatan: null,
    temuanNaskah: null,
    tabelTidakDibuat: [],
    dataBab3: [],
    keterangan,
  };
}

/** Rows of the same instansi and tahun (a second copy of an OPD's workbook): flagged, never merged. */
export function rekapDuplicates(rows: readonly RekapRow[]): { index: number; sama: number }[] {
  const first = new Map<string, number>();
  const out: { index: number; sama: number }[] = [];
  rows.forEach((r, i) => {
    if (r.instansi === null || r.tahun === null) return;
    const key = `${r.instansi.trim().replace(/\s+/g, " ").toLowerCase()}\u0000${r.tahun}`;
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else out.push({ index: i, sama: j });
  });
  return out;
}

export interface RekapTotal {
  pagu: string | null;
  realisasi: string | null;
  /** Σ realisasi / Σ pagu × 100 over every file with a budget (RULES §5), ROUND to 2 decimals. */
  serapan: string | null;
  sasaran: number;
  indikator: number;
  melebihi: number;
  tercapai: number;
  tidakTercapai: number;
  galat: number;
  peringatan: number;
  temuanNaskah: number;
}

/** The total row: exact sums of the printed figures, and the serapan of those sums. */
export function rekapTotal(rows: readonly RekapRow[]): RekapTotal {
  const withBudget = rows.filter((r) => r.pagu !== null && r.realisasi !== null);
  const pagu = withBudget.map((r) => new Decimal(r.pagu!));
  const realisasi = withBudget.map((r) => new Decimal(r.realisasi!));
  const p = withBudget.length > 0 ? jumlah(pagu) : null;
  const sum = (f: (r: RekapRow) => number | null) => rows.reduce((n, r) => n + (f(r) ?? 0), 0);
  return {
    pagu: decimalText(p),
    realisasi: withBudget.length > 0 ? jumlah(realisasi).toString() : null,
    serapan: p !== null && !p.isZero() ? bulatkan(serapan(pagu, realisasi)).toString() : null,
    sasaran: sum((r) => r.sasaran),
    indikator: sum((r) => r.indikator),
    melebihi: sum((r) => r.melebihi),
    tercapai: sum((r) => r.tercapai),
    tidakTercapai: sum((r) => r.tidakTercapai),
    galat: sum((r) => r.galat),
    peringatan: sum((r) => r.peringatan),
    temuanNaskah: sum((r) => r.temuanNaskah),
  };
}

/** One element of `lkip rekap --json` (TABLES.md "Rekap": snake_case, numbers as numbers). */
export interface RekapJson {
  berkas: string;
  instansi: string | null;
  tahun: number | null;
  sasaran: number | null;
  indikator: number | null;
  rata_rata_capaian: number | null;
  melebihi: number | null;
  tercapai: number | null;
  tidak_tercapai: number | null;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  galat: number | null;
  peringatan: number | null;
  temuan_naskah: number | null;
  tabel_tidak_dibuat: number[];
  data_bab3: DataBab3[];
  keterangan: string | null;
}

const asNumber = (s: string | null) => (s === null ? null : Number(s));

export function rekapJson(r: RekapRow): RekapJson {
  return {
    berkas: r.berkas,
    instansi: r.instansi,
    tahun: r.tahun,
    sasaran: r.sasaran,
    indikator: r.indikator,
    rata_rata_capaian: asNumber(r.rataRataCapaian),
    melebihi: r.melebihi,
    tercapai: r.tercapai,
    tidak_tercapai: r.tidakTercapai,
    pagu: asNumber(r.pagu),
    realisasi: asNumber(r.realisasi),
    serapan: asNumber(r.serapan),
    galat: r.galat,
    peringatan: r.peringatan,
    temuan_naskah: r.temuanNaskah,
    tabel_tidak_dibuat: r.tabelTidakDibuat,
    data_bab3: r.dataBab3,
    keterangan: r.keterangan,
  };
}
