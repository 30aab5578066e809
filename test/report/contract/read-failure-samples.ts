/**
 * Sample failures for every code and every part the damaged and too-large ones name:
 * test/texts.test.ts words each in both languages. The types make a missing one a compile error.
 */
import type { Besar, ReadFailure, Rusak } from "../../../src/report/contract/read-failure";

type Of<K extends ReadFailure["kode"]> = Extract<ReadFailure, { kode: K }>;

export const RUSAK_SAMPLES: { [J in Rusak["jenis"]]: Extract<Rusak, { jenis: J }>[] } = {
  arsip: [{ jenis: "arsip" }],
  xml: [{ jenis: "xml" }],
  isi: [{ jenis: "isi" }],
  nomorBaris: [{ jenis: "nomorBaris", teks: "x1", lembar: "'Data IKU'" }],
  alamatSel: [{ jenis: "alamatSel", teks: "ZZZ0", lembar: "'Data IKU'" }],
  bagianLembar: [
    { jenis: "bagianLembar", lembar: "'Data IKU'", bagian: "xl/worksheets/sheet9.xml" },
  ],
  nomorTeksBersama: [{ jenis: "nomorTeksBersama", cell: "'D'!C2", teks: "-1" }],
  teksBersamaHilang: [{ jenis: "teksBersamaHilang", cell: "'D'!C2" }],
  teksBersamaDiLuar: [{ jenis: "teksBersamaDiLuar", cell: "'D'!A2", nomor: 17, jumlah: 12 }],
  nilaiTidakSah: (["logika", "tanggal", "angka"] as const).map((nilai) => ({
    jenis: "nilaiTidakSah" as const,
    cell: "'D'!B2",
    nilai,
    teks: "x9",
  })),
  jenisSel: [{ jenis: "jenisSel", cell: "'D'!B2", teks: "zz" }],
};

export const BESAR_SAMPLES: { [J in Besar["jenis"]]: Extract<Besar, { jenis: J }>[] } = {
  batasArsip: [{ jenis: "batasArsip", bagian: 5000, mb: 64 }],
  memori: [{ jenis: "memori" }],
  sel: [{ jenis: "sel", batas: 500000 }],
  sumber: [{ jenis: "sumber", sumber: "LKIP_IKU", cell: 600000, batas: 500000 }],
  ukuran: [{ jenis: "ukuran", mb: 300, batasMb: 256 }],
  tabel: [{ jenis: "tabel", row: 12345 }],
};

export const READ_FAILURE_SAMPLES: { [K in ReadFailure["kode"]]: Of<K>[] } = {
  TIDAK_ADA: [
    { kode: "TIDAK_ADA", berkas: "data.xlsx" },
    { kode: "TIDAK_ADA", berkas: "a/data.xlsx", folderBerkas: true },
  ],
  TIDAK_TERBACA: [
    ...(["folder", "izin", "bukanBukuKerja"] as const).map((reason) => ({
      kode: "TIDAK_TERBACA" as const,
      berkas: "data.xlsx",
      reason,
    })),
    { kode: "TIDAK_TERBACA", berkas: "data.xlsx", reason: "lain", galat: "EIO" },
  ],
  BUKAN_XLSX: (["xls", "bukanBukuKerja", "bukanZip", "dilindungi"] as const).flatMap((jenis) => [
    { kode: "BUKAN_XLSX" as const, berkas: "data.xlsx", jenis },
    { kode: "BUKAN_XLSX" as const, jenis },
  ]),
  RUSAK: Object.values(RUSAK_SAMPLES)
    .flat()
    .map((reason) => ({ kode: "RUSAK" as const, berkas: "data.xlsx", reason })),
  TERLALU_BESAR: Object.values(BESAR_SAMPLES)
    .flat()
    .map((reason) => ({ kode: "TERLALU_BESAR" as const, berkas: "data.xlsx", reason })),
};
