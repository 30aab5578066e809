/** The core's reasons in English: the keys of core.id.ts. */
import type { CoreWords } from "./core-reasons";

const FORMS = "69,02 · 1.227.826.990,00 · Rp 1.227.826.990 · 92,71% · (1.000) · 69.02";
const skalaHelp = (skala: string[]) =>
  `write one of: ${skala.join(", ")}, or a 2-column range (lower bound, predikat)`;

const en: CoreWords = {
  reasons: {
    KOSONG: (p) => `${p.arg} is blank: fill in ${p.arg}`,
    GALAT_SEL: (p) => `${p.arg}: the cell holds the error ${p.galat}`,
    TIDAK_HINGGA: (p) => `${p.arg}: not a finite number`,
    BUKAN_ANGKA_SAH: (p) =>
      `${p.arg}: "${p.teks}" is not a valid number (${en.angka[p.reason.jenis](p.reason as never)}); accepted forms: ${FORMS}`,
    NILAI_LOGIKA: (p) =>
      `${p.arg}: the logical value ${p.nilai ? "TRUE" : "FALSE"} is not a number; write a number`,
    BUKAN_ANGKA: (p) => `${p.arg}: not a number; write a number`,
    TERLALU_BESAR: (p) => `${p.apa} is too large to be stored in an Excel cell`,
    ARAH_TIDAK_DIKENAL: (p) =>
      `arah: "${p.teks}" is not known; write naik (or positif, 1) if higher is better, or turun (or negatif, -1) if lower is better`,
    TARGET_NOL: () => "target 0: capaian cannot be computed",
    TARGET_NEGATIF: (p) =>
      `negative target (${p.target}): the capaian ratio has no meaning; restate the indicator with a positive target`,
    EFISIENSI_NEGATIF: (p) =>
      `${p.nama}${p.row !== undefined ? ` (row ${p.row})` : ""} is negative (${p.nilai}): efisiensi cannot be computed; write ${p.nama} 0 or more`,
    EFISIENSI_PENYEBUT_NOL: () => "Σ(pagu × capaian) = 0: efisiensi cannot be computed",
    PAGU_KALI_CAPAIAN_NOL: () => "pagu × capaian = 0",
    BOBOT_INDIKATOR_NOL: () => "the weights (bobot) of its indicators add up to 0",
    SEMUA_KUALITATIF: () => "all its indicators are qualitative, without a capaian in percent",
    TANPA_INDIKATOR: () => "no indicator of it could be read",
    TANPA_ANGGARAN_TERTAUT: () => "no budget line is linked to it",
    TANPA_LKIP_ANGGARAN: () => "there is no LKIP_ANGGARAN",
    INDIKATOR_TUJUAN: () => "an indicator of a goal (tujuan)",
    SERAPAN_UKURAN: (p) =>
      `pagu (${p.pagu} values) and realisasi (${p.realisasi} values) must have the same size`,
    PAGU_NOL: () => "pagu 0: serapan cannot be computed",
    RATA_TANPA_NILAI: () => "no value to average",
    BOBOT_UKURAN: (p) =>
      `bobot (${p.bobot} values) and the values (${p.nilai}) must have the same size`,
    BOBOT_NOL: () => "the weights (bobot) add up to 0: the weighted mean cannot be computed",
    TERBILANG_TERLALU_BESAR: () => "number too large: terbilang goes up to below 1.000 triliun",
    DESIMAL_BUKAN_BULAT: (p) => `the number of decimals must be a whole number, not ${p.desimal}`,
    PEMBULATAN_TIDAK_DIKENAL: (p) =>
      `pembulatan: "${p.teks}" is not known; write ROUND (rounded) or TRUNC (truncated)`,
    SKALA_TIDAK_DIKENAL: (p) => `skala: "${p.teks}" is not known; ${skalaHelp(p.skala)}`,
    SKALA_DUA_KOLOM: (p) =>
      `skala: the range must have exactly 2 columns (lower bound, predikat); ${skalaHelp(p.skala)}`,
    SKALA_KOSONG: (p) => `skala: the range is empty; ${skalaHelp(p.skala)}`,
    SKALA_PREDIKAT_KOSONG: (p) => `skala row ${p.row}: the predikat is blank`,
    SKALA_PREDIKAT_BUKAN_TEKS: (p) => `skala row ${p.row}: the predikat must be text`,
    SKALA_BATAS_GANDA: (p) => `skala row ${p.row}: lower bound ${p.batas} appears twice`,
    DI_BAWAH_SKALA: (p) =>
      `value ${p.nilai} is below the lowest bound of the scale (${p.terendah ?? "-"})`,
    JENIS_TRIWULAN_TIDAK_DIKENAL: (p) =>
      `jenis: "${p.teks}" is not known; write kumulatif (quarters added), akhir (the last quarter's value) or rata-rata (their mean)`,
    TRIWULAN_TIDAK_SAH: (p) => `triwulan: ${p.triwulan} is not a quarter; write 1 to 4`,
    NILAI_TW_BENTUK: (p) =>
      `nilai_tw: a ${p.ukuran} range; give one row or one column of quarters, e.g. C2:F2`,
    UKURAN_RENTANG: (p) =>
      `${p.arg}: range size ${p.ukuran} differs from ${p.lain} ${p.ukuranLain}; make them the same size`,
    SATU_SEL: (p) => `${p.arg}: give one cell, not a range`,
    BUKAN_TEKS: (p) => `${p.arg}: give a text, e.g. "Rupiah"`,
    BATASI_TIDAK_DIKENAL: (p) => `batasi: "${p.teks}" is not known; write TRUE/FALSE or Ya/Tidak`,
  },
  angka: {
    teksKosong: () => "empty text",
    kurung: () => "unpaired parenthesis",
    minusGanda: () => "two minus signs",
    tanpaAngka: () => "no digits",
    karakter: (p) => `it contains the character "${p.karakter}"`,
    formatInggris: (p) =>
      `it looks written in English form (commas grouping thousands); here the comma is the decimal mark, so write ${p.indonesia}`,
    komaGanda: () => "more than one decimal comma",
    titikSesudahKoma: () => "a dot after the decimal comma",
    tanpaAngkaSesudahKoma: () => "no digits after the comma",
    kelompokRibuan: () => "the thousands separator (dot) must separate groups of three digits",
    titikBukanRibuan: () => "more than one dot, and they do not group thousands",
    tanpaAngkaSesudahTitik: () => "no digits after the dot",
  },
};

export default en;
