/**
 * The catalogue of findings (temuan): every problem the add-in reports, by code, with its severity
 * (tingkat) and the type of its parameters. The code that raises a finding gives only the code, the
 * parameters and the cell; the words are in the dictionaries findings.id.ts (Indonesian, first) and
 * findings.en.ts (English, complete), one text per code (metadata apart from the code that raises,
 * as in hyperformula's error dictionaries).
 *
 * To add a code: add ONE entry to CATALOGUE below — `tingkat` (or a function of the parameters)
 * and the parameter type — then its text in findings.id.ts and findings.en.ts (the compiler asks
 * for both) and sample parameters in test/report/contract/finding-samples.ts.
 *
 * A finding carries its cell as a structured CellRef (0-based); the A1 text ('Data IKU'!G7) is
 * made only at the edges: formatLokasi for the location, findingText for the message.
 */
import { refAddress } from "./address";
import FINDINGS_ID from "./findings.id";
import FINDINGS_EN from "./findings.en";
import type { CellRef } from "./address";

export type { CellRef } from "./address";
import type { SourceName } from "./types";
import type { CoreReason } from "../../core";
import type { ReadFailure } from "./read-failure";

export type Tingkat = "galat" | "peringatan" | "info";

/** The one severity order: galat first, then peringatan, then info. */
export const TINGKAT_ORDER: readonly Tingkat[] = ["galat", "peringatan", "info"];

/** For sort(): by severity only (stable sorts keep the rest of the order). */
export function compareTingkat(a: Tingkat, b: Tingkat): number {
  return TINGKAT_ORDER.indexOf(a) - TINGKAT_ORDER.indexOf(b);
}

export type Lang = "id" | "en";

// ------------------------------------------------------------ parameter vocabulary

/** What a value belongs to. */
export type Milik =
  | { jenis: "indikator"; nama: string }
  | { jenis: "sasaran"; nomor: number }
  /** A program total row. */
  | { jenis: "program"; nama: string }
  | { jenis: "kegiatan"; nama: string }
  | { jenis: "subKegiatan"; nama: string }
  | { jenis: "belanja"; nama: string }
  /** The office as a whole: its whole budget (LKIP_INFO Instansi). */
  | { jenis: "instansi"; nama: string };

/** The leaves of a program: "3 sub kegiatan", "6 kegiatan", "2 kegiatan dan sub kegiatan". */
export interface Rincian {
  jumlah: number;
  jenis: "kegiatan" | "subKegiatan" | "campur";
}

/** How the right value comes about (numbers already in the printed Indonesian form). */
export type Rumus =
  | {
      jenis: "capaian";
      arah: "naik" | "turun";
      target: string;
      realisasi: string;
      hasil: string;
      pembulatan: "ROUND" | "TRUNC";
    }
  | {
      jenis: "serapan";
      /** Sums (Σ) over several lines. */
      sigma: boolean;
      realisasi: string;
      pagu: string;
      hasil: string;
      /** A program's serapan from its leaves. */
      rincian?: Rincian;
      /** A sasaran's serapan from the budget lines linked to it. */
      sasaran?: number;
    }
  | {
      jenis: "efisiensi";
      pagu: string;
      capaian: string;
      /** Capaian counted as 100 % (Batasi Capaian Efisiensi = Ya). */
      capaianDibatasi: boolean;
      realisasi: string;
      hasil: string;
      /** The unbounded value when the ±20 % bound applied. */
      mentah?: string;
    };

/** A value typed as a fraction: "0,6902" = "69,02" %. */
export interface Pecahan {
  tertulis: string;
  persen: string;
}

/** A recognised slip behind a wrong typed value. */
export type Reason =
  | { jenis: "pecahan"; pecahan: Pecahan }
  | { jenis: "pembulatan"; ditulis: "ROUND" | "TRUNC"; dipakai: "ROUND" | "TRUNC" }
  | { jenis: "tanpaBatas"; mentah: string };

export interface BandingParams {
  /** The column as the workbook names it: "Capaian", "Serapan", "Efisiensi". */
  kolom: string;
  milik: Milik;
  tertulis: string;
  hitung: string;
  rumus: Rumus;
  reason: Reason[];
}

