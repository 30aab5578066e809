/**
 * Every word of Bab III, one dictionary per language (Indonesian first, English complete). A
 * sentence takes its figures as runs already written (format.ts), so the words never touch a
 * number; counts are written "3 (tiga)" as reports do, which RULES §15 reads as a count.
 */
import { Decimal, terbilang } from "../../core";
import type { Lang } from "../contract";
import { runs, type Part } from "./format";
import type { Run } from "./types";

const EN_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

/** Figures of one indicator's item 1 (already written as runs). */
export interface ItemTarget {
  nama: string;
  target: Run;
  realisasi: Run;
  satuan: string | null;
  capaian: Run;
  kategori: string | null;
  predikat: string;
}

export interface Bab3Texts {
  /** "3 (tiga)". */
  jumlah(n: number): string;
  judulDokumen(instansi: string | null, tahun: number): string;
  halaman: string;
  ikhtisar: string;
  ikhtisarPembuka(a: {
    instansi: string | null;
    tahun: number;
    sasaran: number;
    indikator: number;
  }): Part[];
  ikhtisarSasaran(nomor: number, teks: string, indikator: string[]): Part[];
  ikhtisarPredikat(bands: { label: string; jumlah: number }[], total: number): Part[];
  ikhtisarTertinggi(
    tinggi: { nama: string; capaian: Run },
    rendah: { nama: string; capaian: Run }
  ): Part[];
  ikhtisarRataRata(capaian: Run, kategori: string | null): Part[];
  ikhtisarAnggaran(pagu: Run, realisasi: Run, serapan: Run | null): Part[];
  ikhtisarTanpaAnggaran: string;
  bab: string;
  bagianA: string;
  metode: string;
  metodeNaik: string;
  metodeTurun: string;
  metodeKategori(skala: string): string;
  band(label: string, rentang: string): string;
  tabelDisajikan(nomor: number, apa: string): Part[];
  tabelTidakDibuat(apa: string, alasan: string): string;
  kalimatTabel2(n: number, rata: Run | null, kategori: string | null): Part[];
  kalimatTabel3(bands: { label: string; jumlah: number }[]): Part[];
  kalimatTabel4(bands: { label: string; jumlah: number }[]): Part[];
  kalimatTabel5(
    tinggi: { nama: string; capaian: Run },
    rendah: { nama: string; capaian: Run }
  ): Part[];
  sasaranJudul(nomor: number, teks: string): string;
  sasaranCapaian(capaian: Run, kategori: string | null): Part[];
  sasaranTanpaCapaian: string;
  indikatorJudul(nomor: string, nama: string): string;
  itemLabel: [string, string, string, string, string, string, string];
  tabelItem1(nomor: number): string;
  captionItem1(nomorSasaran: number): string;
  captionItem7(nomorSasaran: number): string;
  kolom: {
    no: string;
    indikator: string;
    satuan: string;
    target: string;
    realisasi: string;
    capaian: string;
    kategori: string;
    program: string;
    pagu: string;
    realisasiAnggaran: string;
    serapan: string;
  };
  item1(a: ItemTarget): Part[];
  item1Kualitatif(nama: string, target: string, realisasi: string, predikat: string): Part[];
  item2(a: {
    nama: string;
    realisasi: Run;
    dari: number;
    sebelumnya: Run;
    perubahan: Run | null;
    naik: boolean;
    keterangan: string;
  }): Part[];
  item2TanpaKolom: string;
  item2Kosong(tahun: number): string;
  item3(a: { nama: string; tahun: number | null; targetRenstra: Run; capaian: Run }): Part[];
  item3Tanpa: string;
  item4(a: {
    nama: string;
    standar: Run | string;
    realisasi: Run | null;
    memenuhi: boolean | null;
  }): Part[];
  item4Tanpa: string;
  item4Konfirmasi: string;
  item5(fakta: Part[]): Part[];
  item5Fakta(a: {
    capaian: Run | null;
    kategori: string | null;
    perubahan: Run | null;
    naik: boolean;
    predikat: string;
  }): Part[];
  item6(a: {
    pagu: Run;
    capaian: Run;
    realisasi: Run;
    nilai: Run;
    dibatasi: boolean;
    positif: boolean;
    keterangan: string;
  }): Part[];
  item6Rumus: string;
  item6PerIndikator: string;
  item6Tidak(alasan: string): string;
  item7(a: {
    program: number;
    kegiatan: number;
    pagu: Run;
    realisasi: Run;
    serapan: Run | null;
  }): Part[];
  item7Ekstrem(
    tinggi: { nama: string; persen: Run },
    rendah: { nama: string; persen: Run }
  ): Part[];
  item7Tanpa: string;
  bagianB: string;
  kalimatTabel10(pagu: Run, terbilang: string, realisasi: Run, serapan: Run | null): Part[];
  kalimatTabel12(jenis: { nama: string; jumlah: Run }[], total: Run): Part[];
  tanpaAnggaran: string;
  tanpaBelanja: string;
  kualitatif: string;
}

