/**
 * The 13 standard tables of TABLES.md by number: name and the sources each needs. Apart from their
 * builders (specs.ts) so that the pane can list them without loading the table code.
 */
import type { SourceName } from "../contract";

export interface TableName {
  id: number;
  nama: string;
  needs: SourceName[];
}

export const TABLE_NAMES: readonly TableName[] = [
  { id: 1, nama: "Perjanjian Kinerja", needs: ["LKIP_IKU", "LKIP_ANGGARAN"] },
  { id: 2, nama: "Capaian Indikator Kinerja Utama", needs: ["LKIP_IKU"] },
  { id: 3, nama: "Jumlah Indikator menurut Predikat Capaian", needs: ["LKIP_IKU"] },
  { id: 4, nama: "Jumlah Indikator menurut Kategori", needs: ["LKIP_IKU"] },
  { id: 5, nama: "Capaian IKU menurut Kategori", needs: ["LKIP_IKU"] },
  { id: 6, nama: "Perbandingan Realisasi dengan Tahun Sebelumnya", needs: ["LKIP_IKU"] },
  { id: 7, nama: "Perbandingan dengan Target Renstra", needs: ["LKIP_IKU"] },
  { id: 8, nama: "Efisiensi Sumber Daya", needs: ["LKIP_IKU", "LKIP_ANGGARAN"] },
  { id: 9, nama: "Program dan Kegiatan Penunjang per Sasaran", needs: ["LKIP_ANGGARAN"] },
  { id: 10, nama: "Pagu dan Realisasi Anggaran per Sasaran", needs: ["LKIP_IKU", "LKIP_ANGGARAN"] },
  {
    id: 11,
    nama: "Efektivitas Anggaran terhadap Capaian Sasaran",
    needs: ["LKIP_IKU", "LKIP_ANGGARAN"],
  },
  { id: 12, nama: "Komposisi Belanja", needs: ["LKIP_BELANJA"] },
  // Titled by the quarter the figures run to ("… s.d. Triwulan III", tables/triwulan.ts).
  { id: 13, nama: "Capaian Kinerja per Triwulan", needs: ["LKIP_TRIWULAN"] },
];
