/**
 * The findings' words in English: the same codes as findings.id.ts (the type makes a missing one a
 * compile error; test/texts.test.ts checks that every parameter the Indonesian text shows is
 * shown here too).
 */
import { refAddress } from "./address";
import { capitalise, kutip } from "./text";
import { coreText } from "./core-reasons";
import { readFailureText } from "./read-failure";
import type {
  ReasonLabel,
  ReasonPengaturan,
  Row,
  BandingParams,
  FindingWords,
  AngkaNaskah,
  Reason,
  MasalahNaskah,
  LabelParams,
  Milik,
  NilaiCell,
  Rincian,
  Rumus,
  Wadah,
} from "./findings";

const A = refAddress;
/** The level a band row heads (BARIS_PITA). */
const PITA = { tujuan: "Tujuan", sasaran: "Sasaran", program: "Program" } as const;

const BARIS = (p: Row) =>
  (p.wajib
    ? "until it is fixed, this row is left out of the tables"
    : "until it is fixed, this value is not used (the rest of the row is)") +
  (p.total
    ? `. If this row is the report's printed ${p.total.label === "Jumlah" ? "total" : "average"} (${kutip(p.total.teks)}), write "${p.total.label}" as the only text on that row (src/core/README.md §11): it is then recognised as a total row, not read as data, and its figures are checked`
    : "");

const milik = (m: Milik): string => {
  switch (m.jenis) {
    case "indikator":
      return `indicator ${kutip(m.nama)}`;
    case "sasaran":
      return `objective (sasaran) ${m.nomor}`;
    case "program":
      return `program ${kutip(m.nama)} (total row)`;
    case "kegiatan":
      return `activity ${kutip(m.nama)}`;
    case "subKegiatan":
      return `sub-activity ${kutip(m.nama)}`;
    case "belanja":
      return `spending ${kutip(m.nama)}`;
    case "instansi":
      return `${kutip(m.nama)} (the whole budget)`;
  }
};

const rincian = (r: Rincian) =>
  `${r.jumlah} ${r.jenis === "campur" ? "activities and sub-activities" : r.jenis === "subKegiatan" ? "sub-activities" : "activities"}`;

const NAMA_PEMBULATAN = { ROUND: "rounded (ROUND)", TRUNC: "truncated (TRUNC)" } as const;

function rumus(r: Rumus): string {
  switch (r.jenis) {
    case "capaian": {
      const f =
        r.arah === "turun"
          ? `(2 × Target ${r.target} − Realisasi ${r.realisasi}) / Target ${r.target} × 100 (lower is better)`
          : `Realisasi ${r.realisasi} / Target ${r.target} × 100`;
      return `its capaian is ${f} = ${r.hasil} (2 decimals, ${r.pembulatan})`;
    }
    case "serapan": {
      const s = r.sigma ? "Σ " : "";
      const asal = r.rincian
        ? ` (the sum of its ${rincian(r.rincian)})`
        : r.sasaran !== undefined
          ? ` (the budget lines linked to objective ${r.sasaran})`
          : "";
      return `its serapan is ${s}Realisasi ${r.realisasi} / ${s}Pagu ${r.pagu} × 100 = ${r.hasil}${asal}`;
    }
    case "efisiensi": {
      const c = `${r.capaian} %${r.capaianDibatasi ? " (counted as 100 %, Batasi Capaian Efisiensi = Ya)" : ""}`;
      const h =
        r.mentah !== undefined ? `${r.mentah}, bounded to ${r.hasil} (bound ±20 %)` : r.hasil;
      return `by PMK 214/PMK.02/2017 E = (Pagu × Capaian − Realisasi) / (Pagu × Capaian) × 100 with Pagu ${r.pagu}, Capaian ${c}, Realisasi ${r.realisasi}, that is ${h}`;
    }
  }
}

function reason(k: Reason): string {
  switch (k.jenis) {
    case "pecahan":
      return `the figure seems to be written as a fraction (${k.pecahan.tertulis} = ${k.pecahan.persen} %)`;
    case "pembulatan":
      return `the figure is ${NAMA_PEMBULATAN[k.ditulis]}, while this workbook uses ${NAMA_PEMBULATAN[k.dipakai]} figures; the rule is in LKIP_INFO, row Pembulatan`;
    case "tanpaBatas":
      return `the ±20 % bound was not applied (unbounded value ${k.mentah})`;
  }
}

const reasonList = (ks: Reason[], f: (k: Reason) => string, and: string) =>
  ks.length > 0 ? ` ${capitalise(ks.map(f).join(and))}.` : "";