const ID: Bab3Texts = {
  jumlah: (n) => `${n} (${terbilang(new Decimal(n)).toLowerCase()})`,
  judulDokumen: (instansi, tahun) =>
    `Bab III Akuntabilitas Kinerja${instansi ? ` ${instansi}` : ""} Tahun ${tahun}`,
  halaman: "Halaman",
  ikhtisar: "IKHTISAR EKSEKUTIF",
  ikhtisarPembuka: (a) => [
    `Laporan Kinerja ${a.instansi ?? "Instansi"} Tahun ${a.tahun} menyajikan capaian ${ID.jumlah(a.sasaran)} sasaran strategis yang diukur dengan ${ID.jumlah(a.indikator)} indikator kinerja utama:`,
  ],
  ikhtisarSasaran: (nomor, teks, indikator) => [
    { text: `Sasaran ${nomor}: `, bold: true },
    teks,
    ` (indikator: ${indikator.join("; ")}).`,
  ],
  ikhtisarPredikat: (bands, total) => [
    `Dari ${ID.jumlah(total)} indikator, `,
    bands.map((b) => `${ID.jumlah(b.jumlah)} ${b.label.toLowerCase()}`).join(", "),
    ".",
  ],
  ikhtisarTertinggi: (tinggi, rendah) => [
    `Capaian tertinggi pada indikator ${tinggi.nama} sebesar `,
    tinggi.capaian,
    ` %, dan capaian terendah pada indikator ${rendah.nama} sebesar `,
    rendah.capaian,
    " %.",
  ],
  ikhtisarRataRata: (capaian, kategori) => [
    "Rata-rata capaian seluruh indikator sebesar ",
    capaian,
    kategori ? ` %, kategori ${kategori}.` : " %.",
  ],
  ikhtisarAnggaran: (pagu, realisasi, serapan) => [
    "Untuk mencapai sasaran tersebut, pagu anggaran sebesar ",
    pagu,
    " dengan realisasi anggaran sebesar ",
    realisasi,
    serapan ? ", serapan " : ".",
    serapan,
    serapan ? " %." : "",
  ],
  ikhtisarTanpaAnggaran:
    "Anggaran per sasaran tidak disajikan: buku kerja tidak memuat LKIP_ANGGARAN.",
  bab: "BAB III AKUNTABILITAS KINERJA",
  bagianA: "A. Capaian Kinerja Organisasi",
  metode:
    "Capaian kinerja setiap indikator diukur dengan membandingkan realisasi dengan targetnya (PermenPAN-RB Nomor 53 Tahun 2014):",
  metodeNaik:
    "indikator berarah naik (makin tinggi makin baik): capaian = realisasi dibagi target, dalam persen;",
  metodeTurun:
    "indikator berarah turun (makin rendah makin baik): capaian = dua kali target dikurangi realisasi, dibagi target, dalam persen.",
  metodeKategori: (skala) => `Capaian dikelompokkan menurut skala ${skala}:`,
  band: (label, rentang) => `${label}: ${rentang};`,
  tabelDisajikan: (nomor, apa) => [`${apa} disajikan pada Tabel 3.${nomor}.`],
  tabelTidakDibuat: (apa, alasan) => `${apa} tidak disajikan: ${alasan}`,
  kalimatTabel2: (n, rata, kategori) => [
    `Tabel tersebut memuat ${ID.jumlah(n)} indikator kinerja utama`,
    rata ? "; rata-rata capaiannya sebesar " : ".",
    rata,
    rata ? (kategori ? ` %, kategori ${kategori}.` : " %.") : "",
  ],
  kalimatTabel3: (bands) => [
    "Menurut predikat capaian: ",
    bands.map((b) => `${ID.jumlah(b.jumlah)} indikator ${b.label.toLowerCase()}`).join(", "),
    ".",
  ],
  kalimatTabel4: (bands) => [
    "Menurut kategori: ",
    bands.map((b) => `${ID.jumlah(b.jumlah)} indikator ${b.label}`).join(", "),
    ".",
  ],
  kalimatTabel5: (tinggi, rendah) => [
    `Capaian tertinggi pada indikator ${tinggi.nama} (`,
    tinggi.capaian,
    ` %), terendah pada indikator ${rendah.nama} (`,
    rendah.capaian,
    " %).",
  ],
  sasaranJudul: (nomor, teks) => `Sasaran Strategis ${nomor}: ${teks}`,
  sasaranCapaian: (capaian, kategori) => [
    "Capaian kinerja sasaran ini sebesar ",
    capaian,
    kategori ? ` %, kategori ${kategori}.` : " %.",
  ],
  sasaranTanpaCapaian:
    "Sasaran ini tidak mempunyai capaian dalam persen: semua indikatornya kualitatif.",
  indikatorJudul: (nomor, nama) => `Indikator ${nomor}: ${nama}`,
  itemLabel: [
    "Target dan realisasi",
    "Dibandingkan dengan tahun sebelumnya",
    "Dibandingkan dengan target Renstra",
    "Dibandingkan dengan standar nasional",
    "Penyebab keberhasilan atau kegagalan dan solusinya",
    "Efisiensi penggunaan sumber daya",
    "Program dan kegiatan penunjang",
  ],
  tabelItem1: (nomor) =>
    `Target, realisasi dan capaian indikatornya disajikan pada Tabel 3.${nomor}.`,
  captionItem1: (n) => `Target, Realisasi dan Capaian Indikator Sasaran ${n}`,
  captionItem7: (n) => `Program dan Kegiatan Penunjang Sasaran ${n}`,
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
  item1: (a) => [
    `Indikator ${a.nama} ditargetkan sebesar `,
    a.target,
    a.satuan ? ` (${a.satuan})` : "",
    " dan terealisasi sebesar ",
    a.realisasi,
    ", sehingga capaian kinerjanya sebesar ",
    a.capaian,
    ` %, ${a.predikat.toLowerCase()}`,
    a.kategori ? `, kategori ${a.kategori}.` : ".",
  ],
  item1Kualitatif: (nama, target, realisasi, predikat) => [
    `Indikator ${nama} ditargetkan "${target}" dan terealisasi "${realisasi}": ${predikat.toLowerCase()}. Indikator kualitatif tidak mempunyai capaian dalam persen.`,
  ],
  item2: (a) => [
    `Realisasi indikator ${a.nama} tahun ini sebesar `,
    a.realisasi,
    `, dibandingkan realisasi tahun sebelumnya (${a.dari}) sebesar `,
    a.sebelumnya,
    a.perubahan
      ? a.naik
        ? ", terjadi peningkatan sebesar "
        : ", terjadi penurunan sebesar "
      : ", tidak berubah",
    a.perubahan,
    a.perubahan ? ` poin (${a.keterangan}).` : ` (${a.keterangan}).`,
  ],
  item2TanpaKolom:
    "Tidak ada data realisasi tahun sebelumnya: LKIP_IKU tidak mempunyai kolom Realisasi tahun lalu.",
  item2Kosong: (tahun) =>
    `Tidak ada data realisasi tahun sebelumnya: sel Realisasi ${tahun} indikator ini kosong.`,
  item3: (a) => [
    `Target Renstra${a.tahun ? ` tahun ${a.tahun}` : ""} untuk indikator ${a.nama} sebesar `,
    a.targetRenstra,
    ", sehingga capaian terhadap Renstra sebesar ",
    a.capaian,
    " %.",
  ],
  item3Tanpa:
    "Tidak ada data target Renstra: LKIP_IKU tidak mempunyai kolom Target Renstra untuk indikator ini.",
  item4: (a) => [
    `Standar nasional untuk indikator ${a.nama} adalah `,
    typeof a.standar === "string" ? `"${a.standar}"` : a.standar,
    a.realisasi && a.memenuhi !== null
      ? a.memenuhi
        ? "; realisasinya ("
        : "; realisasinya ("
      : ".",
    a.realisasi && a.memenuhi !== null ? a.realisasi : null,
    a.realisasi && a.memenuhi !== null
      ? a.memenuhi
        ? ") memenuhi standar tersebut."
        : ") belum memenuhi standar tersebut."
      : "",
  ],
  item4Tanpa:
    "Tidak ada data standar nasional untuk indikator ini (kolom Standar Nasional di LKIP_IKU).",
  item4Konfirmasi: "[diisi: pastikan bahwa indikator ini memang tidak mempunyai standar nasional]",
  item5: (fakta) => [
    "[diisi: ",
    ...fakta,
    " Uraikan penyebab keberhasilan atau kegagalannya, hambatan yang dihadapi, dan solusi atau langkah yang telah dan akan diambil.]",
  ],
  item5Fakta: (a) => [
    a.capaian ? "Capaian " : `Indikator ${a.predikat.toLowerCase()}`,
    a.capaian,
    a.capaian ? ` %${a.kategori ? ` (${a.kategori})` : ""}` : "",
    a.perubahan ? (a.naik ? "; peningkatan " : "; penurunan ") : "",
    a.perubahan,
    a.perubahan ? " poin dari tahun sebelumnya." : ".",
  ],
  item6: (a) => [
    "Sasaran ini menggunakan pagu anggaran sebesar ",
    a.pagu,
    " dengan capaian kinerja sasaran sebesar ",
    a.capaian,
    " % dan realisasi anggaran sebesar ",
    a.realisasi,
    ". Tingkat efisiensinya ",
    a.nilai,
    ` %, ${a.keterangan}`,
    a.dibatasi
      ? a.positif
        ? " (dibatasi pada batas atas PMK 214/PMK.02/2017)."
        : " (dibatasi pada batas bawah PMK 214/PMK.02/2017)."
      : ".",
  ],
  item6Rumus:
    "Efisiensi dihitung menurut PMK 214/PMK.02/2017: E = (PAK × CK − RAK) / (PAK × CK), dalam persen, dibatasi paling tinggi dua puluh persen dan paling rendah minus dua puluh persen; PAK = pagu anggaran, CK = capaian kinerja, RAK = realisasi anggaran.",
  item6PerIndikator:
    "Anggaran sasaran ini ditautkan ke indikatornya, sehingga efisiensinya dihitung dari suku setiap indikator (Tabel Efisiensi Sumber Daya).",
  item6Tidak: (alasan) => `Efisiensi sasaran ini tidak dapat dihitung: ${alasan}.`,
  item7: (a) => [
    `Sasaran ini didukung oleh ${ID.jumlah(a.program)} program dengan ${ID.jumlah(a.kegiatan)} kegiatan/sub kegiatan, dengan pagu anggaran sebesar `,
    a.pagu,
    " dan realisasi anggaran sebesar ",
    a.realisasi,
    a.serapan ? ", serapan " : ".",
    a.serapan,
    a.serapan ? " %." : "",
  ],
  item7Ekstrem: (tinggi, rendah) => [
    `Kegiatan dengan persentase tertinggi: ${tinggi.nama} (`,
    tinggi.persen,
    ` %); terendah: ${rendah.nama} (`,
    rendah.persen,
    " %).",
  ],
  item7Tanpa:
    "Tidak ada data program dan kegiatan: tidak ada baris LKIP_ANGGARAN yang ditautkan ke sasaran ini.",
  bagianB: "B. Akuntabilitas Keuangan",
  kalimatTabel10: (pagu, kata, realisasi, serapan) => [
    "Pagu anggaran seluruhnya sebesar ",
    pagu,
    ` (${kata}) dengan realisasi anggaran sebesar `,
    realisasi,
    serapan ? ", atau serapan sebesar " : ".",
    serapan,
    serapan ? " %." : "",
  ],
  kalimatTabel12: (jenis, total) => [
    "Menurut jenis belanja: ",
    ...jenis.flatMap((j, i) => [i > 0 ? "; " : "", `${j.nama} `, j.jumlah]),
    "; jumlah ",
    total,
    ".",
  ],
  tanpaAnggaran: "Akuntabilitas keuangan tidak disajikan: buku kerja tidak memuat LKIP_ANGGARAN.",
  tanpaBelanja: "Komposisi belanja tidak disajikan: buku kerja tidak memuat LKIP_BELANJA.",
  kualitatif: "kualitatif",
};

