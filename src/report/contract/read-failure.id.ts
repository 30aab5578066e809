/** Why a file cannot be read, in Indonesian (the first language); read-failure.en.ts has the same keys. */
import type { ReadFailureWords } from "./read-failure";

const angka = (n: number) => n.toLocaleString("id-ID");
const SIMPAN = 'Simpan data sebagai "Excel Workbook (*.xlsx)".';

const id: ReadFailureWords = {
  failures: {
    TIDAK_ADA: (p) =>
      `Berkas tidak ditemukan: ${p.berkas ?? "berkas"}${p.folderBerkas ? " (salah satu foldernya ternyata berkas)." : ". Periksa nama dan foldernya."}`,
    TIDAK_TERBACA: (p) => {
      const b = p.berkas ?? "berkas";
      switch (p.reason) {
        case "folder":
          return `${b} adalah folder, bukan berkas .xlsx.`;
        case "izin":
          return `Berkas ${b} tidak boleh dibaca (izin akses ditolak).`;
        case "bukanBukuKerja":
          return `${b} tidak dapat dibaca sebagai buku kerja Excel. Buka berkas itu di Excel lalu simpan ulang sebagai "Excel Workbook (*.xlsx)".`;
        case "lain":
          return `Berkas ${b} tidak dapat dibaca${p.galat ? ` (${p.galat})` : ""}.`;
      }
    },
    BUKAN_XLSX: (p) => {
      const b = p.berkas ?? "berkas";
      switch (p.jenis) {
        case "xls":
          return `${b} bukan berkas .xlsx: ini berkas Excel lama (.xls) atau berkas yang dilindungi kata sandi. Buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai "Excel Workbook (*.xlsx)".`;
        case "bukanBukuKerja":
          return `${b} bukan berkas .xlsx (isinya bukan buku kerja Excel). ${SIMPAN}`;
        case "bukanZip":
          return `${b} bukan berkas .xlsx.`;
        case "dilindungi":
          return `${b} dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu simpan lagi.`;
      }
    },
    RUSAK: (p) =>
      `${p.berkas ?? "berkas"} rusak: ${id.rusak[p.reason.jenis](p.reason as never)}. Buka berkas itu di Excel lalu simpan ulang sebagai "Excel Workbook (*.xlsx)".`,
    TERLALU_BESAR: (p) =>
      p.reason.jenis === "tabel"
        ? `Tabel-tabelnya (${p.reason.row} baris) tidak dapat disusun menjadi berkas .xlsx di memori; tidak ada berkas yang ditulis. Kurangi baris LKIP_IKU atau LKIP_ANGGARAN, lalu jalankan lagi.`
        : `berkas terlalu besar: ${p.berkas ?? "berkas"} ${id.besar[p.reason.jenis](p.reason as never)}. Simpan data LKIP (LKIP_IKU, LKIP_ANGGARAN, …) dalam buku kerja tersendiri yang lebih kecil, lalu baca buku kerja itu.`,
  },
  rusak: {
    arsip: () => "arsipnya tidak utuh",
    xml: () => "isi XML-nya tidak utuh atau tidak sah",
    isi: () => "isinya tidak dapat dibaca",
    nomorBaris: (p) => `nomor baris "${p.teks}" di lembar ${p.lembar} tidak sah`,
    alamatSel: (p) => `alamat sel "${p.teks}" di lembar ${p.lembar} tidak sah`,
    bagianLembar: (p) => `bagian lembar ${p.lembar} (${p.bagian}) tidak ada di dalam berkas`,
    nomorTeksBersama: (p) =>
      `sel ${p.cell} merujuk ke teks bersama dengan nomor yang tidak sah ("${p.teks}")`,
    teksBersamaHilang: (p) =>
      `sel ${p.cell} merujuk ke daftar teks bersama (sharedStrings.xml) yang tidak ada di dalam berkas`,
    teksBersamaDiLuar: (p) =>
      `sel ${p.cell} merujuk ke teks bersama nomor ${p.nomor}, padahal daftarnya hanya ${p.jumlah} teks`,
    nilaiTidakSah: (p) =>
      `sel ${p.cell} berisi ${p.nilai === "logika" ? "nilai logika" : p.nilai} yang tidak sah ("${p.teks}")`,
    jenisSel: (p) => `sel ${p.cell} berjenis "${p.teks}" yang tidak dikenal`,
  },
  besar: {
    batasArsip: (p) =>
      `melebihi batas yang dibaca (lebih dari ${angka(p.bagian)} bagian, atau isinya lebih dari ${angka(p.mb)} MB setelah diurai)`,
    memori: () => "tidak muat di memori untuk dibaca",
    sel: (p) => `memuat lebih dari ${angka(p.batas)} sel di sumber datanya`,
    sumber: (p) => `${p.sumber} mencakup ${angka(p.cell)} sel (batasnya ${angka(p.batas)})`,
    ukuran: (p) => `berukuran ${p.mb} MB (batasnya ${p.batasMb} MB)`,
    tabel: (p) => `tabelnya ${p.row} baris`,
  },
};

export default id;