function reasonLabel(a: ReasonLabel): string {
  switch (a.jenis) {
    case "predikat":
      return `capaian ${a.capaian} falls in predikat "${a.label}" (${a.rentang})`;
    case "kategori":
      return `capaian ${a.capaian} falls in category "${a.label}" (band ${a.rentang}, scale ${a.skala})`;
    case "bawahSkala":
      return `capaian ${a.capaian} is below the lowest band of scale ${a.skala}, so it has no category`;
  }
}

function wadah(w: Wadah): string {
  if (w.jenis === "tabel") return `table ${w.nama} on sheet ${quote(w.lembar)}`;
  if (w.jenis === "blok") return `range ${A(w.ref)}${w.dipilih ? " (your choice)" : ""}`;
  return w.lembar === undefined
    ? `name ${w.sumber} (workbook scope)`
    : `name ${w.sumber} (scope: sheet ${quote(w.lembar)})`;
}

/** The columns a found block's header row was read as, when known. */
const kolomEn = (kolom: string[]) =>
  kolom.length > 0 ? ` (its headers read as ${kolom.join(", ")})` : "";

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function reasonPengaturan(a: ReasonPengaturan): string {
  switch (a.jenis) {
    case "tahun":
      return `"${a.tertulis}" is not a year; write the report year as four digits, e.g. 2024`;
    case "skala":
      return `"${a.tertulis}" is not known; write kategori or permendagri86`;
    case "triwulan":
      return `"${a.tertulis}" is not a quarter; write 1, 2, 3 or 4 (or I–IV)`;
    case "yaTidak":
      return `"${a.tertulis}" is not known; write "Ya" (yes) or "Tidak" (no)`;
    case "galatExcel":
      return `the cell holds the error ${a.galat}`;
    case "inti":
      return coreText(a.inti, "en");
  }
}

const daftarNilai = (xs: NilaiCell[]) =>
  xs.map((n) => `${n.label} ${n.nilai} (${A(n.cell)})`).join(", ");

const banding = (p: BandingParams, at: string) =>
  `${p.kolom} of ${milik(p.milik)} is written ${p.tertulis} at ${at}, but ${rumus(p.rumus)}.${reasonList(p.reason, reason, ", and ")} Write ${p.hitung}.`;
const label = (p: LabelParams, at: string) =>
  `${p.kolom} of ${milik(p.milik)} is written "${p.tertulis}" at ${at}, but ${reasonLabel(p.reason)}.` +
  (p.benar !== null ? ` Write "${p.benar}".` : " Empty the cell or check the scale in LKIP_INFO.");

const ANGKA: Record<AngkaNaskah, (t?: number) => string> = {
  target: () => "target",
  realisasi: () => "realisasi (actual)",
  capaian: () => "capaian (achievement)",
  capaianRenstra: () => "capaian against the Renstra target",
  targetRenstra: () => "Renstra target",
  tahunLalu: (t) => (t !== undefined ? `realisasi of ${t}` : "realisasi of the previous year"),
  perubahan: (t) =>
    t !== undefined ? `change in realisasi since ${t} (points)` : "change in realisasi (points)",
  efisiensi: () => "efisiensi (efficiency)",
  serapan: () => "budget serapan (absorption)",
  pagu: () => "pagu (budget ceiling)",
  realisasiAnggaran: () => "budget realisasi (spending)",
};

const MASALAH_NASKAH = (m: MasalahNaskah): string => {
  switch (m.kode) {
    case "BUKAN_NASKAH":
      return m.dikenali === "doc"
        ? 'is not a .docx: it is an old Word document (.doc) or a password-protected one. Open it in Word, remove any password, and save it as "Word Document (*.docx)" or PDF'
        : m.dikenali === "xlsx"
          ? "is an Excel workbook, not the report's text. Choose the report's Word document (.docx) or PDF"
          : 'is neither a Word document (.docx) nor a PDF. Save the report\'s text as "Word Document (*.docx)" or PDF';
    case "RUSAK":
      return m.format === "pdf"
        ? "is a damaged or incomplete PDF. Save or export the PDF again"
        : 'is a damaged or incomplete document. Open it in Word and save it again as "Word Document (*.docx)"';
    case "DILINDUNGI":
      return "is password-protected. Open it, remove the password and save it again";
    case "TERLALU_BESAR":
      switch (m.batas) {
        case "ukuran":
          return `is too large (more than ${m.nilai} MB). Save Bab III alone as a document of its own`;
        case "bagian":
          return `is too large (more than ${m.nilai} parts). Save Bab III alone as a document of its own`;
        case "isi":
          return "holds too much text to read. Save Bab III alone as a document of its own";
        case "paragraf":
          return `has more than ${m.nilai} paragraphs. Save Bab III alone as a document of its own`;
        case "halaman":
          return `has more than ${m.nilai} pages. Save Bab III alone as a document of its own`;
        case "waktu":
          return `could not be read within ${m.nilai} seconds. Save Bab III alone as a document of its own`;
        case "memori":
          return "does not fit in memory to be read. Save Bab III alone as a document of its own";
      }
      break;
    case "PDF_TANPA_TEKS":
      return `has no text layer (${m.halaman} pages): it seems to be a scan, so its numbers cannot be read. Check the Word document it came from, or a PDF exported from Word`;
    case "KOSONG":
      return "holds no text";
    case "TIDAK_ADA":
      return "was not found or cannot be opened. Check its name and folder";
  }
};

