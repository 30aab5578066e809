/**
 * The words of Bab III in Indonesian, the first language; bab3.en.ts has the same keys, the same
 * {placeholders} and shows the same parameters (test/texts.test.ts). A figure is never written
 * here: a {placeholder} stands for it and build.ts puts the figure run there, as the tables print
 * it. Counts are written "3 (tiga)", which RULES §15 reads as a count.
 */
import { Decimal, terbilang } from "../../../core";

const jumlah = (n: number) => `${n} (${terbilang(new Decimal(n)).toLowerCase()})`;

const id = {
  jumlah,
  judulDokumen: (instansi: string, tahun: number) =>
    `Bab III Akuntabilitas Kinerja ${instansi} Tahun ${tahun}`.replace(/\s+/g, " "),
  halaman: "Halaman",
  ikhtisar: "IKHTISAR EKSEKUTIF",
  ikhtisarPembuka: (instansi: string, tahun: number, sasaran: number, indikator: number) =>
    `Laporan Kinerja ${instansi} Tahun ${tahun} menyajikan capaian ${jumlah(sasaran)} sasaran strategis yang diukur dengan ${jumlah(indikator)} indikator kinerja utama.`,
  instansiKosong: "Instansi",
  ikhtisarRataRata: "Rata-rata capaian seluruh indikator sebesar {capaian} %{kategori}.",
  kategori: ", kategori {kategori}",
  ikhtisarAnggaran:
    "Untuk mencapai sasaran-sasaran tersebut, pagu anggaran sebesar {pagu} dengan realisasi anggaran sebesar {realisasi}{serapan}.",
  serapan: ", serapan {serapan} %",
  ikhtisarTanpaAnggaran:
    "Anggaran per sasaran tidak disajikan: buku kerja tidak memuat LKIP_ANGGARAN.",
  ikhtisarPredikat: (total: number, daftar: string) =>
    `Dari ${jumlah(total)} indikator: ${daftar}.`,
  predikatBand: (n: number, label: string) => `${jumlah(n)} ${label.toLowerCase()}`,
  ikhtisarSasaran: "Sasaran {nomor}: {teks} (indikator: {indikator}).",
  ikhtisarTertinggi:
    "Capaian tertinggi pada indikator {tinggi} sebesar {capaianTinggi} %, dan capaian terendah pada indikator {rendah} sebesar {capaianRendah} %.",
  bab: "BAB III AKUNTABILITAS KINERJA",
  bagianA: "A. Capaian Kinerja Organisasi",
  metode:
    "Capaian kinerja setiap indikator diukur dengan membandingkan realisasi dengan targetnya (PermenPAN-RB Nomor 53 Tahun 2014):",
  metodeNaik:
    "indikator berarah naik (makin tinggi makin baik): capaian = realisasi dibagi target, dalam persen;",
  metodeTurun:
    "indikator berarah turun (makin rendah makin baik): capaian = dua kali target dikurangi realisasi, dibagi target, dalam persen.",
  metodeKategori: (skala: string) => `Capaian dikelompokkan menurut skala ${skala}:`,
  band: (label: string, rentang: string) => `${label}: ${rentang};`,
  rumusEfisiensi:
    "Efisiensi dihitung menurut PMK 214/PMK.02/2017: E = (PAK × CK − RAK) / (PAK × CK), dalam persen, dibatasi paling tinggi dua puluh persen dan paling rendah minus dua puluh persen; PAK = pagu anggaran, CK = capaian kinerja, RAK = realisasi anggaran.",
  tabelDisajikan: (nomor: number, apa: string) => `${apa} disajikan pada Tabel 3.${nomor}.`,
  tabelTidakDibuat: (apa: string, reason: string) => `${apa} tidak disajikan: ${reason}`,
  kalimatTabel2: (n: number) =>
    `Tabel tersebut memuat ${jumlah(n)} indikator kinerja utama beserta target, realisasi dan capaiannya.`,
  kalimatTabel2Rata: "Rata-rata capaiannya sebesar {capaian} %{kategori}.",
  kalimatTabel3: (daftar: string) => `Menurut predikat capaian: ${daftar}.`,
  kalimatTabel4: (daftar: string) => `Menurut kategori: ${daftar}.`,
  kategoriBand: (n: number, label: string) => `${jumlah(n)} indikator ${label}`,
  kalimatTabel5:
    "Capaian tertinggi pada indikator {tinggi} ({capaianTinggi} %), terendah pada indikator {rendah} ({capaianRendah} %).",
  sasaranJudul: (nomor: number, teks: string) => `Sasaran Strategis ${nomor}: ${teks}`,
  sasaranCapaian: "Capaian kinerja Sasaran Strategis {nomor} sebesar {capaian} %{kategori}.",
  sasaranTanpaCapaian: (nomor: number) =>
    `Sasaran Strategis ${nomor} tidak mempunyai capaian dalam persen: semua indikatornya kualitatif.`,
  indikatorJudul: (nomor: string, nama: string) => `Indikator ${nomor}: ${nama}`,
  kualitatif: "kualitatif",
  itemLabel: [
    "1. Target dan realisasi. ",
    "2. Dibandingkan dengan tahun sebelumnya. ",
    "3. Dibandingkan dengan target Renstra. ",
    "4. Dibandingkan dengan standar nasional. ",
    "5. Penyebab keberhasilan atau kegagalan dan solusinya. ",
    "6. Efisiensi penggunaan sumber daya. ",
    "7. Program dan kegiatan penunjang. ",
  ],
  tabelItem1: (nomor: number) =>
    `Target, realisasi dan capaian indikatornya disajikan pada Tabel 3.${nomor}.`,
  captionItem1: (n: number) => `Target, Realisasi dan Capaian Indikator Sasaran ${n}`,
  captionItem7: (n: number) => `Program dan Kegiatan Penunjang Sasaran ${n}`,
  kolom: {
    no: "No",
    indikator: "Indikator",
    satuan: "Satuan",
    target: "Target",
    realisasi: "Realisasi",
    capaian: "Capaian (%)",
    kategori: "Kategori",
    program: "Program / Kegiatan",
    pagu: "Pagu (Rp)",
    realisasiAnggaran: "Realisasi (Rp)",
    serapan: "%",
  },
  item1:
    "Indikator {nama} ditargetkan sebesar {target}{satuan} dan terealisasi sebesar {realisasi}, sehingga capaian kinerjanya sebesar {capaian} %, {predikat}{kategori}.",
  satuan: " ({satuan})",
  item1Kualitatif: (nama: string, target: string, realisasi: string, predikat: string) =>
    `Indikator ${nama} ditargetkan "${target}" dan terealisasi "${realisasi}": ${predikat.toLowerCase()}. Indikator kualitatif tidak mempunyai capaian dalam persen.`,
  predikat: (label: string) => label.toLowerCase(),
  item2:
    "Indikator {nama}: realisasi tahun ini sebesar {realisasi}, dibandingkan realisasi tahun sebelumnya ({tahun}) sebesar {sebelumnya}; {perubahan}.",
  naik: "terjadi peningkatan sebesar {nilai} poin ({keterangan})",
  turun: "terjadi penurunan sebesar {nilai} poin ({keterangan})",
  tetap: "tidak berubah ({keterangan})",
  arah: { Membaik: "Membaik", Memburuk: "Memburuk", Tetap: "Tetap" },
  item2TanpaKolom:
    "Tidak ada data realisasi tahun sebelumnya: LKIP_IKU tidak mempunyai kolom Realisasi tahun lalu.",
  item2Kosong: (tahun: number) =>
    `Tidak ada data realisasi tahun sebelumnya: sel Realisasi ${tahun} indikator ini kosong.`,
  item3:
    "Indikator {nama}: target Renstra{tahun} sebesar {targetRenstra}, sehingga capaian terhadap Renstra sebesar {capaian} %.",
  tahunRenstra: " tahun {tahun}",
  item3Tanpa:
    "Tidak ada data target Renstra: LKIP_IKU tidak mempunyai kolom Target Renstra untuk indikator ini.",
  item4Angka:
    "Indikator {nama}: standar nasionalnya {standar}; realisasinya ({realisasi}) {hasil}.",
  memenuhi: "memenuhi standar tersebut",
  belumMemenuhi: "belum memenuhi standar tersebut",
  item4Teks: (nama: string, standar: string) =>
    `Indikator ${nama}: standar nasionalnya "${standar}".`,
  item4Tanpa:
    "Tidak ada data standar nasional untuk indikator ini (kolom Standar Nasional di LKIP_IKU).",
  item4Konfirmasi: "[diisi: pastikan bahwa indikator ini memang tidak mempunyai standar nasional]",
  item5:
    "[diisi: {fakta} Uraikan penyebab keberhasilan atau kegagalannya, hambatan yang dihadapi, dan solusi atau langkah yang telah dan akan diambil.]",
  item5Capaian: "Capaian {capaian} %{kategori}{perubahan}.",
  item5Naik: "; peningkatan {nilai} poin dari tahun sebelumnya",
  item5Turun: "; penurunan {nilai} poin dari tahun sebelumnya",
  item5Kualitatif: (predikat: string) => `Indikator ${predikat.toLowerCase()}.`,
  item6:
    "Sasaran Strategis {nomor} menggunakan pagu anggaran sebesar {pagu} dengan capaian kinerja sasaran sebesar {capaian} % dan realisasi anggaran sebesar {realisasi}. Tingkat efisiensinya {nilai} %, {keterangan}{batas}.",
  efisien: { Efisien: "Efisien", "Tidak efisien": "Tidak efisien" } as Record<string, string>,
  batasAtas: " (dibatasi pada batas atas PMK 214/PMK.02/2017)",
  batasBawah: " (dibatasi pada batas bawah PMK 214/PMK.02/2017)",
  item6PerIndikator:
    "Anggaran sasaran ini ditautkan ke indikatornya, sehingga efisiensinya dihitung dari suku setiap indikator (Tabel Efisiensi Sumber Daya).",
  item6Tidak: (nomor: number, reason: string) =>
    `Efisiensi Sasaran Strategis ${nomor} tidak dapat dihitung: ${reason}.`,
  item7: (nomor: number, program: number, kegiatan: number) =>
    `Sasaran Strategis ${nomor} didukung oleh ${jumlah(program)} program dengan ${jumlah(kegiatan)} kegiatan/sub kegiatan.`,
  item7Anggaran:
    "Pagu anggaran Sasaran Strategis {nomor} sebesar {pagu} dan realisasi anggarannya sebesar {realisasi}{serapan}.",
  item7Ekstrem:
    "Kegiatan dengan persentase tertinggi: {tinggi} ({persenTinggi} %); terendah: {rendah} ({persenRendah} %).",
  item7Tanpa:
    "Tidak ada data program dan kegiatan: tidak ada baris LKIP_ANGGARAN yang ditautkan ke sasaran ini.",
  bagianB: "B. Akuntabilitas Keuangan",
  kalimatTabel10:
    "Pagu anggaran seluruhnya sebesar {pagu} ({terbilang}) dengan realisasi anggaran sebesar {realisasi}{serapan}.",
  serapanTotal: ", atau serapan sebesar {serapan} %",
  kalimatTabel12: "Menurut jenis belanja: {daftar}; jumlah {total}.",
  tanpaAnggaran: "Akuntabilitas keuangan tidak disajikan: buku kerja tidak memuat LKIP_ANGGARAN.",
  tanpaBelanja: "Komposisi belanja tidak disajikan: buku kerja tidak memuat LKIP_BELANJA.",
};

export type Bab3Texts = typeof id;
export default id;
