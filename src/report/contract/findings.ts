/**
 * The catalogue of findings (temuan): every problem the add-in reports, by code. For each code its
 * severity (tingkat) and its message in Indonesian and English, built from typed parameters. The
 * code that raises a finding gives only the code, the parameters and the cell; the words live here
 * (metadata apart from the code that raises, as in hyperformula's error dictionaries).
 *
 * To add a code: add ONE entry to CATALOGUE below — `tingkat` (or a function of the parameters),
 * `id` and `en` builders with the parameter type written on them. FindingCode, FindingParams and
 * the checks in test/report/contract/findings.test.ts (add sample parameters there) follow.
 *
 * A finding carries its cell as a structured CellRef (0-based); the A1 text ('Data IKU'!G7) is
 * made only at the edges: formatLokasi for the location, findingText for the message.
 */
import { refAddress } from "./address";
import { capitalise } from "./text";
import { coreMessageEn } from "./core-messages";
import type { CellRef } from "./address";

export type { CellRef } from "./address";
import type { SourceName } from "./types";

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
  | { jenis: "belanja"; nama: string };

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
export type Kenapa =
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
  kenapa: Kenapa[];
}

export type AlasanLabel =
  | { jenis: "predikat"; capaian: string; label: string; rentang: string }
  | { jenis: "kategori"; capaian: string; label: string; rentang: string; skala: string }
  | { jenis: "bawahSkala"; capaian: string; skala: string };

export interface LabelParams {
  kolom: string;
  milik: Milik;
  tertulis: string;
  benar: string | null;
  alasan: AlasanLabel;
}

/** Where a source was looked for: a workbook- or sheet-scoped name, or an Excel table. */
export type Wadah =
  | { jenis: "nama"; sumber: SourceName; lembar?: string }
  | { jenis: "tabel"; nama: string; lembar: string };

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
export type SebabDiabaikan =
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

/** Why a setting in LKIP_INFO is not valid. */
export type AlasanPengaturan =
  | { jenis: "tahun"; tertulis: string }
  | { jenis: "skala"; tertulis: string }
  | { jenis: "yaTidak"; tertulis: string }
  | { jenis: "triwulan"; tertulis: string }
  | { jenis: "galatExcel"; galat: string }
  /** The core's own (Indonesian) message, e.g. an unknown Pembulatan (English: core-messages.ts). */
  | { jenis: "inti"; pesan: string };

/** A value in a mixed row: "Target 0,75 ('Data IKU'!E3)". */
export interface NilaiSel {
  label: string;
  nilai: string;
  sel: CellRef;
}

export type TidakTeruji =
  | { jenis: "pagu0" }
  | { jenis: "tanpaAnggaranTertaut" }
  | { jenis: "tanpaLkipAnggaran" }
  /** The efisiensi is not computable; `teks` is compute's reason (Indonesian; English: core-messages.ts). */
  | { jenis: "efisiensi"; teks: string };

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
interface Baris {
  wajib: boolean;
  /** Set on the first problem of a left-out row that looks like a printed total. */
  total?: MiripTotal;
}

// ------------------------------------------------------------ phrase helpers

const A = refAddress;

