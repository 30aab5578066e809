/**
 * Sample reasons for every core code and every reason a text is not a number: test/texts.test.ts
 * words each in both languages. The type makes a new code without a sample a compile error.
 */
import type { AngkaReason, CoreCode, CoreReason } from "../../../src/core";

type Of<K extends CoreCode> = Extract<CoreReason, { kode: K }>;
type ReasonOf<J extends AngkaReason["jenis"]> = Extract<AngkaReason, { jenis: J }>;

const SKALA = ["kategori", "permendagri86", "sakip"];

export const CORE_SAMPLES: { [K in CoreCode]: Of<K>[] } = {
  KOSONG: [{ kode: "KOSONG", arg: "Target" }],
  GALAT_SEL: [{ kode: "GALAT_SEL", arg: "Target", galat: "#REF!" }],
  TIDAK_HINGGA: [{ kode: "TIDAK_HINGGA", arg: "Target" }],
  BUKAN_ANGKA_SAH: [
    {
      kode: "BUKAN_ANGKA_SAH",
      arg: "Pagu",
      teks: "12a",
      reason: { jenis: "karakter", karakter: "a" },
    },
    {
      kode: "BUKAN_ANGKA_SAH",
      arg: "Pagu",
      teks: "90,000,000",
      reason: { jenis: "formatInggris", indonesia: "90.000.000" },
    },
  ],
  NILAI_LOGIKA: [{ kode: "NILAI_LOGIKA", arg: "Pagu", nilai: true }],
  BUKAN_ANGKA: [{ kode: "BUKAN_ANGKA", arg: "Pagu" }],
  TERLALU_BESAR: [{ kode: "TERLALU_BESAR", apa: "Capaian" }],
  ARAH_TIDAK_DIKENAL: [{ kode: "ARAH_TIDAK_DIKENAL", teks: "atas" }],
  TARGET_NOL: [{ kode: "TARGET_NOL" }],
  TARGET_NEGATIF: [{ kode: "TARGET_NEGATIF", target: "-2" }],
  EFISIENSI_NEGATIF: [
    { kode: "EFISIENSI_NEGATIF", nama: "capaian", nilai: "-5,00" },
    { kode: "EFISIENSI_NEGATIF", nama: "pagu", row: 12, nilai: "-10,00" },
  ],
  EFISIENSI_PENYEBUT_NOL: [{ kode: "EFISIENSI_PENYEBUT_NOL" }],
  PAGU_KALI_CAPAIAN_NOL: [{ kode: "PAGU_KALI_CAPAIAN_NOL" }],
  BOBOT_INDIKATOR_NOL: [{ kode: "BOBOT_INDIKATOR_NOL" }],
  SEMUA_KUALITATIF: [{ kode: "SEMUA_KUALITATIF" }],
  TANPA_INDIKATOR: [{ kode: "TANPA_INDIKATOR" }],
  TANPA_ANGGARAN_TERTAUT: [{ kode: "TANPA_ANGGARAN_TERTAUT" }],
  TANPA_LKIP_ANGGARAN: [{ kode: "TANPA_LKIP_ANGGARAN" }],
  INDIKATOR_TUJUAN: [{ kode: "INDIKATOR_TUJUAN" }],
  SERAPAN_UKURAN: [{ kode: "SERAPAN_UKURAN", pagu: 12, realisasi: 11 }],
  PAGU_NOL: [{ kode: "PAGU_NOL" }],
  RATA_TANPA_NILAI: [{ kode: "RATA_TANPA_NILAI" }],
  BOBOT_UKURAN: [{ kode: "BOBOT_UKURAN", bobot: 12, nilai: 11 }],
  BOBOT_NOL: [{ kode: "BOBOT_NOL" }],
  TERBILANG_TERLALU_BESAR: [{ kode: "TERBILANG_TERLALU_BESAR" }],
  DESIMAL_BUKAN_BULAT: [{ kode: "DESIMAL_BUKAN_BULAT", desimal: 2.5 }],
  PEMBULATAN_TIDAK_DIKENAL: [{ kode: "PEMBULATAN_TIDAK_DIKENAL", teks: "BULAT" }],
  SKALA_TIDAK_DIKENAL: [{ kode: "SKALA_TIDAK_DIKENAL", teks: "lima", skala: SKALA }],
  SKALA_DUA_KOLOM: [{ kode: "SKALA_DUA_KOLOM", skala: SKALA }],
  SKALA_KOSONG: [{ kode: "SKALA_KOSONG", skala: SKALA }],
  SKALA_PREDIKAT_KOSONG: [{ kode: "SKALA_PREDIKAT_KOSONG", row: 13 }],
  SKALA_PREDIKAT_BUKAN_TEKS: [{ kode: "SKALA_PREDIKAT_BUKAN_TEKS", row: 13 }],
  SKALA_BATAS_GANDA: [{ kode: "SKALA_BATAS_GANDA", row: 13, batas: "17,00" }],
  DI_BAWAH_SKALA: [
    { kode: "DI_BAWAH_SKALA", nilai: "12,00", terendah: "50,00" },
    { kode: "DI_BAWAH_SKALA", nilai: "12,00", terendah: null },
  ],
  JENIS_TRIWULAN_TIDAK_DIKENAL: [{ kode: "JENIS_TRIWULAN_TIDAK_DIKENAL", teks: "total" }],
  TRIWULAN_TIDAK_SAH: [{ kode: "TRIWULAN_TIDAK_SAH", triwulan: 15 }],
  NILAI_TW_BENTUK: [{ kode: "NILAI_TW_BENTUK", ukuran: "2×3" }],
  UKURAN_RENTANG: [
    { kode: "UKURAN_RENTANG", arg: "Realisasi", ukuran: "3×1", lain: "Target", ukuranLain: "4×1" },
  ],
  SATU_SEL: [{ kode: "SATU_SEL", arg: "Satuan" }],
  BUKAN_TEKS: [{ kode: "BUKAN_TEKS", arg: "Satuan" }],
  BATASI_TIDAK_DIKENAL: [{ kode: "BATASI_TIDAK_DIKENAL", teks: "mungkin" }],
};

export const ANGKA_SAMPLES: { [J in AngkaReason["jenis"]]: ReasonOf<J>[] } = {
  teksKosong: [{ jenis: "teksKosong" }],
  kurung: [{ jenis: "kurung" }],
  minusGanda: [{ jenis: "minusGanda" }],
  tanpaAngka: [{ jenis: "tanpaAngka" }],
  karakter: [{ jenis: "karakter", karakter: "<" }],
  formatInggris: [{ jenis: "formatInggris", indonesia: "1.227.826.990,50" }],
  komaGanda: [{ jenis: "komaGanda" }],
  titikSesudahKoma: [{ jenis: "titikSesudahKoma" }],
  tanpaAngkaSesudahKoma: [{ jenis: "tanpaAngkaSesudahKoma" }],
  kelompokRibuan: [{ jenis: "kelompokRibuan" }],
  titikBukanRibuan: [{ jenis: "titikBukanRibuan" }],
  tanpaAngkaSesudahTitik: [{ jenis: "tanpaAngkaSesudahTitik" }],
};
