/**
 * Why a file cannot be read as a workbook, as a code and parameters (XlsxReadError carries one, and
 * `lkip` says why an input cannot be opened): the words are in read-failure.id.ts (first) and
 * read-failure.en.ts, chosen by the edge that shows them (the `lkip` command, lkip.html).
 * `berkas` is the file as the user named it; absent, the words say "the file".
 */
import type { Lang } from "./findings";
import READ_ID from "./read-failure.id";
import READ_EN from "./read-failure.en";

/** What is damaged inside the package. `sel` is an A1 address ('D'!C2). */
export type Rusak =
  | { jenis: "arsip" }
  | { jenis: "xml" }
  | { jenis: "isi" }
  | { jenis: "nomorBaris"; teks: string; lembar: string }
  | { jenis: "alamatSel"; teks: string; lembar: string }
  | { jenis: "bagianLembar"; lembar: string; bagian: string }
  | { jenis: "nomorTeksBersama"; cell: string; teks: string }
  | { jenis: "teksBersamaHilang"; cell: string }
  | { jenis: "teksBersamaDiLuar"; cell: string; nomor: number; jumlah: number }
  | { jenis: "nilaiTidakSah"; cell: string; nilai: "logika" | "tanggal" | "angka"; teks: string }
  | { jenis: "jenisSel"; cell: string; teks: string };

/** What is too large. */
export type Besar =
  /** More parts, or more inflated bytes, than the reader reads. */
  | { jenis: "batasArsip"; bagian: number; mb: number }
  | { jenis: "memori" }
  | { jenis: "sel"; batas: number }
  | { jenis: "sumber"; sumber: string; cell: number; batas: number }
  /** The file on disk (`lkip`). */
  | { jenis: "ukuran"; mb: number; batasMb: number }
  /** The tables could not be put together as an .xlsx in memory. */
  | { jenis: "tabel"; row: number };

export type ReadFailure =
  | { kode: "TIDAK_ADA"; berkas?: string; folderBerkas?: boolean }
  | {
      kode: "TIDAK_TERBACA";
      berkas?: string;
      reason: "folder" | "izin" | "lain" | "bukanBukuKerja";
      /** The system's error code (EIO…) when `lain`. */
      galat?: string;
    }
  | {
      kode: "BUKAN_XLSX";
      berkas?: string;
      jenis: "xls" | "bukanBukuKerja" | "bukanZip" | "dilindungi";
    }
  | { kode: "RUSAK"; berkas?: string; reason: Rusak }
  | { kode: "TERLALU_BESAR"; berkas?: string; reason: Besar };

export type ReadFailureCode = ReadFailure["kode"];

type Of<K extends ReadFailureCode> = Extract<ReadFailure, { kode: K }>;

/** One language's words: every failure code, and the parts the damaged and too-large ones name. */
export interface ReadFailureWords {
  failures: { [K in ReadFailureCode]: (p: Of<K>) => string };
  rusak: { [J in Rusak["jenis"]]: (p: Extract<Rusak, { jenis: J }>) => string };
  besar: { [J in Besar["jenis"]]: (p: Extract<Besar, { jenis: J }>) => string };
}

const READ_FAILURE_WORDS: Record<Lang, ReadFailureWords> = { id: READ_ID, en: READ_EN };

/** Why the file cannot be read, in words (Indonesian by default, as `lkip` prints it). */
export function readFailureText(f: ReadFailure, lang: Lang = "id"): string {
  const text = READ_FAILURE_WORDS[lang].failures[f.kode] as (p: ReadFailure) => string;
  return text(f);
}