export type ReasonLabel =
  | { jenis: "predikat"; capaian: string; label: string; rentang: string }
  | { jenis: "kategori"; capaian: string; label: string; rentang: string; skala: string }
  | { jenis: "bawahSkala"; capaian: string; skala: string };

export interface LabelParams {
  kolom: string;
  milik: Milik;
  tertulis: string;
  benar: string | null;
  reason: ReasonLabel;
}

/**
 * Where a source was looked for: a workbook- or sheet-scoped name, an Excel table, or a block of
 * cells found without a name (its header row read by meaning; `dipilih` when the person chose it,
 * `lkip --sumber`). `ref` is the block's cells.
 */
export type Wadah =
  | { jenis: "nama"; sumber: SourceName; lembar?: string }
  | { jenis: "tabel"; nama: string; lembar: string }
  | { jenis: "blok"; sumber: SourceName; ref: CellRef; dipilih?: boolean };

/** Why a name or table cannot be used as a source. */
export type BukanRentang =
  | { jenis: "konstanta"; teks: string }
  | { jenis: "rumus"; teks: string }
  | { jenis: "gabungan"; teks: string }
  | { jenis: "eksternal"; teks: string }
  | { jenis: "refHilang"; teks: string }
  | { jenis: "lembarTidakAda"; lembar: string }
  | { jenis: "tanpaJudul" };

/** Why a header is not read (KOLOM_DIABAIKAN). */
export type ReasonDiabaikan =
  | { jenis: "tidakDikenal" }
  /** A header of another source's vocabulary ("Program" in LKIP_IKU). */
  | { jenis: "sumberLain"; dipakaiDi: SourceName[] }
  /** A known column for a year the source does not use ("Capaian 2019 (%)" in a 2020 report). */
  | {
      jenis: "tahunLain";
      kolom: string;
      tahun: number;
      tahunLaporan: number;
      /** The report year's column of that kind is missing (Tahun may be wrong). */
      tanpaTahunIni?: boolean;
    }
  /** A column of a lower budget level ("Indikator Program", "Target Kegiatan"), not the source's. */
  | { jenis: "tingkatLain"; kolom: string; tingkat: string };

/** Where the report year came from (TAHUN_DIPAKAI); the cell is the finding's own. */
export type AsalTahun =
  | { jenis: "info" }
  | { jenis: "pilihan" }
  | { jenis: "judul"; judul: string }
  | { jenis: "judulLembar"; teks: string };

/** Why a setting in LKIP_INFO is not valid. */
export type ReasonPengaturan =
  | { jenis: "tahun"; tertulis: string }
  | { jenis: "skala"; tertulis: string }
  | { jenis: "yaTidak"; tertulis: string }
  | { jenis: "triwulan"; tertulis: string }
  | { jenis: "galatExcel"; galat: string }
  /** The core's own reason, e.g. an unknown Pembulatan or Skala. */
  | { jenis: "inti"; inti: CoreReason };

/** A value in a mixed row: "Target 0,75 ('Data IKU'!E3)". */
export interface NilaiCell {
  label: string;
  nilai: string;
  cell: CellRef;
}

export type TidakTeruji =
  | { jenis: "pagu0" }
  | { jenis: "tanpaAnggaranTertaut" }
  | { jenis: "tanpaLkipAnggaran" }
  /** The efisiensi is not computable; `inti` is compute's reason. */
  | { jenis: "efisiensi"; inti: CoreReason };

/**
 * A row left out whose label starts like a printed total ("Jumlah Capaian Realisasi Kinerja"):
 * by RULES §11 that is data, so the message says how to make it a total that is checked.
 */
export interface MiripTotal {
  /** The label as written. */
  teks: string;
  /** The §11 label to write instead. */
  label: "Jumlah" | "Rata-rata";
}

/** Every row problem says whether the row (wajib) or only the value is left out. */
export interface Row {
  wajib: boolean;
  /** Set on the first problem of a left-out row that looks like a printed total. */
  total?: MiripTotal;
}

export { kutip } from "./text";