const en = (n: number) => `${n} (${EN_WORDS[n] ?? String(n)})`;

const EN: Bab3Texts = {
  jumlah: (n) => (n <= 20 ? en(n) : String(n)),
  judulDokumen: (instansi, tahun) =>
    `Chapter III Performance Accountability${instansi ? ` — ${instansi}` : ""}, ${tahun}`,
  halaman: "Page",
  ikhtisar: "EXECUTIVE SUMMARY",
  ikhtisarPembuka: (a) => [
    `The ${a.tahun} performance report of ${a.instansi ?? "the agency"} presents ${EN.jumlah(a.sasaran)} strategic objectives measured by ${EN.jumlah(a.indikator)} key performance indicators:`,
  ],
  ikhtisarSasaran: (nomor, teks, indikator) => [
    { text: `Objective ${nomor}: `, bold: true },
    teks,
    ` (indicators: ${indikator.join("; ")}).`,
  ],
  ikhtisarPredikat: (bands, total) => [
    `Of ${EN.jumlah(total)} indicators, `,
    bands.map((b) => `${EN.jumlah(b.jumlah)} ${enPredikat(b.label)}`).join(", "),
    ".",
  ],
  ikhtisarTertinggi: (tinggi, rendah) => [
    `The highest capaian is that of indicator ${tinggi.nama}, `,
    tinggi.capaian,
    ` %; the lowest capaian is that of indicator ${rendah.nama}, `,
    rendah.capaian,
    " %.",
  ],
  ikhtisarRataRata: (capaian, kategori) => [
    "The mean capaian of all indicators is ",
    capaian,
    kategori ? ` %, kategori ${kategori}.` : " %.",
  ],
  ikhtisarAnggaran: (pagu, realisasi, serapan) => [
    "To reach these objectives the pagu (budget) is ",
    pagu,
    ", with realisasi anggaran (spending) of ",
    realisasi,
    serapan ? ", serapan " : ".",
    serapan,
    serapan ? " %." : "",
  ],
  ikhtisarTanpaAnggaran: "No budget per objective: the workbook has no LKIP_ANGGARAN.",
  bab: "CHAPTER III PERFORMANCE ACCOUNTABILITY",
  bagianA: "A. Organisational Performance",
  metode:
    "The capaian (achievement) of each indicator compares its realisasi with its target (PermenPAN-RB 53/2014):",
  metodeNaik:
    "indicators where higher is better: capaian = realisasi divided by target, in percent;",
  metodeTurun:
    "indicators where lower is better: capaian = twice the target minus the realisasi, divided by the target, in percent.",
  metodeKategori: (skala) => `Capaian is grouped on the ${skala} scale:`,
  band: (label, rentang) => `${label}: ${rentang};`,
  tabelDisajikan: (nomor, apa) => [`${apa} is shown in Table 3.${nomor}.`],
  tabelTidakDibuat: (apa, alasan) => `${apa} is not shown: ${alasan}`,
  kalimatTabel2: (n, rata, kategori) => [
    `The table lists ${EN.jumlah(n)} key performance indicators`,
    rata ? "; their mean capaian is " : ".",
    rata,
    rata ? (kategori ? ` %, kategori ${kategori}.` : " %.") : "",
  ],
  kalimatTabel3: (bands) => [
    "By predikat: ",
    bands.map((b) => `${EN.jumlah(b.jumlah)} ${enPredikat(b.label)}`).join(", "),
    ".",
  ],
  kalimatTabel4: (bands) => [
    "By kategori: ",
    bands.map((b) => `${EN.jumlah(b.jumlah)} ${b.label}`).join(", "),
    ".",
  ],
  kalimatTabel5: (tinggi, rendah) => [
    `The highest capaian is that of indicator ${tinggi.nama} (`,
    tinggi.capaian,
    ` %), the lowest that of indicator ${rendah.nama} (`,
    rendah.capaian,
    " %).",
  ],
  sasaranJudul: (nomor, teks) => `Strategic Objective ${nomor}: ${teks}`,
  sasaranCapaian: (capaian, kategori) => [
    "The capaian of this objective is ",
    capaian,
    kategori ? ` %, kategori ${kategori}.` : " %.",
  ],
  sasaranTanpaCapaian:
    "This objective has no capaian in percent: all its indicators are qualitative.",
  indikatorJudul: (nomor, nama) => `Indicator ${nomor}: ${nama}`,
  itemLabel: [
    "Target and realisasi",
    "Against the previous year",
    "Against the Renstra target",
    "Against the national standard",
    "Causes of success or failure, and solutions",
    "Efficiency of the resources used",
    "Supporting programs and activities",
  ],
  tabelItem1: (nomor) =>
    `The targets, realisasi and capaian of its indicators are in Table 3.${nomor}.`,
  captionItem1: (n) => `Target, Realisasi and Capaian of the Indicators of Objective ${n}`,
  captionItem7: (n) => `Programs and Activities Supporting Objective ${n}`,
  kolom: {
    no: "No",
    indikator: "Indicator",
    satuan: "Unit",
    target: "Target",
    realisasi: "Realisasi",
    capaian: "Capaian (%)",
    kategori: "Kategori",
    program: "Program / Activity",
    pagu: "Pagu (Rp)",
    realisasiAnggaran: "Realisasi (Rp)",
    serapan: "%",
  },
  item1: (a) => [
    `Indicator ${a.nama} has a target of `,
    a.target,
    a.satuan ? ` (${a.satuan})` : "",
    " and a realisasi of ",
    a.realisasi,
    ", so its capaian is ",
    a.capaian,
    ` %, ${enPredikat(a.predikat)}`,
    a.kategori ? `, kategori ${a.kategori}.` : ".",
  ],
  item1Kualitatif: (nama, target, realisasi, predikat) => [
    `Indicator ${nama} has the target "${target}" and the realisasi "${realisasi}": ${enPredikat(predikat)}. A qualitative indicator has no capaian in percent.`,
  ],
  item2: (a) => [
    `The realisasi of indicator ${a.nama} this year is `,
    a.realisasi,
    `, against a realisasi in the previous year (${a.dari}) of `,
    a.sebelumnya,
    a.perubahan ? (a.naik ? ", an increase of " : ", a decrease of ") : ", unchanged",
    a.perubahan,
    a.perubahan ? ` points (${enArah(a.keterangan)}).` : ` (${enArah(a.keterangan)}).`,
  ],
  item2TanpaKolom:
    "No earlier year's realisasi: LKIP_IKU has no column of an earlier year's Realisasi.",
  item2Kosong: (tahun) =>
    `No earlier year's realisasi: this indicator's Realisasi ${tahun} cell is blank.`,
  item3: (a) => [
    `The Renstra target${a.tahun ? ` for ${a.tahun}` : ""} of indicator ${a.nama} is `,
    a.targetRenstra,
    ", so its capaian against the Renstra is ",
    a.capaian,
    " %.",
  ],
  item3Tanpa: "No Renstra target: LKIP_IKU has no Target Renstra column for this indicator.",
  item4: (a) => [
    `The national standard of indicator ${a.nama} is `,
    typeof a.standar === "string" ? `"${a.standar}"` : a.standar,
    a.realisasi && a.memenuhi !== null ? "; its realisasi (" : ".",
    a.realisasi && a.memenuhi !== null ? a.realisasi : null,
    a.realisasi && a.memenuhi !== null
      ? a.memenuhi
        ? ") meets that standard."
        : ") does not yet meet that standard."
      : "",
  ],
  item4Tanpa: "No national standard for this indicator (Standar Nasional column of LKIP_IKU).",
  item4Konfirmasi: "[to fill in: confirm that this indicator has no national standard]",
  item5: (fakta) => [
    "[to fill in: ",
    ...fakta,
    " Describe the causes of its success or failure, the obstacles met, and the solutions or steps taken and planned.]",
  ],
  item5Fakta: (a) => [
    a.capaian ? "Capaian " : `Indicator ${enPredikat(a.predikat)}`,
    a.capaian,
    a.capaian ? ` %${a.kategori ? ` (${a.kategori})` : ""}` : "",
    a.perubahan ? (a.naik ? "; an increase of " : "; a decrease of ") : "",
    a.perubahan,
    a.perubahan ? " points from the previous year." : ".",
  ],
  item6: (a) => [
    "This objective used a pagu of ",
    a.pagu,
    " with an objective capaian of ",
    a.capaian,
    " % and realisasi anggaran (spending) of ",
    a.realisasi,
    ". Its efisiensi is ",
    a.nilai,
    ` %, ${a.keterangan === "Efisien" ? "efficient" : "not efficient"}`,
    a.dibatasi
      ? a.positif
        ? " (bounded at the upper limit of PMK 214/PMK.02/2017)."
        : " (bounded at the lower limit of PMK 214/PMK.02/2017)."
      : ".",
  ],
  item6Rumus:
    "Efisiensi follows PMK 214/PMK.02/2017: E = (PAK × CK − RAK) / (PAK × CK), in percent, bounded at plus and minus twenty percent; PAK = pagu, CK = capaian, RAK = realisasi anggaran.",
  item6PerIndikator:
    "This objective's budget is linked to its indicators, so its efisiensi sums each indicator's term (the efficiency table).",
  item6Tidak: (alasan) => `The efisiensi of this objective cannot be computed: ${alasan}.`,
  item7: (a) => [
    `This objective is supported by ${EN.jumlah(a.program)} programs with ${EN.jumlah(a.kegiatan)} activities, with a pagu of `,
    a.pagu,
    " and realisasi anggaran (spending) of ",
    a.realisasi,
    a.serapan ? ", serapan " : ".",
    a.serapan,
    a.serapan ? " %." : "",
  ],
  item7Ekstrem: (tinggi, rendah) => [
    `Activity with the highest percentage: ${tinggi.nama} (`,
    tinggi.persen,
    ` %); the lowest: ${rendah.nama} (`,
    rendah.persen,
    " %).",
  ],
  item7Tanpa: "No programs or activities: no LKIP_ANGGARAN line is linked to this objective.",
  bagianB: "B. Financial Accountability",
  kalimatTabel10: (pagu, kata, realisasi, serapan) => [
    "The whole pagu is ",
    pagu,
    ` (${kata}), with realisasi anggaran (spending) of `,
    realisasi,
    serapan ? ", a serapan of " : ".",
    serapan,
    serapan ? " %." : "",
  ],
  kalimatTabel12: (jenis, total) => [
    "By type of spending: ",
    ...jenis.flatMap((j, i) => [i > 0 ? "; " : "", `${j.nama} `, j.jumlah]),
    "; total ",
    total,
    ".",
  ],
  tanpaAnggaran: "Financial accountability is not shown: the workbook has no LKIP_ANGGARAN.",
  tanpaBelanja: "Spending by type is not shown: the workbook has no LKIP_BELANJA.",
  kualitatif: "qualitative",
};

function enPredikat(label: string): string {
  const k = label.toLowerCase();
  if (k.startsWith("melebihi")) return "exceeded the target";
  if (k.startsWith("tidak")) return "missed the target";
  if (k.startsWith("tercapai")) return "reached the target";
  return label;
}

function enArah(k: string): string {
  return k === "Membaik" ? "improved" : k === "Memburuk" ? "worsened" : "unchanged";
}

export const BAB3_TEXTS: Record<Lang, Bab3Texts> = { id: ID, en: EN };

/** Words and figures of one sentence, ready for a paragraph. */
export const sentence = (parts: Part[]): Run[] => runs(...parts);