/** A name quoted for messages, shortened when very long. */
export function kutip(s: string, max = 80): string {
  const t = s.trim().replace(/\s+/g, " ");
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

// Each message ends its sentence right after these (`; ${BARIS_ID(p)}.`), so the total hint is
// a sentence of its own before that full stop.
const BARIS_ID = (p: Baris) =>
  (p.wajib
    ? "sampai diperbaiki, baris ini tidak dimasukkan ke tabel"
    : "sampai diperbaiki, nilai ini tidak dipakai (baris lainnya tetap dipakai)") +
  (p.total
    ? `. Bila baris ini baris ${p.total.label.toLowerCase()} yang tercetak di laporan (${kutip(p.total.teks)}), tulis "${p.total.label}" sebagai satu-satunya teks di baris itu (src/core/README.md §11): baris itu lalu dikenali sebagai baris total, tidak dibaca sebagai data, dan angkanya diperiksa`
    : "");
const BARIS_EN = (p: Baris) =>
  (p.wajib
    ? "until it is fixed, this row is left out of the tables"
    : "until it is fixed, this value is not used (the rest of the row is)") +
  (p.total
    ? `. If this row is the report's printed ${p.total.label === "Jumlah" ? "total" : "average"} (${kutip(p.total.teks)}), write "${p.total.label}" as the only text on that row (src/core/README.md §11): it is then recognised as a total row, not read as data, and its figures are checked`
    : "");

const milikId = (m: Milik): string => {
  switch (m.jenis) {
    case "indikator":
      return `indikator ${kutip(m.nama)}`;
    case "sasaran":
      return `sasaran ${m.nomor}`;
    case "program":
      return `program ${kutip(m.nama)} (baris total)`;
    case "kegiatan":
      return `kegiatan ${kutip(m.nama)}`;
    case "subKegiatan":
      return `sub kegiatan ${kutip(m.nama)}`;
    case "belanja":
      return `belanja ${kutip(m.nama)}`;
  }
};
const milikEn = (m: Milik): string => {
  switch (m.jenis) {
    case "indikator":
      return `indicator ${kutip(m.nama)}`;
    case "sasaran":
      return `objective (sasaran) ${m.nomor}`;
    case "program":
      return `program ${kutip(m.nama)} (total row)`;
    case "kegiatan":
      return `activity ${kutip(m.nama)}`;
    case "subKegiatan":
      return `sub-activity ${kutip(m.nama)}`;
    case "belanja":
      return `spending ${kutip(m.nama)}`;
  }
};

const rincianId = (r: Rincian) =>
  `${r.jumlah} ${r.jenis === "campur" ? "kegiatan dan sub kegiatan" : r.jenis === "subKegiatan" ? "sub kegiatan" : "kegiatan"}`;
const rincianEn = (r: Rincian) =>
  `${r.jumlah} ${r.jenis === "campur" ? "activities and sub-activities" : r.jenis === "subKegiatan" ? "sub-activities" : "activities"}`;

const NAMA_PEMBULATAN_ID = { ROUND: "dibulatkan (ROUND)", TRUNC: "dipotong (TRUNC)" } as const;
const NAMA_PEMBULATAN_EN = { ROUND: "rounded (ROUND)", TRUNC: "truncated (TRUNC)" } as const;

function rumusId(r: Rumus): string {
  switch (r.jenis) {
    case "capaian": {
      const f =
        r.arah === "turun"
          ? `(2 × Target ${r.target} − Realisasi ${r.realisasi}) / Target ${r.target} × 100 (arah turun)`
          : `Realisasi ${r.realisasi} / Target ${r.target} × 100`;
      return `capaiannya ${f} = ${r.hasil} (2 desimal, pembulatan ${r.pembulatan})`;
    }
    case "serapan": {
      const s = r.sigma ? "Σ " : "";
      const asal = r.rincian
        ? ` (jumlah ${rincianId(r.rincian)}nya)`
        : r.sasaran !== undefined
          ? ` (anggaran yang tertaut ke sasaran ${r.sasaran})`
          : "";
      return `serapannya ${s}Realisasi ${r.realisasi} / ${s}Pagu ${r.pagu} × 100 = ${r.hasil}${asal}`;
    }
    case "efisiensi": {
      const c = `${r.capaian} %${r.capaianDibatasi ? " (dihitung 100 %, Batasi Capaian Efisiensi = Ya)" : ""}`;
      const h =
        r.mentah !== undefined ? `${r.mentah}, dibatasi menjadi ${r.hasil} (batas ±20 %)` : r.hasil;
      return `menurut PMK 214/PMK.02/2017 E = (Pagu × Capaian − Realisasi) / (Pagu × Capaian) × 100 dengan Pagu ${r.pagu}, Capaian ${c}, Realisasi ${r.realisasi}, yaitu ${h}`;
    }
  }
}
function rumusEn(r: Rumus): string {
  switch (r.jenis) {
    case "capaian": {
      const f =
        r.arah === "turun"
          ? `(2 × Target ${r.target} − Realisasi ${r.realisasi}) / Target ${r.target} × 100 (lower is better)`
          : `Realisasi ${r.realisasi} / Target ${r.target} × 100`;
      return `its capaian is ${f} = ${r.hasil} (2 decimals, ${r.pembulatan})`;
    }
    case "serapan": {
      const s = r.sigma ? "Σ " : "";
      const asal = r.rincian
        ? ` (the sum of its ${rincianEn(r.rincian)})`
        : r.sasaran !== undefined
          ? ` (the budget lines linked to objective ${r.sasaran})`
          : "";
      return `its serapan is ${s}Realisasi ${r.realisasi} / ${s}Pagu ${r.pagu} × 100 = ${r.hasil}${asal}`;
    }
    case "efisiensi": {
      const c = `${r.capaian} %${r.capaianDibatasi ? " (counted as 100 %, Batasi Capaian Efisiensi = Ya)" : ""}`;
      const h =
        r.mentah !== undefined ? `${r.mentah}, bounded to ${r.hasil} (bound ±20 %)` : r.hasil;
      return `by PMK 214/PMK.02/2017 E = (Pagu × Capaian − Realisasi) / (Pagu × Capaian) × 100 with Pagu ${r.pagu}, Capaian ${c}, Realisasi ${r.realisasi}, that is ${h}`;
    }
  }
}

function kenapaId(k: Kenapa): string {
  switch (k.jenis) {
    case "pecahan":
      return `angka itu tampaknya ditulis sebagai pecahan (${k.pecahan.tertulis} = ${k.pecahan.persen} %)`;
    case "pembulatan":
      return `angka itu ${NAMA_PEMBULATAN_ID[k.ditulis]}, sedangkan buku kerja ini memakai angka yang ${NAMA_PEMBULATAN_ID[k.dipakai]}; aturannya di LKIP_INFO, baris Pembulatan`;
    case "tanpaBatas":
      return `batas ±20 % belum diterapkan (nilai tanpa batas ${k.mentah})`;
  }
}
function kenapaEn(k: Kenapa): string {
  switch (k.jenis) {
    case "pecahan":
      return `the figure seems to be written as a fraction (${k.pecahan.tertulis} = ${k.pecahan.persen} %)`;
    case "pembulatan":
      return `the figure is ${NAMA_PEMBULATAN_EN[k.ditulis]}, while this workbook uses ${NAMA_PEMBULATAN_EN[k.dipakai]} figures; the rule is in LKIP_INFO, row Pembulatan`;
    case "tanpaBatas":
      return `the ±20 % bound was not applied (unbounded value ${k.mentah})`;
  }
}
const kenapaList = (ks: Kenapa[], f: (k: Kenapa) => string, and: string) =>
  ks.length > 0 ? ` ${capitalise(ks.map(f).join(and))}.` : "";

function alasanLabelId(a: AlasanLabel): string {
  switch (a.jenis) {
    case "predikat":
      return `capaian ${a.capaian} masuk predikat "${a.label}" (${a.rentang})`;
    case "kategori":
      return `capaian ${a.capaian} termasuk kategori "${a.label}" (rentang ${a.rentang}, skala ${a.skala})`;
    case "bawahSkala":
      return `capaian ${a.capaian} berada di bawah batas terendah skala ${a.skala}, sehingga tidak berkategori`;
  }
}
function alasanLabelEn(a: AlasanLabel): string {
  switch (a.jenis) {
    case "predikat":
      return `capaian ${a.capaian} falls in predikat "${a.label}" (${a.rentang})`;
    case "kategori":
      return `capaian ${a.capaian} falls in category "${a.label}" (band ${a.rentang}, scale ${a.skala})`;
    case "bawahSkala":
      return `capaian ${a.capaian} is below the lowest band of scale ${a.skala}, so it has no category`;
  }
}

function wadahId(w: Wadah): string {
  if (w.jenis === "tabel") return `tabel ${w.nama} di lembar ${quote(w.lembar)}`;
  return w.lembar === undefined
    ? `nama ${w.sumber} (berlaku di seluruh buku kerja)`
    : `nama ${w.sumber} (khusus lembar ${quote(w.lembar)})`;
}
function wadahEn(w: Wadah): string {
  if (w.jenis === "tabel") return `table ${w.nama} on sheet ${quote(w.lembar)}`;
  return w.lembar === undefined
    ? `name ${w.sumber} (workbook scope)`
    : `name ${w.sumber} (scope: sheet ${quote(w.lembar)})`;
}
const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function alasanPengaturanId(a: AlasanPengaturan): string {
  switch (a.jenis) {
    case "tahun":
      return `"${a.tertulis}" bukan tahun; isi tahun laporan empat angka, misalnya 2024`;
    case "skala":
      return `"${a.tertulis}" tidak dikenal; isi kategori atau permendagri86`;
    case "yaTidak":
      return `"${a.tertulis}" tidak dikenal; isi Ya atau Tidak`;
    case "triwulan":
      return `"${a.tertulis}" bukan triwulan; isi 1, 2, 3 atau 4 (atau I–IV)`;
    case "galatExcel":
      return `sel berisi galat ${a.galat}`;
    case "inti":
      return a.pesan;
  }
}
function alasanPengaturanEn(a: AlasanPengaturan): string {
  switch (a.jenis) {
    case "tahun":
      return `"${a.tertulis}" is not a year; write the report year as four digits, e.g. 2024`;
    case "skala":
      return `"${a.tertulis}" is not known; write kategori or permendagri86`;
    case "yaTidak":
      return `"${a.tertulis}" is not known; write "Ya" (yes) or "Tidak" (no)`;
    case "triwulan":
      return `"${a.tertulis}" is not a quarter; write 1, 2, 3 or 4 (or I–IV)`;
    case "galatExcel":
      return `the cell holds the error ${a.galat}`;
    case "inti":
      return coreMessageEn(a.pesan) ?? "the value is not valid";
  }
}

const daftarNilai = (xs: NilaiSel[]) =>
  xs.map((n) => `${n.label} ${n.nilai} (${A(n.sel)})`).join(", ");

// ------------------------------------------------------------ the catalogue

interface Entry<P> {
  tingkat: Tingkat | ((p: P) => Tingkat);
  /** `at` is the finding's own cell as A1 text ("" when it has none). */
  id: (p: P, at: string) => string;
  en: (p: P, at: string) => string;
}
const entry = <P>(e: Entry<P>): Entry<P> => e;

type WajibSumber = "LKIP_IKU" | "LKIP_ANGGARAN";

export const CATALOGUE = {
  // ---- finding the sources (src/excel/read.ts, src/xlsx/read.ts, model/read-model.ts)
  SUMBER_TIDAK_ADA: entry<{ sumber: WajibSumber }>({
    tingkat: "galat",
    id: (p) =>
      p.sumber === "LKIP_IKU"
        ? "LKIP_IKU (satu baris per indikator: Sasaran, Indikator, Target, Realisasi) tidak ditemukan. Buat rentang bernama atau tabel Excel bernama LKIP_IKU yang mencakup baris judul dan datanya."
        : "LKIP_ANGGARAN (satu baris per program/kegiatan: Sasaran, Program, Pagu, Realisasi) tidak ditemukan; tabel anggaran tidak dibuat. Buat rentang bernama atau tabel Excel bernama LKIP_ANGGARAN yang mencakup baris judul dan datanya.",
    en: (p) =>
      p.sumber === "LKIP_IKU"
        ? "LKIP_IKU (one row per indicator: Sasaran, Indikator, Target, Realisasi) was not found. Create a named range or an Excel table called LKIP_IKU covering the header row and the data."
        : "LKIP_ANGGARAN (one row per program/activity: Sasaran, Program, Pagu, Realisasi) was not found; the budget tables are not made. Create a named range or an Excel table called LKIP_ANGGARAN covering the header row and the data.",
  }),
  SUMBER_BUKAN_RENTANG: entry<{
    wadah: Wadah;
    sumber: SourceName;
    sebab: BukanRentang;
    /** What is used instead, when another candidate was usable (then only a warning). */
    dipakai?: Wadah;
  }>({
    tingkat: (p) => (p.dipakai ? "peringatan" : "galat"),
    id: (p) => {
      const w = capitalise(wadahId(p.wadah));
      const fix = `Atur ulang ${p.sumber} di Formulas › Name Manager (Rumus › Pengelola Nama) agar merujuk ke rentang data beserta baris judulnya, misalnya 'Data IKU'!$A$1:$N$4, atau jadikan datanya Tabel Excel bernama ${p.sumber}.`;
      const s = p.sebab;
      let why: string;
      switch (s.jenis) {
        case "tanpaJudul":
          why = `${w} tidak punya baris judul (Header Row dimatikan), jadi kolomnya tidak dapat dikenali. Nyalakan Header Row di Table Design (Desain Tabel).`;
          break;
        case "konstanta":
          why = `${w} berisi nilai tetap (${s.teks || "bukan alamat sel"}), bukan rentang sel. ${fix}`;
          break;
        case "rumus":
          why = `${w} berisi rumus (${s.teks}), bukan rentang sel tetap; rumus pada nama tidak dihitung saat berkas dibaca di luar Excel. ${fix}`;
          break;
        case "gabungan":
          why = `${w} merujuk ke beberapa rentang sekaligus (${s.teks}); sumber data harus satu rentang persegi. ${fix}`;
          break;
        case "eksternal":
          why = `${w} merujuk ke buku kerja lain (${s.teks}). Salin datanya ke buku kerja ini. ${fix}`;
          break;
        case "refHilang":
          why = `${w} merujuk ke sel yang sudah dihapus (${s.teks}). ${fix}`;
          break;
        case "lembarTidakAda":
          why = `${w} merujuk ke lembar ${quote(s.lembar)} yang tidak ada di buku kerja ini. ${fix}`;
          break;
      }
      return p.dipakai ? `${why} (Yang dipakai: ${wadahId(p.dipakai)}.)` : why;
    },
    en: (p) => {
      const w = capitalise(wadahEn(p.wadah));
      const fix = `Redefine ${p.sumber} in Formulas › Name Manager so that it refers to the data range with its header row, e.g. 'Data IKU'!$A$1:$N$4, or make the data an Excel table called ${p.sumber}.`;
      const s = p.sebab;
      let why: string;
      switch (s.jenis) {
        case "tanpaJudul":
          why = `${w} has no header row (Header Row is off), so its columns cannot be recognised. Turn Header Row on in Table Design.`;
          break;
        case "konstanta":
          why = `${w} holds a constant (${s.teks || "not a cell address"}), not a range of cells. ${fix}`;
          break;
        case "rumus":
          why = `${w} holds a formula (${s.teks}), not a fixed range; formulas in names are not evaluated when the file is read outside Excel. ${fix}`;
          break;
        case "gabungan":
          why = `${w} refers to several ranges at once (${s.teks}); a source must be one rectangular range. ${fix}`;
          break;
        case "eksternal":
          why = `${w} refers to another workbook (${s.teks}). Copy the data into this workbook. ${fix}`;
          break;
        case "refHilang":
          why = `${w} refers to cells that were deleted (${s.teks}). ${fix}`;
          break;
        case "lembarTidakAda":
          why = `${w} refers to sheet ${quote(s.lembar)}, which is not in this workbook. ${fix}`;
          break;
      }
      return p.dipakai ? `${why} (Used instead: ${wadahEn(p.dipakai)}.)` : why;
    },
  }),
  SUMBER_GANDA: entry<{ sumber: SourceName; ditemukan: Wadah[]; dipakai: Wadah }>({
    tingkat: "peringatan",
    id: (p) =>
      `${p.sumber} ditemukan lebih dari sekali: ${p.ditemukan.map(wadahId).join("; ")}. Yang dipakai: ${wadahId(p.dipakai)}. Hapus yang lain agar tidak tertukar.`,
    en: (p) =>
      `${p.sumber} was found more than once: ${p.ditemukan.map(wadahEn).join("; ")}. Used: ${wadahEn(p.dipakai)}. Delete the others so that they are not mixed up.`,
  }),
  SUMBER_TERLALU_BESAR: entry<{ sumber: SourceName }>({
    tingkat: "galat",
    id: (p, at) =>
      `${p.sumber} (${at}) terlalu besar untuk dibaca Excel, juga sepotong-sepotong. Batasi rentangnya pada baris dan kolom yang berisi data.`,
    en: (p, at) =>
      `${p.sumber} (${at}) is too large for Excel to return, even in parts. Limit the range to the rows and columns holding data.`,
  }),
  SUMBER_KOSONG: entry<{
    sumber: "LKIP_IKU" | "LKIP_ANGGARAN" | "LKIP_BELANJA" | "LKIP_TRIWULAN";
  }>({
    tingkat: "galat",
    id: (p) =>
      p.sumber === "LKIP_IKU"
        ? "LKIP_IKU tidak berisi satu baris indikator pun. Isi satu baris per indikator di bawah baris judul, dan pastikan rentang LKIP_IKU mencakupnya."
        : p.sumber === "LKIP_ANGGARAN"
          ? "LKIP_ANGGARAN tidak berisi satu baris anggaran pun. Isi satu baris per program, kegiatan atau sub kegiatan di bawah baris judul, dan pastikan rentangnya mencakupnya."
          : p.sumber === "LKIP_TRIWULAN"
            ? "LKIP_TRIWULAN tidak berisi satu baris indikator pun. Isi satu baris per indikator (Indikator, Jenis, Realisasi TW I … TW IV) di bawah baris judul, atau hapus nama LKIP_TRIWULAN bila tidak dipakai."
            : "LKIP_BELANJA tidak berisi satu baris pun. Isi satu baris per jenis belanja di bawah baris judul, atau hapus nama LKIP_BELANJA bila tidak dipakai.",
    en: (p) =>
      p.sumber === "LKIP_IKU"
        ? "LKIP_IKU holds no indicator row. Write one row per indicator under the header row, and make sure the LKIP_IKU range covers them."
        : p.sumber === "LKIP_ANGGARAN"
          ? "LKIP_ANGGARAN holds no budget row. Write one row per program, activity or sub-activity under the header row, and make sure the range covers them."
          : p.sumber === "LKIP_TRIWULAN"
            ? "LKIP_TRIWULAN holds no indicator row. Write one row per indicator (Indikator, Jenis, Realisasi TW I … TW IV) under the header row, or delete the name LKIP_TRIWULAN if it is not used."
            : "LKIP_BELANJA holds no row. Write one row per type of spending under the header row, or delete the name LKIP_BELANJA if it is not used.",
  }),
  // Rows typed just outside a fixed named range (WORKBOOK.md "Rows that are not data"; model/outside.ts).
  BARIS_DI_LUAR_RENTANG: entry<{
    sumber: SourceName;
    /** Non-empty rows directly below, and headed columns directly right. */
    bawah: number;
    kanan: number;
  }>({
    tingkat: "peringatan",
    id: (p, at) =>
      `${[
        p.bawah > 0 ? `${p.bawah} baris di bawah ${p.sumber}` : "",
        p.kanan > 0 ? `${p.kanan} kolom di kanan ${p.sumber}` : "",
      ]
        .filter(Boolean)
        .join(
          " dan "
        )} (${at}) tidak termasuk rentang bernama itu, jadi tidak dibaca. Klik "Perluas rentang" agar ikut dibaca, atau kosongkan sel-sel itu.`,
    en: (p, at) =>
      `${[
        p.bawah > 0 ? `${p.bawah} row(s) below ${p.sumber}` : "",
        p.kanan > 0 ? `${p.kanan} column(s) right of ${p.sumber}` : "",
      ]
        .filter(Boolean)
        .join(
          " and "
        )} (${at}) are outside that named range, so they are not read. Click "Extend the range" to take them in, or clear those cells.`,
  }),
  RUMUS_TANPA_HASIL: entry<{ rumus: string }>({
    tingkat: "galat",
    id: (p) =>
      `Sel ini berisi rumus (=${p.rumus}) yang hasilnya belum tersimpan di berkas. Buka berkas di Excel, biarkan Excel menghitung, lalu simpan lagi.`,
    en: (p) =>
      `This cell holds a formula (=${p.rumus}) whose result is not stored in the file. Open the file in Excel, let Excel calculate, then save it again.`,
  }),
  SEL_TANGGAL: entry<{ serial: number }>({
    tingkat: "peringatan",
    id: (p) =>
      `Sel ini berformat tanggal, jadi dibaca sebagai angka seri Excel ${p.serial}. Bila isinya bukan tanggal, ubah format sel menjadi Number (Angka) dan ketik ulang nilainya.`,
    en: (p) =>
      `This cell is formatted as a date, so it is read as the Excel serial number ${p.serial}. If it is not a date, change the cell format to Number and type the value again.`,
  }),
  BERKAS_TIDAK_TERBACA: entry<{ berkas: string; pesan: string }>({
    tingkat: "galat",
    id: (p) => p.pesan,
    en: (p) => `${p.berkas} cannot be read as an Excel workbook (.xlsx).`,
  }),

  // ---- headers and settings (model/columns.ts, model/settings.ts)
  KOLOM_GANDA: entry<{ sumber: SourceName; judul: string; judulPertama: string; pertama: CellRef }>(
    {
      tingkat: "galat",
      id: (p) =>
        `Kolom "${p.judul}" di ${p.sumber} sama artinya dengan kolom "${p.judulPertama}" di ${A(p.pertama)}; yang dipakai kolom pertama. Hapus atau ganti nama salah satunya.`,
      en: (p) =>
        `Column "${p.judul}" in ${p.sumber} means the same as column "${p.judulPertama}" at ${A(p.pertama)}; the first one is used. Delete or rename one of them.`,
    }
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
  }>({
    tingkat: "galat",
    id: (p) =>
      `Kolom ${p.kolom} tidak ditemukan di baris judul ${p.sumber}. Tambahkan kolom berjudul salah satu dari: ${p.judul.map((j) => `"${j}"`).join(", ")}.` +
      (p.tahun !== undefined
        ? ` Judul dengan tahun harus memakai tahun laporan (${p.tahun}).`
        : "") +
      (p.tahunLalu && p.tahunLalu.length > 0
        ? ` Kolom Realisasi ${p.tahunLalu.join(", ")} dibaca sebagai tahun sebelumnya; periksa Tahun di LKIP_INFO.`
        : "") +
      (p.calon && p.calon.length > 0
        ? ` Kolom yang mungkin dimaksud: ${p.calon.map((j) => `"${j}"`).join(", ")}; pilih di panel, atau tulis Kolom ${p.kolom} di LKIP_INFO dengan judul itu.`
        : ""),
    en: (p) =>
      `Column ${p.kolom} is not in the header row of ${p.sumber}. Add a column headed one of: ${p.judul.map((j) => `"${j}"`).join(", ")}.` +
      (p.tahun !== undefined
        ? ` A header with a year must use the report year (${p.tahun}).`
        : "") +
      (p.tahunLalu && p.tahunLalu.length > 0
        ? ` Columns Realisasi ${p.tahunLalu.join(", ")} are read as earlier years; check Tahun in LKIP_INFO.`
        : "") +
      (p.calon && p.calon.length > 0
        ? ` Columns that could be it: ${p.calon.map((j) => `"${j}"`).join(", ")}; choose one in the pane, or write Kolom ${p.kolom} in LKIP_INFO with that header.`
        : ""),
  }),
  // A header the source does not read (WORKBOOK.md: unknown columns are ignored, never silently).
  KOLOM_DIABAIKAN: entry<{ sumber: SourceName; judul: string; sebab: SebabDiabaikan }>({
    tingkat: "info",
    id: (p, at) => {
      const s = p.sebab;
      switch (s.jenis) {
        case "tidakDikenal":
          return `Kolom "${p.judul}" di ${at} tidak dikenal di ${p.sumber}, jadi diabaikan: isinya tidak dibaca dan tidak diperiksa. Bila kolom itu harus dibaca, beri judul yang diterima (daftar judul kolom ada di README add-in).`;
        case "sumberLain":
          return `Kolom "${p.judul}" di ${at} adalah kolom ${s.dipakaiDi.join(" dan ")}, bukan kolom ${p.sumber}, jadi di sini diabaikan.`;
        case "tahunLain":
          return (
            `Kolom "${p.judul}" di ${at} adalah ${s.kolom} tahun ${s.tahun}, bukan tahun laporan ${s.tahunLaporan}, jadi diabaikan (yang dibaca hanya kolom ${s.kolom} ${s.tahunLaporan}).` +
            (s.tanpaTahunIni
              ? ` Kolom ${s.kolom} ${s.tahunLaporan} tidak ada: bila tahun laporannya ${s.tahun}, isi Tahun di LKIP_INFO dengan ${s.tahun}.`
              : "")
          );
        case "tingkatLain":
          return `Kolom "${p.judul}" di ${at} adalah ${s.kolom} tingkat ${s.tingkat}, bukan ${s.kolom} ${p.sumber}, jadi diabaikan (tidak pernah dipakai sebagai indikator IKU).`;
      }
    },
    en: (p, at) => {
      const s = p.sebab;
      switch (s.jenis) {
        case "tidakDikenal":
          return `Column "${p.judul}" at ${at} is not a column ${p.sumber} knows, so it is ignored: its cells are neither read nor checked. If it should be read, give it an accepted header (the list of headers is in the add-in's README).`;
        case "sumberLain":
          return `Column "${p.judul}" at ${at} is a column of ${s.dipakaiDi.join(" and ")}, not of ${p.sumber}, so it is ignored here.`;
        case "tahunLain":
          return (
            `Column "${p.judul}" at ${at} is the ${s.kolom} of ${s.tahun}, not of the report year ${s.tahunLaporan}, so it is ignored (only the ${s.kolom} ${s.tahunLaporan} column is read).` +
            (s.tanpaTahunIni
              ? ` There is no ${s.kolom} ${s.tahunLaporan} column: if the report year is ${s.tahun}, write ${s.tahun} as Tahun in LKIP_INFO.`
              : "")
          );
        case "tingkatLain":
          return `Column "${p.judul}" at ${at} is the ${s.kolom} of a ${s.tingkat}, not the ${s.kolom} of ${p.sumber}, so it is ignored (never used as an IKU indicator).`;
      }
    },
  }),
  // A header read by its head word or by the user's choice (WORKBOOK "Headers by meaning").
  KOLOM_DIBACA: entry<{ sumber: SourceName; judul: string; kolom: string; dipilih?: boolean }>({
    tingkat: "info",
    id: (p, at) =>
      p.dipilih
        ? `Kolom "${p.judul}" di ${at} dibaca sebagai ${p.kolom} ${p.sumber}, sesuai Kolom ${p.kolom} yang dipilih.`
        : `Kolom "${p.judul}" di ${at} dibaca sebagai ${p.kolom} ${p.sumber} menurut kata pertamanya. Bila bukan itu maksudnya, ganti judulnya.`,
    en: (p, at) =>
      p.dipilih
        ? `Column "${p.judul}" at ${at} is read as the ${p.kolom} of ${p.sumber}, as Kolom ${p.kolom} chooses.`
        : `Column "${p.judul}" at ${at} is read as the ${p.kolom} of ${p.sumber} by its first word. If that is not what it means, rename it.`,
  }),
  PENGATURAN_GANDA: entry<{ kunci: string; dipakai: CellRef }>({
    tingkat: "galat",
    id: (p) =>
      `${p.kunci} ditulis dua kali di LKIP_INFO; yang dipakai ${A(p.dipakai)}. Hapus salah satunya.`,
    en: (p) =>
      `${p.kunci} is written twice in LKIP_INFO; the one used is ${A(p.dipakai)}. Delete one of them.`,
  }),
  PENGATURAN_TIDAK_SAH: entry<{ kunci: string; alasan: AlasanPengaturan; bawaan: string | null }>({
    tingkat: "galat",
    id: (p) =>
      `${p.kunci} di LKIP_INFO: ${alasanPengaturanId(p.alasan)}. Sampai diperbaiki, dipakai nilai bawaan (${p.bawaan ?? "tanpa nama instansi"}).`,
    en: (p) =>
      `${p.kunci} in LKIP_INFO: ${alasanPengaturanEn(p.alasan)}. Until it is fixed, the default is used: ${p.bawaan === null ? "no agency name" : `"${p.bawaan}"`}.`,
  }),

  // ---- rows (model/row-reader.ts, iku.ts, anggaran.ts, belanja.ts)
  GALAT_EXCEL: entry<Baris & { kolom: string; galat: string }>({
    tingkat: "galat",
    id: (p, at) =>
      `Sel ${p.kolom} di ${at} berisi galat ${p.galat}. Perbaiki rumus atau isi sel itu; ${BARIS_ID(p)}.`,
    en: (p, at) =>
      `The ${p.kolom} cell at ${at} holds the error ${p.galat}. Fix the formula or the cell; ${BARIS_EN(p)}.`,
  }),
  SEL_KOSONG: entry<Baris & { kolom: string }>({
    tingkat: "galat",
    id: (p, at) =>
      `${p.kolom} kosong di ${at}. Isi ${p.kolom}, atau hapus baris ini bila tidak dipakai; ${BARIS_ID(p)}.`,
    en: (p, at) =>
      `${p.kolom} is blank at ${at}. Fill in ${p.kolom}, or delete this row if it is not used; ${BARIS_EN(p)}.`,
  }),
  BUKAN_ANGKA: entry<
    Baris & {
      kolom: string;
      tertulis: string;
      pesan: string;
      /** "< 30" or "≥ 95": the number with its direction written in front. */
      batas?: string;
    }
  >({
    tingkat: "galat",
    id: (p, at) =>
      p.batas !== undefined
        ? `${p.pesan}. Tulis angkanya saja (${p.batas}) di sel ${at}; bila makin rendah makin baik, isi kolom Arah dengan turun; ${BARIS_ID(p)}.`
        : `${p.pesan}. Tulis angka di sel ${at}; ${BARIS_ID(p)}.`,
    en: (p, at) => {
      const pesan = coreMessageEn(p.pesan);
      const what = pesan ?? `${p.kolom} at ${at} is not a number ("${p.tertulis}")`;
      return p.batas !== undefined
        ? `${what}. Write the number alone (${p.batas}) in cell ${at}; if lower is better, write turun in the Arah column; ${BARIS_EN(p)}.`
        : pesan !== null
          ? `${what}. Write a number in cell ${at}; ${BARIS_EN(p)}.`
          : `${what}. Write a number in that cell (e.g. 69,02 or 1.227.826.990); ${BARIS_EN(p)}.`;
    },
  }),
  INDIKATOR_TIDAK_COCOK: entry<Baris & { tertulis: string; sasaran: number }>({
    tingkat: "galat",
    id: (p, at) =>
      `Indikator ${kutip(p.tertulis)} di ${at} tidak cocok dengan indikator mana pun dari sasaran ${p.sasaran} di LKIP_IKU. Tulis nama indikator persis seperti di LKIP_IKU, atau kosongkan sel itu agar baris ini dihitung untuk sasarannya saja; ${BARIS_ID(p)}.`,
    en: (p, at) =>
      `Indikator ${kutip(p.tertulis)} at ${at} matches no indicator of sasaran ${p.sasaran} in LKIP_IKU. Write the indicator's name exactly as in LKIP_IKU, or empty the cell so that the line counts for its sasaran only; ${BARIS_EN(p)}.`,
  }),
  BOBOT_NEGATIF: entry<Baris>({
    tingkat: "galat",
    id: (p, at) => `Bobot di ${at} negatif. Isi bobot 0 atau lebih; ${BARIS_ID(p)}.`,
    en: (p, at) => `Bobot (weight) at ${at} is negative. Write 0 or more; ${BARIS_EN(p)}.`,
  }),
  ARAH_TIDAK_DIKENAL: entry<Baris & { tertulis: string; pesan: string }>({
    tingkat: "galat",
    id: (p, at) => `Arah di ${at}: ${p.pesan}; ${BARIS_ID(p)}.`,
    en: (p, at) =>
      `Arah (direction) at ${at}: "${p.tertulis}" is not known; write naik (higher is better) or turun (lower is better); ${BARIS_EN(p)}.`,
  }),
  TARGET_NOL: entry<Baris>({
    tingkat: "galat",
    id: (p, at) =>
      `Target di ${at} bernilai 0, sehingga capaian tidak dapat dihitung. Isi target yang sebenarnya (lebih dari 0); ${BARIS_ID(p)}.`,
    en: (p, at) =>
      `Target at ${at} is 0, so capaian cannot be computed. Write the real target (more than 0); ${BARIS_EN(p)}.`,
  }),
  TARGET_NEGATIF: entry<Baris & { pesan: string }>({
    tingkat: "galat",
    id: (p, at) => `Target di ${at} negatif: ${p.pesan}; ${BARIS_ID(p)}.`,
    en: (p, at) => {
      const pesan = coreMessageEn(p.pesan);
      return pesan !== null
        ? `Target at ${at} is negative: ${pesan}; ${BARIS_EN(p)}.`
        : `Target at ${at} is negative, so capaian cannot be computed. Write the real target (more than 0); ${BARIS_EN(p)}.`;
    },
  }),
  // ---- issue 14: RULES §0 (numbers), §4 (negatives), §12 (merged cells), §6 (all Bobot 0)
  CAPAIAN_TAK_HINGGA: entry<Baris & { pesan: string }>({
    tingkat: "galat",
    id: (p, at) =>
      `Target di ${at} terlalu kecil dibanding realisasinya: ${p.pesan}. Periksa target dan realisasinya; ${BARIS_ID(p)}.`,
    en: (p, at) =>
      `Target at ${at} is so small against its realisasi that capaian does not fit in a cell. Check both figures; ${BARIS_EN(p)}.`,
  }),
  TITIK_RIBUAN: entry<{ kolom: string; tertulis: string; dibaca: string }>({
    tingkat: "info",
    id: (p, at) =>
      `${p.kolom} '${p.tertulis}' di ${at} dibaca ${p.dibaca} (titik sebagai pemisah ribuan). Bila maksudnya pecahan, tulis dengan koma desimal (mis. 1,5).`,
    en: (p, at) =>
      `${p.kolom} '${p.tertulis}' at ${at} is read as ${p.dibaca} (the dot groups thousands). If a fraction was meant, write it with a decimal comma (e.g. 1,5).`,
  }),
  SEL_GABUNG_PER_BARIS: entry<{ kolom: string; baris: number }>({
    tingkat: "info",
    id: (p, at) =>
      `${p.kolom} di ${at} adalah sel gabungan (merge) atas ${p.baris} baris; nilainya dipakai untuk setiap baris indikator di dalamnya.`,
    en: (p, at) =>
      `${p.kolom} at ${at} is a merged cell over ${p.baris} rows; its value is used for each indicator row it covers.`,
  }),
  SEL_GABUNG_UANG: entry<{ kolom: string; baris: number }>({
    tingkat: "peringatan",
    id: (p, at) =>
      `${p.kolom} di ${at} adalah sel gabungan (merge) atas ${p.baris} baris; jumlahnya dihitung sekali saja, pada baris pertamanya, dan baris lain di dalamnya dihitung Rp 0. Bila tiap baris punya ${p.kolom.toLowerCase()} sendiri, pisahkan sel itu (Unmerge) dan isi nilainya per baris.`,
    en: (p, at) =>
      `${p.kolom} at ${at} is a merged cell over ${p.baris} rows; the amount is counted once, on its first row, and the other rows count Rp 0. If each row has its own amount, unmerge the cell and fill in each row.`,
  }),
  BOBOT_SEMUA_NOL: entry<Record<string, never>>({
    tingkat: "peringatan",
    id: () =>
      "Semua Bobot di LKIP_IKU bernilai 0, sehingga rata-rata capaian tertimbang tidak dapat dihitung dan baris Rata-rata tidak dicetak. Isi Bobot lebih dari 0 untuk indikator yang ditimbang, atau kosongkan kolom Bobot untuk rata-rata biasa.",
    en: () =>
      "Every Bobot (weight) in LKIP_IKU is 0, so the weighted mean capaian cannot be computed and the Rata-rata row is not printed. Give the weighted indicators a Bobot above 0, or empty the Bobot column for a plain mean.",
  }),
  SASARAN_TIDAK_COCOK: entry<Baris & { teks: string; terbawaDari?: CellRef; jumlah: number }>({
    tingkat: "galat",
    id: (p, at) =>
      `Sasaran "${p.teks}" di ${at}${p.terbawaDari ? ` (terbawa dari ${A(p.terbawaDari)})` : ""} tidak cocok dengan sasaran mana pun di LKIP_IKU. Tulis teks sasaran persis seperti di LKIP_IKU, atau nomor urutnya (1–${p.jumlah}); ${BARIS_ID(p)}.`,
    en: (p, at) =>
      `Sasaran "${p.teks}" at ${at}${p.terbawaDari ? ` (carried down from ${A(p.terbawaDari)})` : ""} matches no sasaran in LKIP_IKU. Write the sasaran text exactly as in LKIP_IKU, or its number (1–${p.jumlah}); ${BARIS_EN(p)}.`,
  }),

  // ---- the checker: typed-by-hand values (periksa/tertulis.ts, iku.ts, anggaran.ts)
  CAPAIAN_BEDA: bandingEntry(),
  SERAPAN_BEDA: bandingEntry(),
  EFISIENSI_BEDA: bandingEntry(),
  PREDIKAT_BEDA: labelEntry(),
  KATEGORI_BEDA: labelEntry(),
  DITULIS_PECAHAN: entry<{ kolom: string; milik: Milik; pecahan: Pecahan; hitung: string }>({
    tingkat: "info",
    id: (p, at) =>
      `${p.kolom} ${milikId(p.milik)} di ${at} ditulis sebagai pecahan (${p.pecahan.tertulis} = ${p.pecahan.persen} %); nilainya cocok bila sel itu berformat persen. Tabel memakai poin persen: ${p.hitung}.`,
    en: (p, at) =>
      `${p.kolom} of ${milikEn(p.milik)} at ${at} is written as a fraction (${p.pecahan.tertulis} = ${p.pecahan.persen} %); it is right if the cell is formatted as percent. The tables use percent points: ${p.hitung}.`,
  }),
  TERTULIS_GALAT_EXCEL: entry<{ kolom: string; galat: string }>({
    tingkat: "peringatan",
    id: (p, at) =>
      `${p.kolom} di ${at} berisi galat ${p.galat}, sehingga tidak dapat diperiksa. Perbaiki rumus atau isi sel itu.`,
    en: (p, at) =>
      `${p.kolom} at ${at} holds the error ${p.galat}, so it cannot be checked. Fix the formula or the cell.`,
  }),
  TERTULIS_BUKAN_ANGKA: entry<{ kolom: string; tertulis: string; pesan: string }>({
    tingkat: "peringatan",
    id: (p, at) => `${p.kolom} di ${at} bukan angka, sehingga tidak dapat diperiksa: ${p.pesan}.`,
    en: (p, at) => {
      const pesan = coreMessageEn(p.pesan);
      return pesan !== null
        ? `${p.kolom} at ${at} is not a number, so it cannot be checked: ${pesan}.`
        : `${p.kolom} at ${at} is not a number ("${p.tertulis}"), so it cannot be checked.`;
    },
  }),
  TERTULIS_TIDAK_TERUJI: entry<{ kolom: string; milik: Milik; sebab: TidakTeruji }>({
    tingkat: "info",
    id: (p, at) => {
      const s = p.sebab;
      const why =
        s.jenis === "pagu0"
          ? "pagunya 0"
          : s.jenis === "tanpaAnggaranTertaut"
            ? "tidak ada anggaran yang tertaut"
            : s.jenis === "tanpaLkipAnggaran"
              ? "LKIP_ANGGARAN tidak ada"
              : s.teks;
      return `${p.kolom} ${milikId(p.milik)} tertulis di ${at}, tetapi tidak dapat diperiksa: ${why}.`;
    },
    en: (p, at) => {
      const s = p.sebab;
      const why =
        s.jenis === "pagu0"
          ? "its pagu is 0"
          : s.jenis === "tanpaAnggaranTertaut"
            ? "no budget line is linked to it"
            : s.jenis === "tanpaLkipAnggaran"
              ? "there is no LKIP_ANGGARAN"
              : (coreMessageEn(s.teks) ?? "its efisiensi cannot be computed (see Tabel Efisiensi)");
      return `${p.kolom} of ${milikEn(p.milik)} is written at ${at}, but cannot be checked: ${why}.`;
    },
  }),

  // ---- the checker: LKIP_IKU (periksa/iku.ts)
  EFISIENSI_DIBATASI: entry<{ sasaran: number; mentah: string; nilai: string }>({
    tingkat: "info",
    id: (p) =>
      `Efisiensi sasaran ${p.sasaran} tanpa batas ${p.mentah} %, di luar batas ±20 % PMK 214/PMK.02/2017; tabel mencetak ${p.nilai} dan menyebut nilai tanpa batasnya di catatan di bawah tabel.`,
    en: (p) =>
      `Efisiensi of objective (sasaran) ${p.sasaran} is ${p.mentah} % unbounded, outside the ±20 % bound of PMK 214/PMK.02/2017; the tables print ${p.nilai} and give the unbounded value in the note under the table.`,
  }),
  SASARAN_TANPA_ANGGARAN: entry<{ nomor: number; teks: string }>({
    tingkat: "info",
    id: (p) =>
      `Sasaran ${p.nomor} (${kutip(p.teks)}) tidak punya baris di LKIP_ANGGARAN, sehingga serapan dan efisiensinya tidak dihitung. Bila ada anggarannya, tambahkan barisnya dengan Sasaran berisi teks sasaran ini atau nomor ${p.nomor}.`,
    en: (p) =>
      `Objective (sasaran) ${p.nomor} (${kutip(p.teks)}) has no row in LKIP_ANGGARAN, so its serapan and efisiensi are not computed. If it has a budget, add its rows with Sasaran holding this sasaran's text or the number ${p.nomor}.`,
  }),
  ARAH_MUNGKIN_TURUN: entry<{ nama: string; namaSel: CellRef; frasa: string; arahSel?: CellRef }>({
    tingkat: "peringatan",
    id: (p) => {
      const kini = p.arahSel
        ? `Arah-nya "naik" (${A(p.arahSel)})`
        : "Arah-nya tidak diisi, sehingga dianggap naik";
      const saran = p.arahSel
        ? `isi Arah dengan turun di ${A(p.arahSel)}`
        : "isi kolom Arah dengan turun pada baris ini (tambahkan kolom Arah bila belum ada)";
      return `Indikator ${kutip(p.nama)} (${A(p.namaSel)}) memuat "${p.frasa}", yang biasanya berarti makin rendah makin baik, tetapi ${kini}. Bila memang makin rendah makin baik, ${saran}: capaiannya lalu dihitung (2 × target − realisasi) / target × 100.`;
    },
    en: (p) => {
      const kini = p.arahSel
        ? `its Arah is "naik" (${A(p.arahSel)})`
        : "its Arah is not filled in, so it counts as naik (higher is better)";
      const saran = p.arahSel
        ? `write turun in Arah at ${A(p.arahSel)}`
        : "write turun in the Arah column of this row (add an Arah column if there is none)";
      return `Indicator ${kutip(p.nama)} (${A(p.namaSel)}) contains "${p.frasa}", which usually means lower is better, but ${kini}. If lower is indeed better, ${saran}: its capaian is then (2 × target − realisasi) / target × 100.`;
    },
  }),
  CAMPUR_PECAHAN_PERSEN: entry<{
    nama: string;
    pecahan: NilaiSel[];
    poin: NilaiSel[];
    contoh: Pecahan;
  }>({
    tingkat: "peringatan",
    id: (p) =>
      `Baris indikator ${kutip(p.nama)} bersatuan persen mencampur pecahan dan poin persen: ${daftarNilai(p.pecahan)} tampak pecahan (${p.contoh.tertulis} = ${p.contoh.persen} %), sedangkan ${daftarNilai(p.poin)} poin persen. Tulis semuanya dalam poin persen (mis. ${p.contoh.persen}), atau abaikan bila angka kecil itu memang poin persen.`,
    en: (p) =>
      `The row of indicator ${kutip(p.nama)}, in percent, mixes fractions and percent points: ${daftarNilai(p.pecahan)} look like fractions (${p.contoh.tertulis} = ${p.contoh.persen} %), while ${daftarNilai(p.poin)} are percent points. Write them all in percent points (e.g. ${p.contoh.persen}), or ignore this if the small figure really is in percent points.`,
  }),
  INDIKATOR_GANDA: entry<{
    nama: string;
    pertama: CellRef;
    sasaran: number;
    sasaranPertama: number;
  }>({
    tingkat: (p) => (p.sasaran === p.sasaranPertama ? "galat" : "peringatan"),
    id: (p, at) =>
      p.sasaran === p.sasaranPertama
        ? `Indikator ${kutip(p.nama)} di ${at} sudah ada di ${A(p.pertama)} pada sasaran yang sama, sehingga terhitung dua kali dalam rata-rata dan jumlah per kategori. Hapus salah satu baris.`
        : `Indikator ${kutip(p.nama)} di ${at} (sasaran ${p.sasaran}) sudah ada di ${A(p.pertama)} (sasaran ${p.sasaranPertama}), sehingga terhitung dua kali dalam rata-rata dan jumlah per kategori. Bila keduanya memang indikator yang berbeda, bedakan namanya.`,
    en: (p, at) =>
      p.sasaran === p.sasaranPertama
        ? `Indicator ${kutip(p.nama)} at ${at} is already at ${A(p.pertama)} under the same objective, so it counts twice in averages and in the counts per category. Delete one of the rows.`
        : `Indicator ${kutip(p.nama)} at ${at} (objective ${p.sasaran}) is already at ${A(p.pertama)} (objective ${p.sasaranPertama}), so it counts twice in averages and in the counts per category. If they really are different indicators, give them different names.`,
  }),

  // ---- printed totals inside the ranges (RULES §11; periksa/totals.ts)
  TOTAL_TERTULIS: entry<{ label: string; baris: string; jumlahBaris: number }>({
    tingkat: "info",
    id: (p) =>
      `Baris ${kutip(p.label)} (${p.baris}) dikenali sebagai baris total tercetak yang mewakili ${p.jumlahBaris} baris data: tidak dihitung sebagai data (src/core/README.md §11).`,
    en: (p) =>
      `Row ${kutip(p.label)} (${p.baris}) is recognised as a printed total standing for ${p.jumlahBaris} data rows: it is not counted as data (src/core/README.md §11).`,
  }),
  TOTAL_TERTULIS_BEDA: entry<{
    kolom: string;
    label: string;
    baris: string;
    tertulis: string;
    hitung: string;
    /** What `hitung` is of the rows it stands for: their sum, their mean, or Σ realisasi / Σ pagu. */
    wakil: "jumlah" | "rata" | "serapan";
    /** The tables print `hitung` too (a grand total or the Rata-rata row); a sum of capaian, never. */
    diTabel: boolean;
    /** Rows in its span left out for problems: then it cannot be judged yet. */
    ditinggal: string[];
  }>({
    tingkat: (p) => (p.ditinggal.length > 0 ? "peringatan" : "galat"),
    id: (p, at) => {
      const k = p.kolom.toLowerCase();
      const wakil =
        p.wakil === "serapan"
          ? `serapan dari jumlah pagu dan realisasi baris yang diwakilinya (Σ realisasi / Σ pagu × 100)`
          : `${p.wakil === "rata" ? "rata-rata" : "jumlah"} ${k} baris yang diwakilinya`;
      return (
        `${p.kolom} di baris total ${kutip(p.label)} (${p.baris}) tertulis ${p.tertulis} di ${at}, padahal ${wakil} ${p.hitung}. Baris total tidak ikut dihitung${p.diTabel ? `; tabel mencetak ${p.hitung}` : ""}.` +
        (p.ditinggal.length > 0
          ? ` ${p.ditinggal.length} baris di bagiannya tidak terbaca (${p.ditinggal.slice(0, 3).join(", ")}); perbaiki baris itu lebih dahulu.`
          : ` Ganti dengan ${p.hitung}, atau periksa baris yang diwakilinya.`)
      );
    },
    en: (p, at) => {
      const wakil =
        p.wakil === "serapan"
          ? `the serapan of the rows it stands for (Σ realisasi / Σ pagu × 100) is`
          : `the ${p.wakil === "rata" ? "mean" : "sum"} of the ${p.kolom} of the rows it stands for is`;
      return (
        `${p.kolom} on the total row ${kutip(p.label)} (${p.baris}) is written ${p.tertulis} at ${at}, but ${wakil} ${p.hitung}. The total row is not counted${p.diTabel ? `; the tables print ${p.hitung}` : ""}.` +
        (p.ditinggal.length > 0
          ? ` ${p.ditinggal.length} rows in its part could not be read (${p.ditinggal.slice(0, 3).join(", ")}); fix them first.`
          : ` Write ${p.hitung}, or check the rows it stands for.`)
      );
    },
  }),
  TOTAL_TANPA_MAKNA: entry<{ label: string; baris: string }>({
    tingkat: "peringatan",
    id: (p, at) =>
      `Target/realisasi di baris ${kutip(p.label)} (${p.baris}) tertulis di ${at}, padahal satuan indikatornya berbeda: angka bersatuan berbeda tidak dapat dijumlah atau dirata-ratakan (src/core/README.md §6). Kosongkan sel itu.`,
    en: (p, at) =>
      `A target/realisasi is written on row ${kutip(p.label)} (${p.baris}) at ${at}, but its indicators have different units: figures in different units cannot be added or averaged (src/core/README.md §6). Empty that cell.`,
  }),
  MUNGKIN_TOTAL: entry<{
    nama: string;
    baris: string;
    pagu: string;
    realisasi: string;
    jumlahBaris: number;
    dari: string;
    /** atas: the lines above it; bawah: the sub kegiatan under a kegiatan line. */
    arah: "atas" | "bawah";
  }>({
    tingkat: "peringatan",
    id: (p) =>
      p.arah === "atas"
        ? `Baris ${kutip(p.nama)} (${p.baris}) berpagu ${p.pagu} dan berealisasi ${p.realisasi}, sama dengan jumlah ${p.jumlahBaris} baris di atasnya (mulai ${p.dari}): tampaknya baris total. Kini ia dihitung sebagai baris anggaran, sehingga setiap jumlah menjadi dua kali lipat. Bila memang baris total, tulis "Jumlah" (atau "Total") sebagai satu-satunya teks di baris itu, atau keluarkan baris itu dari rentang LKIP_ANGGARAN.`
        : `Baris kegiatan ${kutip(p.nama)} (${p.baris}) berpagu ${p.pagu} dan berealisasi ${p.realisasi}, sama dengan jumlah ${p.jumlahBaris} sub kegiatan di bawahnya (mulai ${p.dari}): tampaknya jumlah rinciannya, sehingga anggaran kegiatan ini terhitung dua kali. Hapus pagu dan realisasi baris kegiatan itu, atau isi kolom Kegiatan pada baris sub kegiatannya dan hapus baris kegiatan itu.`,
    en: (p) =>
      p.arah === "atas"
        ? `Row ${kutip(p.nama)} (${p.baris}) has pagu ${p.pagu} and realisasi ${p.realisasi}, the sum of the ${p.jumlahBaris} rows above it (from ${p.dari}): it looks like a total. It is counted as a budget line, so every sum doubles. If it is a total, write "Jumlah" (or "Total") as the only text on that row, or take it out of LKIP_ANGGARAN.`
        : `Kegiatan row ${kutip(p.nama)} (${p.baris}) has pagu ${p.pagu} and realisasi ${p.realisasi}, the sum of the ${p.jumlahBaris} sub kegiatan under it (from ${p.dari}): it looks like their total, so this kegiatan's budget counts twice. Empty the kegiatan row's amounts, or fill Kegiatan on its sub kegiatan rows and delete the kegiatan row.`,
  }),
  TOTAL_PROGRAM_BELUM_TERUJI: entry<{
    kolom: "Pagu" | "Realisasi";
    program: string;
    tertulis: string;
    jumlah: string;
    ditinggal: string[];
  }>({
    tingkat: "peringatan",
    id: (p, at) =>
      `${p.kolom} program ${kutip(p.program)} di baris totalnya tertulis ${p.tertulis} di ${at}; jumlah rinciannya yang terbaca ${p.jumlah}, tetapi ${p.ditinggal.length} baris rinciannya tidak terbaca (${p.ditinggal.join(", ")}). Perbaiki baris itu lebih dahulu; angka total ini belum dapat dinilai.`,
    en: (p, at) =>
      `${p.kolom} of program ${kutip(p.program)} on its total row is written ${p.tertulis} at ${at}; its readable detail lines add up to ${p.jumlah}, but ${p.ditinggal.length} of them could not be read (${p.ditinggal.join(", ")}). Fix those first; this total cannot be judged yet.`,
  }),

  // ---- issue 12: honest figures (periksa/iku.ts, periksa/tertulis.ts)
  CAPAIAN_SANGAT_TINGGI: entry<{
    nama: string;
    capaian: string;
    batas: string;
    target: string;
    realisasi: string;
    realisasiSel: CellRef;
  }>({
    tingkat: "peringatan",
    id: (p, at) =>
      `Capaian indikator ${kutip(p.nama)} ${p.capaian} %, lebih dari ${p.batas} %: periksa Target ${p.target} di ${at} (satuan, pecahan, atau target tahun lain?) dan Realisasi ${p.realisasi} di ${A(p.realisasiSel)}. Bila keduanya benar, abaikan peringatan ini.`,
    en: (p, at) =>
      `Capaian of indicator ${kutip(p.nama)} is ${p.capaian} %, above ${p.batas} %: check Target ${p.target} at ${at} (unit, fraction, or another year's target?) and Realisasi ${p.realisasi} at ${A(p.realisasiSel)}. If both are right, ignore this warning.`,
  }),
  DITULIS_KURANG_DESIMAL: entry<{
    kolom: string;
    milik: Milik;
    tertulis: string;
    hitung: string;
    desimal: number;
  }>({
    tingkat: "info",
    id: (p, at) =>
      `${p.kolom} ${milikId(p.milik)} di ${at} tertulis ${p.tertulis}, yaitu ${p.hitung} ${p.desimal === 0 ? "tanpa desimal" : "dengan satu desimal"}; tabel mencetak 2 desimal: ${p.hitung}.`,
    en: (p, at) =>
      `${p.kolom} of ${milikEn(p.milik)} at ${at} is written ${p.tertulis}, which is ${p.hitung} ${p.desimal === 0 ? "without decimals" : "with one decimal"}; the tables print 2 decimals: ${p.hitung}.`,
  }),
  KUALITATIF_BEDA: entry<{
    kolom: "Capaian" | "Predikat";
    nama: string;
    tertulis: string;
    target: string;
    realisasi: string;
    skala: string | null;
    predikat: string;
  }>({
    tingkat: "galat",
    id: (p, at) =>
      `${p.kolom} indikator kualitatif ${kutip(p.nama)} tertulis ${kutip(p.tertulis)} di ${at}, padahal target "${p.target}" dan realisasi "${p.realisasi}"${p.skala ? ` (skala ${p.skala})` : ""} berarti "${p.predikat}". Indikator kualitatif tidak punya capaian dalam persen (src/core/README.md §10); tulis "${p.predikat}"${p.predikat === "Tercapai" ? " atau 100" : ""}.`,
    en: (p, at) =>
      `${p.kolom} of the qualitative indicator ${kutip(p.nama)} is written ${kutip(p.tertulis)} at ${at}, but target "${p.target}" and realisasi "${p.realisasi}"${p.skala ? ` (scale ${p.skala})` : ""} mean "${p.predikat}". A qualitative indicator has no capaian in percent (src/core/README.md §10); write "${p.predikat}"${p.predikat === "Tercapai" ? " or 100" : ""}.`,
  }),

  // ---- the checker: LKIP_ANGGARAN and LKIP_BELANJA (periksa/anggaran.ts)
  TOTAL_PROGRAM_BEDA: entry<{
    kolom: "Pagu" | "Realisasi";
    program: string;
    tertulis: string;
    jumlah: string;
    rincian: Rincian;
    /** A neighbouring program whose figure this is (a copy slip). */
    mirip?: { program: string; sel: CellRef };
  }>({
    tingkat: "galat",
    id: (p, at) => {
      const k = p.kolom.toLowerCase();
      const asal = p.mirip
        ? ` Angka itu sama dengan ${k} program ${kutip(p.mirip.program)} (${A(p.mirip.sel)}).`
        : "";
      return `${p.kolom} program ${kutip(p.program)} di baris totalnya tertulis ${p.tertulis} di ${at}, padahal jumlah ${k} ${rincianId(p.rincian)}nya ${p.jumlah}.${asal} Ganti dengan ${p.jumlah}, atau periksa baris rinciannya.`;
    },
    en: (p, at) => {
      const asal = p.mirip
        ? ` That figure is the ${p.kolom} of program ${kutip(p.mirip.program)} (${A(p.mirip.sel)}).`
        : "";
      return `${p.kolom} of program ${kutip(p.program)} is written ${p.tertulis} in its total row at ${at}, but the ${p.kolom} of its ${rincianEn(p.rincian)} add up to ${p.jumlah}.${asal} Write ${p.jumlah}, or check the detail rows.`;
    },
  }),
  REALISASI_LEBIH_PAGU: entry<{
    milik: Milik;
    realisasi: string;
    pagu: string;
    paguSel: CellRef;
    serapan?: string;
  }>({
    tingkat: "peringatan",
    id: (p, at) =>
      `Realisasi ${milikId(p.milik)} ${p.realisasi} di ${at} melebihi pagunya ${p.pagu} di ${A(p.paguSel)}${p.serapan !== undefined ? ` (serapan ${p.serapan} %)` : ""}. Realisasi anggaran biasanya tidak melampaui pagu; periksa kedua angka itu.`,
    en: (p, at) =>
      `Realisasi of ${milikEn(p.milik)} ${p.realisasi} at ${at} exceeds its pagu ${p.pagu} at ${A(p.paguSel)}${p.serapan !== undefined ? ` (serapan ${p.serapan} %)` : ""}. Budget realisasi does not normally exceed pagu; check both figures.`,
  }),
  ANGGARAN_NEGATIF: entry<{ kolom: "Pagu" | "Realisasi"; milik: Milik; nilai: string }>({
    tingkat: "galat",
    id: (p, at) =>
      `${p.kolom} ${milikId(p.milik)} di ${at} negatif (${p.nilai}). Isi ${p.kolom.toLowerCase()} 0 atau lebih.`,
    en: (p, at) =>
      `${p.kolom} of ${milikEn(p.milik)} at ${at} is negative (${p.nilai}). Write 0 or more.`,
  }),
  ANGGARAN_GANDA: entry<{ milik: Milik; program: string; pertama: CellRef }>({
    tingkat: "peringatan",
    id: (p, at) =>
      capitalise(
        `${milikId(p.milik)} program ${kutip(p.program)} di ${at} sudah ada di baris ${A(p.pertama)}, sehingga pagu dan realisasinya terhitung dua kali. Hapus salah satu baris, atau bedakan namanya bila memang berbeda.`
      ),
    en: (p, at) =>
      capitalise(
        `${milikEn(p.milik)} of program ${kutip(p.program)} at ${at} is already in row ${A(p.pertama)}, so its pagu and realisasi count twice. Delete one of the rows, or give them different names if they really differ.`
      ),
  }),
  // ---- quarterly progress (RULES §14; model/triwulan.ts, periksa/triwulan.ts)
  JENIS_KOSONG: entry<{ nama: string }>({
    tingkat: "info",
    id: (p, at) =>
      `Jenis indikator ${kutip(p.nama)} di ${at} kosong, jadi dibaca "akhir": realisasi s.d. triwulan adalah nilai triwulan terakhir yang terisi (tidak dijumlahkan). Bila triwulannya harus dijumlahkan, isi "kumulatif"; bila dirata-ratakan, "rata-rata".`,
    en: (p, at) =>
      `The jenis of indicator ${kutip(p.nama)} at ${at} is blank, so it is read as "akhir": the realisation to date is the last quarter with a value (not a sum). If its quarters add up, write "kumulatif"; if they are averaged, "rata-rata".`,
  }),
  JENIS_TIDAK_DIKENAL: entry<Baris & { tertulis: string }>({
    tingkat: "galat",
    id: (p, at) =>
      `Jenis "${p.tertulis}" di ${at} tidak dikenal. Isi kumulatif (triwulan dijumlahkan: orang dilayani, km dibangun), akhir (nilai triwulan terakhir: persentase cakupan, indeks) atau rata-rata; ${BARIS_ID(p)}.`,
    en: (p, at) =>
      `Jenis "${p.tertulis}" at ${at} is not known. Write kumulatif (quarters add up: people served, km built), akhir (the last quarter stands: a coverage %, an index) or rata-rata (the mean); ${BARIS_EN(p)}.`,
  }),
  TRIWULAN_TANPA_IKU: entry<{ nama: string }>({
    tingkat: "info",
    id: (p, at) =>
      `Indikator ${kutip(p.nama)} di ${at} tidak ada di LKIP_IKU, jadi dibaca apa adanya dari LKIP_TRIWULAN (sasaran, satuan, arah dan target dari barisnya sendiri). Bila seharusnya sama dengan indikator LKIP_IKU, samakan namanya.`,
    en: (p, at) =>
      `Indicator ${kutip(p.nama)} at ${at} is not in LKIP_IKU, so it is read as LKIP_TRIWULAN has it (its own sasaran, unit, direction and target). If it is meant to be an LKIP_IKU indicator, write the same name.`,
  }),
  TRIWULAN_BEDA_IKU: entry<{
    nama: string;
    iku: CellRef;
    nilaiIku: string;
    sdTw4: string;
    jenis: string;
  }>({
    tingkat: "peringatan",
    id: (p, at) =>
      `Realisasi tahunan indikator ${kutip(p.nama)} di LKIP_IKU (${A(p.iku)}) ${p.nilaiIku}, sedangkan realisasi s.d. TW IV dari LKIP_TRIWULAN (${at}, jenis ${p.jenis}) ${p.sdTw4}. Keduanya harus sama: periksa jenis indikator dan angka triwulannya, atau realisasi di LKIP_IKU.`,
    en: (p, at) =>
      `The year's realisation of indicator ${kutip(p.nama)} in LKIP_IKU (${A(p.iku)}) is ${p.nilaiIku}, but the realisation to TW IV from LKIP_TRIWULAN (${at}, jenis ${p.jenis}) is ${p.sdTw4}. They must agree: check the indicator's jenis and its quarters, or the realisation in LKIP_IKU.`,
  }),
  KUMULATIF_BERJALAN: entry<{ nama: string; jumlah: string; akhir: string }>({
    tingkat: "peringatan",
    id: (p, at) =>
      `Indikator ${kutip(p.nama)} berjenis kumulatif, tetapi angka triwulannya (${at}) tampak ditulis sebagai total berjalan: tiap triwulan tidak kurang dari sebelumnya dan triwulan terakhir (${p.akhir}) sama dengan realisasi tahunan. Dijumlahkan, triwulannya menjadi ${p.jumlah}. Tulis tambahan tiap triwulan saja, atau ganti jenisnya menjadi "akhir".`,
    en: (p, at) =>
      `Indicator ${kutip(p.nama)} is kumulatif, but its quarters (${at}) look typed as running totals: each quarter is no less than the one before and the last (${p.akhir}) equals the year's realisation. Summed, they give ${p.jumlah}. Type only what each quarter adds, or change its jenis to "akhir".`,
  }),
};

function bandingEntry(): Entry<BandingParams> {
  return {
    tingkat: "galat",
    id: (p, at) =>
      `${p.kolom} ${milikId(p.milik)} tertulis ${p.tertulis} di ${at}, padahal ${rumusId(p.rumus)}.${kenapaList(p.kenapa, kenapaId, ", dan ")} Ganti dengan ${p.hitung}.`,
    en: (p, at) =>
      `${p.kolom} of ${milikEn(p.milik)} is written ${p.tertulis} at ${at}, but ${rumusEn(p.rumus)}.${kenapaList(p.kenapa, kenapaEn, ", and ")} Write ${p.hitung}.`,
  };
}

function labelEntry(): Entry<LabelParams> {
  return {
    tingkat: "galat",
    id: (p, at) =>
      `${p.kolom} ${milikId(p.milik)} tertulis "${p.tertulis}" di ${at}, padahal ${alasanLabelId(p.alasan)}.` +
      (p.benar !== null
        ? ` Ganti dengan "${p.benar}".`
        : " Kosongkan sel itu atau periksa skalanya di LKIP_INFO."),
    en: (p, at) =>
      `${p.kolom} of ${milikEn(p.milik)} is written "${p.tertulis}" at ${at}, but ${alasanLabelEn(p.alasan)}.` +
      (p.benar !== null
        ? ` Write "${p.benar}".`
        : " Empty the cell or check the scale in LKIP_INFO."),
  };
}

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
  sel?: CellRef;
  param: FindingParams<K>;
  /** The value as written in the workbook, and the right (computed) value, as text. */
  nilaiTertulis?: string;
  nilaiHitung?: string;
}

/** One finding, of reading or of the checker (Pemeriksaan); words only through findingText. */
export type Finding = { [K in FindingCode]: FindingOf<K> }[FindingCode];

export interface Where {
  sumber?: SourceName;
  sel?: CellRef;
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
  if (where.sel !== undefined) f.sel = where.sel;
  if (where.tertulis !== undefined) f.nilaiTertulis = where.tertulis;
  if (where.hitung !== undefined) f.nilaiHitung = where.hitung;
  return f as Finding;
}

/** The finding's cell as A1 text ('Data IKU'!G7), or "" when it has none. */
export function formatLokasi(f: Finding): string {
  return f.sel ? refAddress(f.sel) : "";
}

/** The finding's message in the UI language (Indonesian by default). */
export function findingText(f: Finding, lang: Lang = "id"): string {
  const e = CATALOGUE[f.kode] as Entry<unknown>;
  return e[lang](f.param, formatLokasi(f));
}

/** Galat first, then peringatan, then info; stable within a severity. */
export function sortByTingkat(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => compareTingkat(a.f.tingkat, b.f.tingkat) || a.i - b.i)
    .map((x) => x.f);
}