/** Why a naskah cannot be read: a code, and what the sentence needs. */
export type MasalahNaskah =
  /** Not a Word document nor a PDF; `dikenali` names what it seems to be instead. */
  | { kode: "BUKAN_NASKAH"; dikenali: "doc" | "xlsx" | "zip" | "lain" }
  | { kode: "RUSAK"; format: "docx" | "pdf" }
  | { kode: "DILINDUNGI"; format: "docx" | "pdf" }
  | {
      kode: "TERLALU_BESAR";
      /** Which bound was passed, with its limit (bytes in MB, counts as they are). */
      batas: "ukuran" | "bagian" | "isi" | "paragraf" | "halaman" | "waktu" | "memori";
      nilai: number;
    }
  /** A PDF with no text layer at all: a scan. */
  | { kode: "PDF_TANPA_TEKS"; halaman: number }
  /** A readable document with no text in it. */
  | { kode: "KOSONG"; format: "docx" | "pdf" }
  /** No such file (or it cannot be opened). */
  | { kode: "TIDAK_ADA" };

/** Which figure a number of the naskah is, by its cue word (RULES §15). */
export type AngkaNaskah =
  | "target"
  | "realisasi"
  | "capaian"
  | "capaianRenstra"
  | "targetRenstra"
  | "tahunLalu"
  | "perubahan"
  | "efisiensi"
  | "serapan"
  | "pagu"
  | "realisasiAnggaran";

/** A number of the naskah compared with the workbook's figure. */
export interface AngkaNaskahParams {
  milik: Milik;
  angka: AngkaNaskah;
  /** The year of a `tahunLalu` or `perubahan` figure. */
  tahun?: number;
  tertulis: string;
  hitung: string;
  reason: Reason[];
  /** The written number is another figure of the same subject (the capaian written as Renstra …). */
  lain?: { angka: AngkaNaskah; tahun?: number };
}

// ------------------------------------------------------------ the catalogue

interface Entry<P> {
  tingkat: Tingkat | ((p: P) => Tingkat);
}
/** `P` is the parameters' type: the dictionaries' texts for this code receive exactly that. */
const entry = <P>(e: Entry<P>): Entry<P> => e;

type WajibSumber = "LKIP_IKU" | "LKIP_ANGGARAN";