const en: FindingWords = {
  // ---- finding the sources (src/excel/read.ts, src/xlsx/read.ts, model/read-model.ts)
  SUMBER_TIDAK_ADA: (p) =>
    p.sumber === "LKIP_IKU"
      ? "LKIP_IKU (one row per indicator: Sasaran, Indikator, Target, Realisasi) was not found. Create a named range or an Excel table called LKIP_IKU covering the header row and the data."
      : "LKIP_ANGGARAN (one row per program/activity: Sasaran, Program, Pagu, Realisasi) was not found; the budget tables are not made. Create a named range or an Excel table called LKIP_ANGGARAN covering the header row and the data.",
  SUMBER_BUKAN_RENTANG: (p) => {
    const w = capitalise(wadah(p.wadah));
    const fix = `Redefine ${p.sumber} in Formulas › Name Manager so that it refers to the data range with its header row, e.g. 'Data IKU'!$A$1:$N$4, or make the data an Excel table called ${p.sumber}.`;
    const s = p.reason;
    let why: string;
    switch (s.jenis) {
      case "tanpaJudul":
        why = `${w} has no header row (Header Row is off), so its columns cannot be recognised. Turn Header Row on in Table Design.`;
        break;
      case "konstanta":
        why = `${w} holds a constant (${s.teks || "not a cell address"}), not a range of cells. ${fix}`;
        break;
      case "rumus":
        why = `${w} holds a formula (${s.teks}), not a fixed range; formulas in names are not evaluated when the file is read outside Excel. ${fix}`;
        break;
      case "gabungan":
        why = `${w} refers to several ranges at once (${s.teks}); a source must be one rectangular range. ${fix}`;
        break;
      case "eksternal":
        why = `${w} refers to another workbook (${s.teks}). Copy the data into this workbook. ${fix}`;
        break;
      case "refHilang":
        why = `${w} refers to cells that were deleted (${s.teks}). ${fix}`;
        break;
      case "lembarTidakAda":
        why = `${w} refers to sheet ${quote(s.lembar)}, which is not in this workbook. ${fix}`;
        break;
    }
    return p.dipakai ? `${why} (Used instead: ${wadah(p.dipakai)}.)` : why;
  },
  SUMBER_GANDA: (p) =>
    `${p.sumber} was found more than once: ${p.ditemukan.map(wadah).join("; ")}. Used: ${wadah(p.dipakai)}. Delete the others so that they are not mixed up.`,
  SUMBER_TERLALU_BESAR: (p, at) =>
    `${p.sumber} (${at}) is too large for Excel to return, even in parts. Limit the range to the rows and columns holding data.`,
  SUMBER_DITEMUKAN: (p) =>
    p.dipilih
      ? `${p.sumber}: using ${A(p.blok)}, as you chose${kolomEn(p.kolom)}.`
      : `${p.sumber} does not exist; using ${A(p.blok)}${kolomEn(p.kolom)}. If that is not the table meant, give the right range the name ${p.sumber}.`,
  SUMBER_CALON: (p) =>
    `${p.sumber} does not exist, and ${p.calon.length} unnamed ranges fit equally well: ${p.calon.map(A).join("; ")}. None is used without your choice: give the right range the name ${p.sumber} (in the lkip command: --sumber "${p.sumber}=${A(p.calon[0])}").`,
  SUMBER_KOSONG: (p) =>
    p.sumber === "LKIP_IKU"
      ? "LKIP_IKU holds no indicator row. Write one row per indicator under the header row, and make sure the LKIP_IKU range covers them."
      : p.sumber === "LKIP_ANGGARAN"
        ? "LKIP_ANGGARAN holds no budget row. Write one row per program, activity or sub-activity under the header row, and make sure the range covers them."
        : p.sumber === "LKIP_TRIWULAN"
          ? "LKIP_TRIWULAN holds no indicator row. Write one row per indicator (Indikator, Jenis, Realisasi TW I … TW IV) under the header row, or delete the name LKIP_TRIWULAN if it is not used."
          : "LKIP_BELANJA holds no row. Write one row per type of spending under the header row, or delete the name LKIP_BELANJA if it is not used.",
  // Rows typed just outside a fixed named range (WORKBOOK.md "Rows that are not data"; model/outside.ts).
  BARIS_DI_LUAR_RENTANG: (p, at) =>
    `${[
      p.bawah > 0 ? `${p.bawah} row(s) below ${p.sumber}` : "",
      p.kanan > 0 ? `${p.kanan} column(s) right of ${p.sumber}` : "",
    ]
      .filter(Boolean)
      .join(
        " and "
      )} (${at}) are outside that named range, so they are not read. Click "Extend the range" to take them in, or clear those cells.`,
  RUMUS_TANPA_HASIL: (p) =>
    `This cell holds a formula (=${p.rumus}) whose result is not stored in the file. Open the file in Excel, let Excel calculate, then save it again.`,
  SEL_TANGGAL: (p) =>
    `This cell is formatted as a date, so it is read as the Excel serial number ${p.serial}. If it is not a date, change the cell format to Number and type the value again.`,
  BERKAS_TIDAK_TERBACA: (p) => readFailureText(p.gagal, "en"),
  // ---- headers and settings (model/columns.ts, model/settings.ts)
  KOLOM_GANDA: (p) =>
    `Column "${p.judul}" in ${p.sumber} means the same as column "${p.judulPertama}" at ${A(p.pertama)}; the first one is used. Delete or rename one of them.`,
  KOLOM_TIDAK_ADA: (p) =>
    `Column ${p.kolom} is not in the header row of ${p.sumber}. Add a column headed one of: ${p.judul.map((j) => `"${j}"`).join(", ")}.` +
    (p.tahun !== undefined ? ` A header with a year must use the report year (${p.tahun}).` : "") +
    (p.tahunLalu && p.tahunLalu.length > 0
      ? ` Columns Realisasi ${p.tahunLalu.join(", ")} are read as earlier years; check Tahun in LKIP_INFO.`
      : "") +
    (p.calon && p.calon.length > 0
      ? ` Columns that could be it: ${p.calon.map((j) => `"${j}"`).join(", ")}; choose one in the pane, or write Kolom ${p.kolom} in LKIP_INFO with that header.`
      : ""),
  // A header the source does not read (WORKBOOK.md: unknown columns are ignored, never silently).
  KOLOM_DIABAIKAN: (p, at) => {
    const s = p.reason;
    switch (s.jenis) {
      case "tidakDikenal":
        return `Column "${p.judul}" at ${at} is not a column ${p.sumber} knows, so it is ignored: its cells are neither read nor checked. If it should be read, give it an accepted header (the list of headers is in the add-in's README).`;
      case "sumberLain":
        return `Column "${p.judul}" at ${at} is a column of ${s.dipakaiDi.join(" and ")}, not of ${p.sumber}, so it is ignored here.`;
      case "tahunLain":
        return (
          `Column "${p.judul}" at ${at} is the ${s.kolom} of ${s.tahun}, not of the report year ${s.tahunLaporan}, so it is ignored (only the ${s.kolom} ${s.tahunLaporan} column is read).` +
          (s.tanpaTahunIni
            ? ` There is no ${s.kolom} ${s.tahunLaporan} column: if the report year is ${s.tahun}, write ${s.tahun} as Tahun in LKIP_INFO.`
            : "")
        );
      case "tingkatLain":
        return `Column "${p.judul}" at ${at} is the ${s.kolom} of a ${s.tingkat}, not the ${s.kolom} of ${p.sumber}, so it is ignored (never used as an IKU indicator).`;
    }
  },
  // A header read by its head word or by the user's choice (WORKBOOK "Headers by meaning").
  KOLOM_DIBACA: (p, at) =>
    p.dipilih
      ? `Column "${p.judul}" at ${at} is read as the ${p.kolom} of ${p.sumber}, as Kolom ${p.kolom} chooses.`
      : `Column "${p.judul}" at ${at} is read as the ${p.kolom} of ${p.sumber} by its first word. If that is not what it means, rename it.`,
  TAHUN_DIPAKAI: (p, at) => {
    const a = p.asal;
    switch (a.jenis) {
      case "info":
        return `Report year ${p.tahun}, from Tahun in LKIP_INFO (${at}).`;
      case "pilihan":
        return `Report year ${p.tahun}, as chosen.`;
      case "judul":
        return `Report year ${p.tahun}, from the column header "${a.judul}" at ${at} (LKIP_INFO gives no Tahun).`;
      case "judulLembar":
        return `Report year ${p.tahun}, from the title "${a.teks}" at ${at} (neither LKIP_INFO nor the column headers give a year).`;
    }
  },
  TAHUN_TIDAK_ADA: () =>
    'The report year is not known: LKIP_INFO gives no Tahun, and no column header ("Target 2024") or table title names a year. Write Tahun in LKIP_INFO, type the year in the pane or on the lkip.html page, or run lkip with --tahun 2024; no table is made with a guessed year.',
  PENGATURAN_GANDA: (p) =>
    `${p.kunci} is written twice in LKIP_INFO; the one used is ${A(p.dipakai)}. Delete one of them.`,
  PENGATURAN_TIDAK_SAH: (p) =>
    `${p.kunci} in LKIP_INFO: ${reasonPengaturan(p.reason)}. Until it is fixed, the default is used: ${p.bawaan === null ? "no agency name" : `"${p.bawaan}"`}.`,
  // ---- rows (model/row-reader.ts, iku.ts, anggaran.ts, belanja.ts)
  GALAT_EXCEL: (p, at) =>
    `The ${p.kolom} cell at ${at} holds the error ${p.galat}. Fix the formula or the cell; ${BARIS(p)}.`,
  SEL_KOSONG: (p, at) =>
    `${p.kolom} is blank at ${at}. Fill in ${p.kolom}, or delete this row if it is not used; ${BARIS(p)}.`,
  BUKAN_ANGKA: (p, at) =>
    p.batas !== undefined
      ? `${coreText(p.inti, "en")}. Write the number alone (${p.batas}) in cell ${at}; if lower is better, write turun in the Arah column; ${BARIS(p)}.`
      : `${coreText(p.inti, "en")}. Write a number in cell ${at}; ${BARIS(p)}.`,
  INDIKATOR_TIDAK_COCOK: (p, at) =>
    `Indikator ${kutip(p.tertulis)} at ${at} matches no indicator of sasaran ${p.sasaran} in LKIP_IKU. Write the indicator's name exactly as in LKIP_IKU, or empty the cell so that the line counts for its sasaran only; ${BARIS(p)}.`,
  BOBOT_NEGATIF: (p, at) => `Bobot (weight) at ${at} is negative. Write 0 or more; ${BARIS(p)}.`,
  ARAH_TIDAK_DIKENAL: (p, at) =>
    `Arah (direction) at ${at}: "${p.tertulis}" is not known; write naik (higher is better) or turun (lower is better); ${BARIS(p)}.`,
  TARGET_NOL: (p, at) =>
    `Target at ${at} is 0, so capaian cannot be computed. Write the real target (more than 0); ${BARIS(p)}.`,
  TARGET_NEGATIF: (p, at) => `Target at ${at} is negative: ${coreText(p.inti, "en")}; ${BARIS(p)}.`,
  // ---- issue 14: RULES §0 (numbers), §4 (negatives), §12 (merged cells), §6 (all Bobot 0)
  CAPAIAN_TAK_HINGGA: (p, at) =>
    `Target at ${at} is too small against its realisasi: ${coreText(p.inti, "en")}. Check both figures; ${BARIS(p)}.`,
  TITIK_RIBUAN: (p, at) =>
    `${p.kolom} '${p.tertulis}' at ${at} is read as ${p.dibaca} (the dot groups thousands). If a fraction was meant, write it with a decimal comma (e.g. 1,5).`,
  SEL_GABUNG_PER_BARIS: (p, at) =>
    `${p.kolom} at ${at} is a merged cell over ${p.row} rows; its value is used for each indicator row it covers.`,
  SEL_GABUNG_UANG: (p, at) =>
    `${p.kolom} at ${at} is a merged cell over ${p.row} rows; the amount is counted once, on its first row, and the other rows count Rp 0. If each row has its own amount, unmerge the cell and fill in each row.`,
  SKOR_DIBACA: (p, at) =>
    `Target '${p.target}' at ${at} and Realisasi '${p.realisasi}' at ${A(p.realisasiDi)} are read as the scores ${p.skorTarget} and ${p.skorRealisasi} (the numbers in parentheses); capaian is computed from those two, and the tables still print the text.`,
  BARIS_PITA: (p, at) =>
    `Row '${p.teks}' at ${at} holds a single text: it is read as the ${PITA[p.jenis]} heading of the rows below it, not as data. If something else is meant, start it with "Tujuan :" or "Sasaran :", or fill in its own column.`,
  KOLOM_KELOMPOK: (p, at) =>
    `Column '${p.judul}' at ${at} stands under the group header '${p.kelompok}' and is read as ${p.dibaca}.`,
  SASARAN_DIANGGAP: (p, at) =>
    `The budget line at ${at} names no sasaran; it is taken to belong to '${p.teks}' (${A(p.dari)}), the last sasaran above it. If that is wrong, write its sasaran on that row.`,
  SEL_GABUNG_TIDAK_DIBACA: (p) =>
    p.reason === "versi"
      ? "This Excel cannot tell the add-in which cells are merged (ExcelApi 1.13 is needed): a merged cell is read as blank cells under its top-left cell. If the result differs from lkip, unmerge the cells of the source table or use a newer Excel."
      : "Excel refused to list the merged cells of a source table (more than 512 merged areas in one range): a merged cell is read as blank cells under its top-left cell. If the result differs from lkip, unmerge the cells that need not be merged.",
  SASARAN_TANPA_INDIKATOR: (p, at) =>
    p.indikator
      ? `Sasaran '${p.teks}' at ${at} has no indicator row of its own: the indicator at ${A(p.indikator)} is merged down to this row, so it is listed once, under the sasaran of its top row.`
      : `Sasaran '${p.teks}' at ${at} has no indicator, so it appears with no capaian in any table. Fill in its indicator with target and realisasi on the row below it, or delete the row if it is no sasaran.`,
  BOBOT_SEMUA_NOL: () =>
    "Every Bobot (weight) in LKIP_IKU is 0, so the weighted mean capaian cannot be computed and the Rata-rata row is not printed. Give the weighted indicators a Bobot above 0, or empty the Bobot column for a plain mean.",
  SASARAN_TIDAK_COCOK: (p, at) =>
    `Sasaran "${p.teks}" at ${at}${p.terbawaDari ? ` (carried down from ${A(p.terbawaDari)})` : ""} matches no sasaran in LKIP_IKU. Write the sasaran text exactly as in LKIP_IKU, or its number (1–${p.jumlah}); ${BARIS(p)}.`,
  // ---- the checker: typed-by-hand values (periksa/tertulis.ts, iku.ts, anggaran.ts)
  CAPAIAN_BEDA: banding,
  SERAPAN_BEDA: banding,
  EFISIENSI_BEDA: banding,
  PREDIKAT_BEDA: label,
  KATEGORI_BEDA: label,
  DITULIS_PECAHAN: (p, at) =>
    `${p.kolom} of ${milik(p.milik)} at ${at} is written as a fraction (${p.pecahan.tertulis} = ${p.pecahan.persen} %); it is right if the cell is formatted as percent. The tables use percent points: ${p.hitung}.`,
  TERTULIS_GALAT_EXCEL: (p, at) =>
    `${p.kolom} at ${at} holds the error ${p.galat}, so it cannot be checked. Fix the formula or the cell.`,
  TERTULIS_BUKAN_ANGKA: (p, at) =>
    `${p.kolom} at ${at} is not a number, so it cannot be checked: ${coreText(p.inti, "en")}.`,
  TERTULIS_TIDAK_TERUJI: (p, at) => {
    const s = p.reason;
    const why =
      s.jenis === "pagu0"
        ? "its pagu is 0"
        : s.jenis === "tanpaAnggaranTertaut"
          ? "no budget line is linked to it"
          : s.jenis === "tanpaLkipAnggaran"
            ? "there is no LKIP_ANGGARAN"
            : coreText(s.inti, "en");
    return `${p.kolom} of ${milik(p.milik)} is written at ${at}, but cannot be checked: ${why}.`;
  },
  // ---- the checker: LKIP_IKU (periksa/iku.ts)
  EFISIENSI_DIBATASI: (p) =>
    `Efisiensi of objective (sasaran) ${p.sasaran} is ${p.mentah} % unbounded, outside the ±20 % bound of PMK 214/PMK.02/2017; the tables print ${p.nilai} and give the unbounded value in the note under the table.`,
  SASARAN_TANPA_ANGGARAN: (p) =>
    `Objective (sasaran) ${p.nomor} (${kutip(p.teks)}) has no row in LKIP_ANGGARAN, so its serapan and efisiensi are not computed. If it has a budget, add its rows with Sasaran holding this sasaran's text or the number ${p.nomor}.`,
  ARAH_MUNGKIN_TURUN: (p) => {
    const kini = p.arahCell
      ? `its Arah is "naik" (${A(p.arahCell)})`
      : "its Arah is not filled in, so it counts as naik (higher is better)";
    const saran = p.arahCell
      ? `write turun in Arah at ${A(p.arahCell)}`
      : "write turun in the Arah column of this row (add an Arah column if there is none)";
    return `Indicator ${kutip(p.nama)} (${A(p.namaCell)}) contains "${p.frasa}", which usually means lower is better, but ${kini}. If lower is indeed better, ${saran}: its capaian is then (2 × target − realisasi) / target × 100.`;
  },
  CAMPUR_PECAHAN_PERSEN: (p) =>
    `The row of indicator ${kutip(p.nama)}, in percent, mixes fractions and percent points: ${daftarNilai(p.pecahan)} look like fractions (${p.contoh.tertulis} = ${p.contoh.persen} %), while ${daftarNilai(p.poin)} are percent points. Write them all in percent points (e.g. ${p.contoh.persen}), or ignore this if the small figure really is in percent points.`,
  INDIKATOR_GANDA: (p, at) =>
    p.sasaran === p.sasaranPertama
      ? `Indicator ${kutip(p.nama)} at ${at} is already at ${A(p.pertama)} under the same objective, so it counts twice in averages and in the counts per category. Delete one of the rows.`
      : `Indicator ${kutip(p.nama)} at ${at} (objective ${p.sasaran}) is already at ${A(p.pertama)} (objective ${p.sasaranPertama}), so it counts twice in averages and in the counts per category. If they really are different indicators, give them different names.`,
  // ---- printed totals inside the ranges (RULES §11; periksa/totals.ts)
  TOTAL_TERTULIS: (p) =>
    `Row ${kutip(p.label)} (${p.row}) is recognised as a printed total standing for ${p.jumlahRow} data rows: it is not counted as data (src/core/README.md §11).`,
  TOTAL_TERTULIS_BEDA: (p, at) => {
    const wakil =
      p.wakil === "serapan"
        ? `the serapan of the rows it stands for (Σ realisasi / Σ pagu × 100) is`
        : `the ${p.wakil === "rata" ? "mean" : "sum"} of the ${p.kolom} of the rows it stands for is`;
    return (
      `${p.kolom} on the total row ${kutip(p.label)} (${p.row}) is written ${p.tertulis} at ${at}, but ${wakil} ${p.hitung}. The total row is not counted${p.diTabel ? `; the tables print ${p.hitung}` : ""}.` +
      (p.leftOut.length > 0
        ? ` ${p.leftOut.length} rows in its part could not be read (${p.leftOut.slice(0, 3).join(", ")}); fix them first.`
        : ` Write ${p.hitung}, or check the rows it stands for.`)
    );
  },
  TOTAL_TANPA_MAKNA: (p, at) =>
    `A target/realisasi is written on row ${kutip(p.label)} (${p.row}) at ${at}, but its indicators have different units: figures in different units cannot be added or averaged (src/core/README.md §6). Empty that cell.`,
  MUNGKIN_TOTAL: (p) =>
    p.arah === "atas"
      ? `Row ${kutip(p.nama)} (${p.row}) has pagu ${p.pagu} and realisasi ${p.realisasi}, the sum of the ${p.jumlahRow} rows above it (from ${p.dari}): it looks like a total. It is counted as a budget line, so every sum doubles. If it is a total, write "Jumlah" (or "Total") as the only text on that row, or take it out of LKIP_ANGGARAN.`
      : `Kegiatan row ${kutip(p.nama)} (${p.row}) has pagu ${p.pagu} and realisasi ${p.realisasi}, the sum of the ${p.jumlahRow} sub kegiatan under it (from ${p.dari}): it looks like their total, so this kegiatan's budget counts twice. Empty the kegiatan row's amounts, or fill Kegiatan on its sub kegiatan rows and delete the kegiatan row.`,
  TOTAL_PROGRAM_BELUM_TERUJI: (p, at) =>
    `${p.kolom} of program ${kutip(p.program)} on its total row is written ${p.tertulis} at ${at}; its readable detail lines add up to ${p.jumlah}, but ${p.leftOut.length} of them could not be read (${p.leftOut.join(", ")}). Fix those first; this total cannot be judged yet.`,
  // ---- issue 12: honest figures (periksa/iku.ts, periksa/tertulis.ts)
  CAPAIAN_SANGAT_TINGGI: (p, at) =>
    `Capaian of indicator ${kutip(p.nama)} is ${p.capaian} %, above ${p.batas} %: check Target ${p.target} at ${at} (unit, fraction, or another year's target?) and Realisasi ${p.realisasi} at ${A(p.realisasiCell)}. If both are right, ignore this warning.`,
  DITULIS_KURANG_DESIMAL: (p, at) =>
    `${p.kolom} of ${milik(p.milik)} at ${at} is written ${p.tertulis}, which is ${p.hitung} ${p.desimal === 0 ? "without decimals" : "with one decimal"}; the tables print 2 decimals: ${p.hitung}.`,
  KUALITATIF_BEDA: (p, at) =>
    `${p.kolom} of the qualitative indicator ${kutip(p.nama)} is written ${kutip(p.tertulis)} at ${at}, but target "${p.target}" and realisasi "${p.realisasi}"${p.skala ? ` (scale ${p.skala})` : ""} mean "${p.predikat}". A qualitative indicator has no capaian in percent (src/core/README.md §10); write "${p.predikat}"${p.predikat === "Tercapai" ? " or 100" : ""}.`,
  // ---- the checker: LKIP_ANGGARAN and LKIP_BELANJA (periksa/anggaran.ts)
  TOTAL_PROGRAM_BEDA: (p, at) => {
    const asal = p.mirip
      ? ` That figure is the ${p.kolom} of program ${kutip(p.mirip.program)} (${A(p.mirip.cell)}).`
      : "";
    return `${p.kolom} of program ${kutip(p.program)} is written ${p.tertulis} in its total row at ${at}, but the ${p.kolom} of its ${rincian(p.rincian)} add up to ${p.jumlah}.${asal} Write ${p.jumlah}, or check the detail rows.`;
  },
  REALISASI_LEBIH_PAGU: (p, at) =>
    `Realisasi of ${milik(p.milik)} ${p.realisasi} at ${at} exceeds its pagu ${p.pagu} at ${A(p.paguCell)}${p.serapan !== undefined ? ` (serapan ${p.serapan} %)` : ""}. Budget realisasi does not normally exceed pagu; check both figures.`,
  ANGGARAN_NEGATIF: (p, at) =>
    `${p.kolom} of ${milik(p.milik)} at ${at} is negative (${p.nilai}). Write 0 or more.`,
  ANGGARAN_GANDA: (p, at) =>
    capitalise(
      `${milik(p.milik)} of program ${kutip(p.program)} at ${at} is already in row ${A(p.pertama)}, so its pagu and realisasi count twice. Delete one of the rows, or give them different names if they really differ.`
    ),
  // ---- the naskah (periksa/naskah, RULES §15)
  NASKAH_TIDAK_TERBACA: (p) =>
    `The report text ${p.berkas} cannot be checked: it ${MASALAH_NASKAH(p.masalah)}.`,
  NASKAH_ANGKA_BEDA: (p) =>
    `The text gives the ${ANGKA[p.angka](p.tahun)} of ${milik(p.milik)} as ${p.tertulis}, but the workbook gives ${p.hitung}.` +
    (p.lain ? ` ${p.tertulis} is its ${ANGKA[p.lain.angka](p.lain.tahun)}.` : "") +
    reasonList(p.reason, reason, ", and ") +
    ` Write ${p.hitung}.`,
  NASKAH_ANGKA_DIBULATKAN: (p) =>
    `The text gives the ${ANGKA[p.angka](p.tahun)} of ${milik(p.milik)} as ${p.tertulis}; the table prints ${p.hitung}. Equal at ${p.desimal} decimal${p.desimal === 1 ? "" : "s"}, but write ${p.hitung} so that text and table agree exactly.`,
  NASKAH_REALISASI_SEBAGAI_CAPAIAN: (p) =>
    `The text calls ${p.tertulis} the "capaian" of ${milik(p.milik)}; that figure is its realisasi (actual). Its capaian (realisasi / target × 100) is ${p.capaian}. If the realisasi is meant, call it "realisasi".`,
  NASKAH_HITUNGAN_SALAH: (p) =>
    `A calculation in the text is wrong: ${p.rumus} gives ${p.hitung}, not ${p.tertulis}. Write ${p.hitung}.`,
  // ---- quarterly progress (RULES §14)
  JENIS_KOSONG: (p, at) =>
    `The jenis of indicator ${kutip(p.nama)} at ${at} is blank, so it is read as "akhir": the realisation to date is the last quarter with a value (not a sum). If its quarters add up, write "kumulatif"; if they are averaged, "rata-rata".`,
  JENIS_TIDAK_DIKENAL: (p, at) =>
    `Jenis "${p.tertulis}" at ${at} is not known. Write kumulatif (quarters add up: people served, km built), akhir (the last quarter stands: a coverage %, an index) or rata-rata (the mean); ${BARIS(p)}.`,
  TRIWULAN_TANPA_IKU: (p, at) =>
    `Indicator ${kutip(p.nama)} at ${at} is not in LKIP_IKU, so it is read as LKIP_TRIWULAN has it (its own sasaran, unit, direction and target). If it is meant to be an LKIP_IKU indicator, write the same name.`,
  TRIWULAN_BEDA_IKU: (p, at) =>
    `The year's realisation of indicator ${kutip(p.nama)} in LKIP_IKU (${A(p.iku)}) is ${p.nilaiIku}, but the realisation to TW IV from LKIP_TRIWULAN (${at}, jenis ${p.jenis}) is ${p.sdTw4}. They must agree: check the indicator's jenis and its quarters, or the realisation in LKIP_IKU.`,
  KUMULATIF_BERJALAN: (p, at) =>
    `Indicator ${kutip(p.nama)} is kumulatif, but its quarters (${at}) look typed as running totals: each quarter is no less than the one before and the last (${p.akhir}) equals the year's realisation. Summed, they give ${p.jumlah}. Type only what each quarter adds, or change its jenis to "akhir".`,
};

export default en;
