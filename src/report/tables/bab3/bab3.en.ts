/** The words of Bab III in English: the keys, placeholders and parameters of bab3.id.ts. */
import type { Bab3Texts } from "./bab3.id";

const WORDS =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(
    " "
  );
const jumlah = (n: number) => (WORDS[n] !== undefined ? `${n} (${WORDS[n]})` : String(n));

/** The core's predikat words (Melebihi target, Tercapai, Tidak tercapai) in English. */
function predikat(label: string): string {
  const k = label.toLowerCase();
  if (k.startsWith("melebihi")) return "exceeded the target";
  if (k.startsWith("tidak tercapai")) return "missed the target";
  if (k.startsWith("tercapai")) return "reached the target";
  return label;
}

const en: Bab3Texts = {
  jumlah,
  judulDokumen: (instansi, tahun) =>
    `Chapter III Performance Accountability ${instansi} ${tahun}`.replace(/\s+/g, " "),
  halaman: "Page",
  ikhtisar: "EXECUTIVE SUMMARY",
  ikhtisarPembuka: (instansi, tahun, sasaran, indikator) =>
    `The ${tahun} performance report of ${instansi} presents ${jumlah(sasaran)} strategic objectives measured by ${jumlah(indikator)} key performance indicators.`,
  instansiKosong: "the agency",
  ikhtisarRataRata: "The mean capaian of all indicators is {capaian} %{kategori}.",
  kategori: ", kategori {kategori}",
  ikhtisarAnggaran:
    "To reach these objectives the pagu (budget) is {pagu}, with realisasi anggaran (spending) of {realisasi}{serapan}.",
  serapan: ", serapan {serapan} %",
  ikhtisarTanpaAnggaran: "No budget per objective: the workbook has no LKIP_ANGGARAN.",
  ikhtisarPredikat: (total, daftar) => `Of ${jumlah(total)} indicators: ${daftar}.`,
  predikatBand: (n, label) => `${jumlah(n)} ${predikat(label)}`,
  ikhtisarSasaran: "Objective {nomor}: {teks} (indicators: {indikator}).",
  ikhtisarTertinggi:
    "The highest capaian is that of indicator {tinggi}, {capaianTinggi} %; the lowest capaian is that of indicator {rendah}, {capaianRendah} %.",
  bab: "CHAPTER III PERFORMANCE ACCOUNTABILITY",
  bagianA: "A. Organisational Performance",
  metode:
    "The capaian (achievement) of each indicator compares its realisasi with its target (PermenPAN-RB Nomor 53 Tahun 2014):",
  metodeNaik:
    "indicators where higher is better: capaian = realisasi divided by target, in percent;",
  metodeTurun:
    "indicators where lower is better: capaian = twice the target minus the realisasi, divided by the target, in percent.",
  metodeKategori: (skala) => `Capaian is grouped on the ${skala} scale:`,
  band: (label, rentang) => `${label}: ${rentang};`,
  rumusEfisiensi:
    "Efisiensi follows PMK 214/PMK.02/2017: E = (PAK × CK − RAK) / (PAK × CK), in percent, bounded at plus and minus twenty percent; PAK = pagu, CK = capaian, RAK = realisasi anggaran.",
  tabelDisajikan: (nomor, apa) => `${apa} is shown in Table 3.${nomor}.`,
  tabelTidakDibuat: (apa, reason) => `${apa} is not shown: ${reason}`,
  kalimatTabel2: (n) =>
    `The table lists ${jumlah(n)} key performance indicators with their target, realisasi and capaian.`,
  kalimatTabel2Rata: "Their mean capaian is {capaian} %{kategori}.",
  kalimatTabel3: (daftar) => `By predikat: ${daftar}.`,
  kalimatTabel4: (daftar) => `By kategori: ${daftar}.`,
  kategoriBand: (n, label) => `${jumlah(n)} indicators ${label}`,
  kalimatTabel5:
    "The highest capaian is that of indicator {tinggi} ({capaianTinggi} %), the lowest that of indicator {rendah} ({capaianRendah} %).",
  sasaranJudul: (nomor, teks) => `Strategic Objective ${nomor}: ${teks}`,
  sasaranCapaian: "The capaian of Sasaran Strategis {nomor} is {capaian} %{kategori}.",
  sasaranTanpaCapaian: (nomor) =>
    `Sasaran Strategis ${nomor} has no capaian in percent: all its indicators are qualitative.`,
  indikatorJudul: (nomor, nama) => `Indicator ${nomor}: ${nama}`,
  kualitatif: "qualitative",
  itemLabel: [
    "1. Target and realisasi. ",
    "2. Against the previous year. ",
    "3. Against the Renstra target. ",
    "4. Against the national standard. ",
    "5. Causes of success or failure, and solutions. ",
    "6. Efficiency of the resources used. ",
    "7. Supporting programs and activities. ",
  ],
  tabelItem1: (nomor) =>
    `The target, realisasi and capaian of its indicators are shown in Table 3.${nomor}.`,
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
  item1:
    "Indicator {nama} has a target of {target}{satuan} and a realisasi of {realisasi}, so its capaian is {capaian} %, {predikat}{kategori}.",
  satuan: " ({satuan})",
  item1Kualitatif: (nama, target, realisasi, p) =>
    `Indicator ${nama} has the target "${target}" and the realisasi "${realisasi}": ${predikat(p)}. A qualitative indicator has no capaian in percent.`,
  predikat,
  item2:
    "Indicator {nama}: realisasi this year {realisasi}, against a realisasi in the previous year ({tahun}) of {sebelumnya}; {perubahan}.",
  naik: "an increase of {nilai} points ({keterangan})",
  turun: "a decrease of {nilai} points ({keterangan})",
  tetap: "unchanged ({keterangan})",
  arah: { Membaik: "improved", Memburuk: "worsened", Tetap: "unchanged" },
  item2TanpaKolom:
    "No earlier year's realisasi: LKIP_IKU has no column of an earlier year's Realisasi.",
  item2Kosong: (tahun) =>
    `No earlier year's realisasi: this indicator's Realisasi ${tahun} cell is blank.`,
  item3:
    "Indicator {nama}: the target Renstra{tahun} is {targetRenstra}, so its capaian against the Renstra is {capaian} %.",
  tahunRenstra: " for {tahun}",
  item3Tanpa: "No Renstra target: LKIP_IKU has no Target Renstra column for this indicator.",
  item4Angka:
    "Indicator {nama}: its national standard is {standar}; its realisasi ({realisasi}) {hasil}.",
  memenuhi: "meets that standard",
  belumMemenuhi: "does not yet meet that standard",
  item4Teks: (nama, standar) => `Indicator ${nama}: its national standard is "${standar}".`,
  item4Tanpa: "No national standard for this indicator (Standar Nasional column of LKIP_IKU).",
  item4Konfirmasi: "[to fill in: confirm that this indicator has no national standard]",
  item5:
    "[to fill in: {fakta} Describe the causes of its success or failure, the obstacles met, and the solutions or steps taken and planned.]",
  item5Capaian: "Capaian {capaian} %{kategori}{perubahan}.",
  item5Naik: "; an increase of {nilai} points from the previous year",
  item5Turun: "; a decrease of {nilai} points from the previous year",
  item5Kualitatif: (p) => `The indicator ${predikat(p)}.`,
  item6:
    "Sasaran Strategis {nomor} used a pagu of {pagu} with a capaian of the objective of {capaian} % and realisasi anggaran (spending) of {realisasi}. Its efisiensi is {nilai} %, {keterangan}{batas}.",
  efisien: { Efisien: "efficient", "Tidak efisien": "not efficient" },
  batasAtas: " (bounded at the upper limit of PMK 214/PMK.02/2017)",
  batasBawah: " (bounded at the lower limit of PMK 214/PMK.02/2017)",
  item6PerIndikator:
    "This objective's budget is linked to its indicators, so its efisiensi sums each indicator's term (the efficiency table).",
  item6Tidak: (nomor, reason) =>
    `The efisiensi of Sasaran Strategis ${nomor} cannot be computed: ${reason}.`,
  item7: (nomor, program, kegiatan) =>
    `Sasaran Strategis ${nomor} is supported by ${jumlah(program)} programs with ${jumlah(kegiatan)} activities.`,
  item7Anggaran:
    "The pagu of Sasaran Strategis {nomor} is {pagu} and its realisasi anggaran (spending) {realisasi}{serapan}.",
  item7Ekstrem:
    "Activity with the highest percentage: {tinggi} ({persenTinggi} %); the lowest: {rendah} ({persenRendah} %).",
  item7Tanpa: "No programs or activities: no LKIP_ANGGARAN line is linked to this objective.",
  bagianB: "B. Financial Accountability",
  kalimatTabel10:
    "The whole pagu is {pagu} ({terbilang}), with realisasi anggaran (spending) of {realisasi}{serapan}.",
  serapanTotal: ", a serapan of {serapan} %",
  kalimatTabel12: "By type of spending: {daftar}; total {total}.",
  tanpaAnggaran: "Financial accountability is not shown: the workbook has no LKIP_ANGGARAN.",
  tanpaBelanja: "Spending by type is not shown: the workbook has no LKIP_BELANJA.",
};

export default en;