export const CATALOGUE = {
  // ---- finding the sources (src/excel/read.ts, src/xlsx/read.ts, model/read-model.ts)
  // A missing LKIP_ANGGARAN is only info (issue 21): the IKU tables are still the report.
  SUMBER_TIDAK_ADA: entry<{ sumber: WajibSumber }>({
    tingkat: (p) => (p.sumber === "LKIP_IKU" ? "galat" : "info"),
  }),
  SUMBER_BUKAN_RENTANG: entry<{
    wadah: Wadah;
    sumber: SourceName;
    reason: BukanRentang;
    /** What is used instead, when another candidate was usable (then only a warning). */
    dipakai?: Wadah;
  }>({ tingkat: (p) => (p.dipakai ? "peringatan" : "galat") }),
  SUMBER_GANDA: entry<{ sumber: SourceName; ditemukan: Wadah[]; dipakai: Wadah }>({
    tingkat: "peringatan",
  }),
  SUMBER_TERLALU_BESAR: entry<{ sumber: SourceName }>({ tingkat: "galat" }),
  // A source with no name or table, read from a block found by its headers (model/unnamed.ts).
  SUMBER_DITEMUKAN: entry<{
    sumber: SourceName;
    blok: CellRef;
    /** The columns its header row was read as (WORKBOOK names). */
    kolom: string[];
    /** The person chose it (`lkip --sumber`). */
    dipilih?: boolean;
  }>({ tingkat: "info" }),
  // Several blocks read equally well as that source: none is guessed, the person chooses.
  SUMBER_CALON: entry<{ sumber: SourceName; calon: CellRef[] }>({ tingkat: "peringatan" }),
  SUMBER_KOSONG: entry<{
    sumber: "LKIP_IKU" | "LKIP_ANGGARAN" | "LKIP_BELANJA" | "LKIP_TRIWULAN";
  }>({ tingkat: "galat" }),
  // Rows typed just outside a fixed named range (WORKBOOK.md "Rows that are not data"; model/outside.ts).
  BARIS_DI_LUAR_RENTANG: entry<{
    sumber: SourceName;
    /** Non-empty rows directly below, and headed columns directly right. */
    bawah: number;
    kanan: number;
  }>({ tingkat: "peringatan" }),
  RUMUS_TANPA_HASIL: entry<{ rumus: string }>({ tingkat: "galat" }),
  SEL_TANGGAL: entry<{ serial: number }>({ tingkat: "peringatan" }),
  BERKAS_TIDAK_TERBACA: entry<{ berkas: string; gagal: ReadFailure }>({ tingkat: "galat" }),
  // ---- headers and settings (model/columns.ts, model/settings.ts)
  KOLOM_GANDA: entry<{ sumber: SourceName; judul: string; judulPertama: string; pertama: CellRef }>(
    { tingkat: "galat" }
  ),
  KOLOM_TIDAK_ADA: entry<{
    sumber: SourceName;
    kolom: string;
    /** Headers that would do, the report year filled in. */
    judul: string[];
    /** Target/Realisasi of LKIP_IKU: a year in the header must be the report year. */
    tahun?: number;
    /** Realisasi columns read as earlier years (the Tahun setting may be wrong). */
    tahunLalu?: number[];
    /** Headers of the sheet that could be it (WORKBOOK "Headers by meaning"), to choose from. */
    calon?: string[];
  }>({ tingkat: "galat" }),
  // A header the source does not read (WORKBOOK.md: unknown columns are ignored, never silently).
  KOLOM_DIABAIKAN: entry<{ sumber: SourceName; judul: string; reason: ReasonDiabaikan }>({
    tingkat: "info",
  }),
  // A header read by its head word or by the user's choice (WORKBOOK "Headers by meaning").
  KOLOM_DIBACA: entry<{ sumber: SourceName; judul: string; kolom: string; dipilih?: boolean }>({
    tingkat: "info",
  }),
  // The report year is said, never guessed (issue 21): where it came from, or that nobody gave it.
  TAHUN_DIPAKAI: entry<{ tahun: number; asal: AsalTahun }>({ tingkat: "info" }),
  TAHUN_TIDAK_ADA: entry<Record<string, never>>({ tingkat: "galat" }),
  PENGATURAN_GANDA: entry<{ kunci: string; dipakai: CellRef }>({ tingkat: "galat" }),
  PENGATURAN_TIDAK_SAH: entry<{ kunci: string; reason: ReasonPengaturan; bawaan: string | null }>({
    tingkat: "galat",
  }),
  // ---- rows (model/row-reader.ts, iku.ts, anggaran.ts, belanja.ts)
  GALAT_EXCEL: entry<Row & { kolom: string; galat: string }>({ tingkat: "galat" }),
  SEL_KOSONG: entry<Row & { kolom: string }>({ tingkat: "galat" }),
  BUKAN_ANGKA: entry<
    Row & {
      kolom: string;
      tertulis: string;
      /** Why the core does not read it as a number. */
      inti: CoreReason;
      /** "< 30" or "≥ 95": the number with its direction written in front. */
      batas?: string;
    }
  >({ tingkat: "galat" }),
  INDIKATOR_TIDAK_COCOK: entry<Row & { tertulis: string; sasaran: number }>({ tingkat: "galat" }),
  BOBOT_NEGATIF: entry<Row>({ tingkat: "galat" }),
  ARAH_TIDAK_DIKENAL: entry<Row & { tertulis: string; inti: CoreReason }>({ tingkat: "galat" }),
  TARGET_NOL: entry<Row>({ tingkat: "galat" }),
  TARGET_NEGATIF: entry<Row & { inti: CoreReason }>({ tingkat: "galat" }),
  // ---- issue 14: RULES §0 (numbers), §4 (negatives), §12 (merged cells), §6 (all Bobot 0)
  CAPAIAN_TAK_HINGGA: entry<Row & { inti: CoreReason }>({ tingkat: "galat" }),
  TITIK_RIBUAN: entry<{ kolom: string; tertulis: string; dibaca: string }>({ tingkat: "info" }),
  SEL_GABUNG_PER_BARIS: entry<{ kolom: string; row: number }>({ tingkat: "info" }),
  SEL_GABUNG_UANG: entry<{ kolom: string; row: number }>({ tingkat: "peringatan" }),
  BOBOT_SEMUA_NOL: entry<Record<string, never>>({ tingkat: "peringatan" }),
  // ---- issue 22: layouts as printed (WORKBOOK "Layouts as printed", RULES §10 scores)
  SKOR_DIBACA: entry<{
    target: string;
    realisasi: string;
    skorTarget: string;
    skorRealisasi: string;
    realisasiDi: CellRef;
  }>({ tingkat: "info" }),
  BARIS_PITA: entry<{ jenis: "tujuan" | "sasaran" | "program"; teks: string }>({
    tingkat: "info",
  }),
  KOLOM_KELOMPOK: entry<{ sumber: SourceName; judul: string; kelompok: string; dibaca: string }>({
    tingkat: "info",
  }),
  SASARAN_DIANGGAP: entry<{ teks: string; dari: CellRef }>({ tingkat: "info" }),
  // ---- issue 21/22: merges read by the pane too; a sasaran row with no indicator is never silent
  /** Excel gave no merged areas: ExcelApi 1.13 missing ("versi") or the request refused ("gagal"). */
  SEL_GABUNG_TIDAK_DIBACA: entry<{ reason: "versi" | "gagal" }>({ tingkat: "info" }),
  /**
   * A sasaran with no indicator row of its own: a peringatan (it gets no capaian in any table),
   * an info when the row lies under an Indikator cell merged from the row above (`indikator`: that
   * cell), whose one indicator is listed once, under the sasaran of its top row.
   */
  SASARAN_TANPA_INDIKATOR: entry<{ teks: string; indikator?: CellRef }>({
    tingkat: (p) => (p.indikator ? "info" : "peringatan"),
  }),
  SASARAN_TIDAK_COCOK: entry<Row & { teks: string; terbawaDari?: CellRef; jumlah: number }>({
    tingkat: "galat",
  }),
  // ---- the checker: typed-by-hand values (periksa/tertulis.ts, iku.ts, anggaran.ts)
  CAPAIAN_BEDA: entry<BandingParams>({ tingkat: "galat" }),
  SERAPAN_BEDA: entry<BandingParams>({ tingkat: "galat" }),
  EFISIENSI_BEDA: entry<BandingParams>({ tingkat: "galat" }),
  PREDIKAT_BEDA: entry<LabelParams>({ tingkat: "galat" }),
  KATEGORI_BEDA: entry<LabelParams>({ tingkat: "galat" }),
  DITULIS_PECAHAN: entry<{ kolom: string; milik: Milik; pecahan: Pecahan; hitung: string }>({
    tingkat: "info",
  }),
  TERTULIS_GALAT_EXCEL: entry<{ kolom: string; galat: string }>({ tingkat: "peringatan" }),
  TERTULIS_BUKAN_ANGKA: entry<{ kolom: string; tertulis: string; inti: CoreReason }>({
    tingkat: "peringatan",
  }),
  TERTULIS_TIDAK_TERUJI: entry<{ kolom: string; milik: Milik; reason: TidakTeruji }>({
    tingkat: "info",
  }),
  // ---- the checker: LKIP_IKU (periksa/iku.ts)
  EFISIENSI_DIBATASI: entry<{ sasaran: number; mentah: string; nilai: string }>({
    tingkat: "info",
  }),
  SASARAN_TANPA_ANGGARAN: entry<{ nomor: number; teks: string }>({ tingkat: "info" }),
  ARAH_MUNGKIN_TURUN: entry<{ nama: string; namaCell: CellRef; frasa: string; arahCell?: CellRef }>(
    {
      tingkat: "peringatan",
    }
  ),
  CAMPUR_PECAHAN_PERSEN: entry<{
    nama: string;
    pecahan: NilaiCell[];
    poin: NilaiCell[];
    contoh: Pecahan;
  }>({ tingkat: "peringatan" }),
  INDIKATOR_GANDA: entry<{
    nama: string;
    pertama: CellRef;
    sasaran: number;
    sasaranPertama: number;
  }>({ tingkat: (p) => (p.sasaran === p.sasaranPertama ? "galat" : "peringatan") }),
  // ---- printed totals inside the ranges (RULES §11; periksa/totals.ts)
  TOTAL_TERTULIS: entry<{ label: string; row: string; jumlahRow: number }>({ tingkat: "info" }),
  TOTAL_TERTULIS_BEDA: entry<{
    kolom: string;
    label: string;
    row: string;
    tertulis: string;
    hitung: string;
    /** What `hitung` is of the rows it stands for: their sum, their mean, or Σ realisasi / Σ pagu. */
    wakil: "jumlah" | "rata" | "serapan";
    /** The tables print `hitung` too (a grand total or the Rata-rata row); a sum of capaian, never. */
    diTabel: boolean;
    /** Rows in its span left out for problems: then it cannot be judged yet. */
    leftOut: string[];
  }>({ tingkat: (p) => (p.leftOut.length > 0 ? "peringatan" : "galat") }),
  TOTAL_TANPA_MAKNA: entry<{ label: string; row: string }>({ tingkat: "peringatan" }),
  MUNGKIN_TOTAL: entry<{
    nama: string;
    row: string;
    pagu: string;
    realisasi: string;
    jumlahRow: number;
    dari: string;
    /** atas: the lines above it; bawah: the sub kegiatan under a kegiatan line. */
    arah: "atas" | "bawah";
  }>({ tingkat: "peringatan" }),
  TOTAL_PROGRAM_BELUM_TERUJI: entry<{
    kolom: "Pagu" | "Realisasi";
    program: string;
    tertulis: string;
    jumlah: string;
    leftOut: string[];
  }>({ tingkat: "peringatan" }),
  // ---- issue 12: honest figures (periksa/iku.ts, periksa/tertulis.ts)
  CAPAIAN_SANGAT_TINGGI: entry<{
    nama: string;
    capaian: string;
    batas: string;
    target: string;
    realisasi: string;
    realisasiCell: CellRef;
  }>({ tingkat: "peringatan" }),
  DITULIS_KURANG_DESIMAL: entry<{
    kolom: string;
    milik: Milik;
    tertulis: string;
    hitung: string;
    desimal: number;
  }>({ tingkat: "info" }),
  KUALITATIF_BEDA: entry<{
    kolom: "Capaian" | "Predikat";
    nama: string;
    tertulis: string;
    target: string;
    realisasi: string;
    skala: string | null;
    predikat: string;
  }>({ tingkat: "galat" }),
  // ---- the checker: LKIP_ANGGARAN and LKIP_BELANJA (periksa/anggaran.ts)
  TOTAL_PROGRAM_BEDA: entry<{
    kolom: "Pagu" | "Realisasi";
    program: string;
    tertulis: string;
    jumlah: string;
    rincian: Rincian;
    /** A neighbouring program whose figure this is (a copy slip). */
    mirip?: { program: string; cell: CellRef };
  }>({ tingkat: "galat" }),
  REALISASI_LEBIH_PAGU: entry<{
    milik: Milik;
    realisasi: string;
    pagu: string;
    paguCell: CellRef;
    serapan?: string;
  }>({ tingkat: "peringatan" }),
  ANGGARAN_NEGATIF: entry<{ kolom: "Pagu" | "Realisasi"; milik: Milik; nilai: string }>({
    tingkat: "galat",
  }),
  ANGGARAN_GANDA: entry<{ milik: Milik; program: string; pertama: CellRef }>({
    tingkat: "peringatan",
  }),
  // ---- the naskah, the report's own text (periksa/naskah, RULES §15)
  NASKAH_TIDAK_TERBACA: entry<{ berkas: string; masalah: MasalahNaskah }>({ tingkat: "galat" }),
  NASKAH_ANGKA_BEDA: entry<AngkaNaskahParams>({ tingkat: "galat" }),
  NASKAH_ANGKA_DIBULATKAN: entry<{
    milik: Milik;
    angka: AngkaNaskah;
    tahun?: number;
    tertulis: string;
    hitung: string;
    desimal: number;
  }>({ tingkat: "info" }),
  NASKAH_REALISASI_SEBAGAI_CAPAIAN: entry<{ milik: Milik; tertulis: string; capaian: string }>({
    tingkat: "info",
  }),
  NASKAH_HITUNGAN_SALAH: entry<{ rumus: string; tertulis: string; hitung: string }>({
    tingkat: "galat",
  }),
  // ---- quarterly progress (RULES §14; model/triwulan.ts, periksa/triwulan.ts)
  JENIS_KOSONG: entry<{ nama: string }>({ tingkat: "info" }),
  JENIS_TIDAK_DIKENAL: entry<Row & { tertulis: string }>({ tingkat: "galat" }),
  TRIWULAN_TANPA_IKU: entry<{ nama: string }>({ tingkat: "info" }),
  TRIWULAN_BEDA_IKU: entry<{
    nama: string;
    iku: CellRef;
    nilaiIku: string;
    sdTw4: string;
    jenis: string;
  }>({ tingkat: "peringatan" }),
  KUMULATIF_BERJALAN: entry<{ nama: string; jumlah: string; akhir: string }>({
    tingkat: "peringatan",
  }),
};

