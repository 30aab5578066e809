/** Why a table is not built, in Indonesian (the first language): one text per code of reasons.ts. */
import type { Berisi, ReasonWords } from "./reasons";

const KOSONG: Record<Berisi, string> = {
  LKIP_IKU: "LKIP_IKU tidak berisi indikator yang dapat dibaca",
  LKIP_ANGGARAN: "LKIP_ANGGARAN tidak berisi baris anggaran yang dapat dibaca",
  LKIP_BELANJA: "LKIP_BELANJA tidak berisi baris yang dapat dibaca",
  LKIP_TRIWULAN: "LKIP_TRIWULAN tidak berisi indikator yang dapat dibaca",
};

const id: ReasonWords = {
  SUMBER_TIDAK_ADA: (p) => `${p.sumber} tidak ada di buku kerja.`,
  SUMBER_TIDAK_TERBACA: (p) =>
    `${p.sumber} tidak dapat dibaca: kolom wajibnya belum lengkap (lihat temuan).`,
  SUMBER_KOSONG: (p) => `${KOSONG[p.sumber]}${p.lihatTemuan ? " (lihat temuan)" : ""}.`,
  TAHUN_LALU_TIDAK_ADA: () =>
    'LKIP_IKU tidak punya kolom Realisasi tahun sebelumnya (misalnya "Realisasi Tahun Lalu").',
  TAHUN_LALU_KOSONG: () => "kolom Realisasi tahun sebelumnya di LKIP_IKU kosong semua.",
  RENSTRA_TIDAK_ADA: () => "LKIP_IKU tidak punya kolom Target Renstra.",
  RENSTRA_KOSONG: () => "kolom Target Renstra di LKIP_IKU kosong semua.",
  TRIWULAN_KOSONG: () => "LKIP_TRIWULAN belum berisi realisasi triwulan mana pun.",
};

export default id;
