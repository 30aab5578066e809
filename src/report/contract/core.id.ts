/**
 * The core's reasons in Indonesian (the first language): what Excel shows in an =LKIP.… cell, and
 * the detail of findings about numbers, Arah, Pembulatan and Skala. core.en.ts has the same keys.
 */
import type { CoreWords } from "./core-reasons";

const CONTOH = "69,02 · 1.227.826.990,00 · Rp 1.227.826.990 · 92,71% · (1.000) · 69.02";
const skalaHelp = (skala: string[]) =>
  `isi salah satu: ${skala.join(", ")}, atau rentang 2 kolom (batas bawah, predikat)`;

const id: CoreWords = {
  reasons: {
    KOSONG: (p) => `${p.arg} kosong: isi data ${p.arg}`,
    GALAT_SEL: (p) => `${p.arg}: sel berisi galat ${p.galat}`,
    TIDAK_HINGGA: (p) => `${p.arg}: bukan bilangan hingga`,
    BUKAN_ANGKA_SAH: (p) =>
      `${p.arg}: "${p.teks}" bukan angka yang sah (${id.angka[p.reason.jenis](p.reason as never)}); contoh yang diterima: ${CONTOH}`,
    NILAI_LOGIKA: (p) =>
      `${p.arg}: nilai logika ${p.nilai ? "TRUE" : "FALSE"} bukan angka; isi angka`,
    BUKAN_ANGKA: (p) => `${p.arg}: bukan angka; isi angka`,
    TERLALU_BESAR: (p) => `${p.apa} terlalu besar untuk disimpan di sel Excel`,
    ARAH_TIDAK_DIKENAL: (p) =>
      `arah: "${p.teks}" tidak dikenal; isi naik (juga positif, 1) bila makin tinggi makin baik, atau turun (juga negatif, -1) bila makin rendah makin baik`,
    TARGET_NOL: () => "target 0: capaian tidak dapat dihitung",
    TARGET_NEGATIF: (p) =>
      `target negatif (${p.target}): rasio capaian tidak bermakna; nyatakan ulang indikatornya dengan target positif`,
    EFISIENSI_NEGATIF: (p) =>
      `${p.nama}${p.row !== undefined ? ` (baris ${p.row})` : ""} negatif (${p.nilai}): efisiensi tidak dapat dihitung; isi ${p.nama} 0 atau lebih`,
    EFISIENSI_PENYEBUT_NOL: () => "Σ(pagu × capaian) = 0: efisiensi tidak dapat dihitung",
    PAGU_KALI_CAPAIAN_NOL: () => "pagu × capaian = 0",
    BOBOT_INDIKATOR_NOL: () => "jumlah bobot indikatornya 0",
    SEMUA_KUALITATIF: () => "semua indikatornya kualitatif, tanpa capaian dalam persen",
    TANPA_INDIKATOR: () => "tidak ada indikator yang terbaca",
    TANPA_ANGGARAN_TERTAUT: () => "tidak ada anggaran yang tertaut",
    TANPA_LKIP_ANGGARAN: () => "LKIP_ANGGARAN tidak ada",
    INDIKATOR_TUJUAN: () => "indikator tujuan",
    SERAPAN_UKURAN: (p) =>
      `pagu (${p.pagu} nilai) dan realisasi (${p.realisasi} nilai) harus berukuran sama`,
    PAGU_NOL: () => "pagu 0: serapan tidak dapat dihitung",
    RATA_TANPA_NILAI: () => "tidak ada nilai untuk dirata-ratakan",
    BOBOT_UKURAN: (p) => `bobot (${p.bobot} nilai) dan nilai (${p.nilai}) harus berukuran sama`,
    BOBOT_NOL: () => "jumlah bobot 0: rata-rata tertimbang tidak dapat dihitung",
    TERBILANG_TERLALU_BESAR: () =>
      "angka terlalu besar: terbilang hanya sampai di bawah 1.000 triliun",
    DESIMAL_BUKAN_BULAT: (p) => `jumlah desimal harus bilangan bulat, bukan ${p.desimal}`,
    PEMBULATAN_TIDAK_DIKENAL: (p) =>
      `pembulatan: "${p.teks}" tidak dikenal; isi ROUND (dibulatkan) atau TRUNC (dipotong)`,
    SKALA_TIDAK_DIKENAL: (p) => `skala: "${p.teks}" tidak dikenal; ${skalaHelp(p.skala)}`,
    SKALA_DUA_KOLOM: (p) =>
      `skala: rentang harus tepat 2 kolom (batas bawah, predikat); ${skalaHelp(p.skala)}`,
    SKALA_KOSONG: (p) => `skala: rentang kosong; ${skalaHelp(p.skala)}`,
    SKALA_PREDIKAT_KOSONG: (p) => `skala baris ${p.row}: predikat kosong`,
    SKALA_PREDIKAT_BUKAN_TEKS: (p) => `skala baris ${p.row}: predikat harus teks`,
    SKALA_BATAS_GANDA: (p) => `skala baris ${p.row}: batas bawah ${p.batas} muncul dua kali`,
    DI_BAWAH_SKALA: (p) => `nilai ${p.nilai} di bawah batas terendah skala (${p.terendah ?? "-"})`,
    JENIS_TRIWULAN_TIDAK_DIKENAL: (p) =>
      `jenis: "${p.teks}" tidak dikenal; isi kumulatif (triwulan dijumlahkan), akhir (nilai triwulan terakhir) atau rata-rata`,
    TRIWULAN_TIDAK_SAH: (p) => `triwulan: ${p.triwulan} bukan triwulan; isi 1 sampai 4`,
    NILAI_TW_BENTUK: (p) =>
      `nilai_tw: rentang ${p.ukuran}; isi satu baris atau satu kolom triwulan, mis. C2:F2`,
    UKURAN_RENTANG: (p) =>
      `${p.arg}: ukuran rentang ${p.ukuran} berbeda dengan ${p.lain} ${p.ukuranLain}; samakan ukurannya`,
    SATU_SEL: (p) => `${p.arg}: isi satu sel, bukan rentang`,
    BUKAN_TEKS: (p) => `${p.arg}: isi teks, misalnya "Rupiah"`,
    BATASI_TIDAK_DIKENAL: (p) => `batasi: "${p.teks}" tidak dikenal; isi TRUE/FALSE atau Ya/Tidak`,
  },
  angka: {
    teksKosong: () => "teks kosong",
    kurung: () => "tanda kurung tidak berpasangan",
    minusGanda: () => "tanda minus ganda",
    tanpaAngka: () => "tidak ada angka",
    karakter: (p) => `berisi karakter "${p.karakter}"`,
    formatInggris: (p) =>
      `tampak ditulis dalam format Inggris (koma sebagai pemisah ribuan); dalam format Indonesia ${p.indonesia}`,
    komaGanda: () => "koma desimal lebih dari satu",
    titikSesudahKoma: () => "titik sesudah koma desimal",
    tanpaAngkaSesudahKoma: () => "tidak ada angka sesudah koma",
    kelompokRibuan: () => "pemisah ribuan (titik) harus memisahkan kelompok tiga angka",
    titikBukanRibuan: () => "titik lebih dari satu tetapi bukan pemisah ribuan",
    tanpaAngkaSesudahTitik: () => "tidak ada angka sesudah titik",
  },
};

export default id;