// ------------------------------------------------------------ findings

type Catalogue = typeof CATALOGUE;
export type FindingCode = keyof Catalogue;
export type FindingParams<K extends FindingCode> = Catalogue[K] extends Entry<infer P> ? P : never;

export const FINDING_CODES = Object.keys(CATALOGUE) as FindingCode[];

interface FindingOf<K extends FindingCode> {
  kode: K;
  tingkat: Tingkat;
  /** The source it is about, when there is one. */
  sumber?: SourceName;
  /** Its cell or range; absent when there is none (e.g. a missing source). */
  cell?: CellRef;
  /** A finding of the naskah (RULES §15): its file, paragraph (1-based) and the quoted sentence or table row. */
  naskah?: NaskahAddress;
  param: FindingParams<K>;
  /** The value as written in the workbook, and the right (computed) value, as text. */
  nilaiTertulis?: string;
  nilaiHitung?: string;
}

/** One finding, of reading or of the checker (Pemeriksaan); words only through findingText. */
export type Finding = { [K in FindingCode]: FindingOf<K> }[FindingCode];

/** Where in a naskah: "{file} ¶{paragraf}", with the sentence (or table row) quoted. */
export interface NaskahAddress {
  file: string;
  paragraf: number;
  kutipan: string;
}

export interface Where {
  sumber?: SourceName;
  cell?: CellRef;
  naskah?: NaskahAddress;
  tertulis?: string;
  hitung?: string;
}

/** Make a finding; its tingkat comes from the catalogue. */
export function temuan<K extends FindingCode>(
  kode: K,
  param: FindingParams<K>,
  where: Where = {}
): Finding {
  const e = CATALOGUE[kode] as Entry<FindingParams<K>>;
  const f: FindingOf<K> = {
    kode,
    tingkat: typeof e.tingkat === "function" ? e.tingkat(param) : e.tingkat,
    param,
  };
  if (where.sumber !== undefined) f.sumber = where.sumber;
  if (where.cell !== undefined) f.cell = where.cell;
  if (where.naskah !== undefined) f.naskah = where.naskah;
  if (where.tertulis !== undefined) f.nilaiTertulis = where.tertulis;
  if (where.hitung !== undefined) f.nilaiHitung = where.hitung;
  return f as Finding;
}

/** The finding's cell as A1 text ('Data IKU'!G7), or "" when it has none. */
export function formatAddress(f: Finding): string {
  if (f.naskah) return `${f.naskah.file} ¶${f.naskah.paragraf}`;
  return f.cell ? refAddress(f.cell) : "";
}

/** The words of every code in one language: a text from the parameters and the cell (A1 text). */
export type FindingWords = {
  [K in FindingCode]: (p: FindingParams<K>, at: string) => string;
};

const FINDING_WORDS: Record<Lang, FindingWords> = { id: FINDINGS_ID, en: FINDINGS_EN };

/** The finding's message in the UI language (Indonesian by default). */
export function findingText(f: Finding, lang: Lang = "id"): string {
  const text = FINDING_WORDS[lang][f.kode] as (p: unknown, at: string) => string;
  return text(f.param, formatAddress(f));
}

/** Galat first, then peringatan, then info; stable within a severity. */
export function sortByTingkat(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => compareTingkat(a.f.tingkat, b.f.tingkat) || a.i - b.i)
    .map((x) => x.f);
}
