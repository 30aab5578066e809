/** Why a file cannot be read, in English: the keys of read-failure.id.ts. */
import type { ReadFailureWords } from "./read-failure";

const number = (n: number) => n.toLocaleString("en-US");
const SAVE = 'Save the data as "Excel Workbook (*.xlsx)".';

const en: ReadFailureWords = {
  failures: {
    TIDAK_ADA: (p) =>
      `File not found: ${p.berkas ?? "the file"}${p.folderBerkas ? " (one of its folders is a file)." : ". Check its name and folder."}`,
    TIDAK_TERBACA: (p) => {
      const b = p.berkas ?? "the file";
      switch (p.reason) {
        case "folder":
          return `${b} is a folder, not an .xlsx file.`;
        case "izin":
          return `The file ${b} may not be read (access denied).`;
        case "bukanBukuKerja":
          return `${b} cannot be read as an Excel workbook. Open it in Excel and save it again as "Excel Workbook (*.xlsx)".`;
        case "lain":
          return `The file ${b} cannot be read${p.galat ? ` (${p.galat})` : ""}.`;
      }
    },
    BUKAN_XLSX: (p) => {
      const b = p.berkas ?? "The file";
      switch (p.jenis) {
        case "xls":
          return `${b} is not an .xlsx file: it is an old Excel file (.xls) or a password-protected file. Open it in Excel, remove the password if there is one, then save it as "Excel Workbook (*.xlsx)".`;
        case "bukanBukuKerja":
          return `${b} is not an .xlsx file (it does not hold an Excel workbook). ${SAVE}`;
        case "bukanZip":
          return `${b} is not an .xlsx file.`;
        case "dilindungi":
          return `${b} is protected by a password. Open it in Excel, remove the password, then save it again.`;
      }
    },
    RUSAK: (p) =>
      `${p.berkas ?? "The file"} is damaged: ${en.rusak[p.reason.jenis](p.reason as never)}. Open it in Excel and save it again as "Excel Workbook (*.xlsx)".`,
    TERLALU_BESAR: (p) =>
      p.reason.jenis === "tabel"
        ? `The tables (${p.reason.row} rows) cannot be put together as an .xlsx file in memory; no file was written. Reduce the rows of LKIP_IKU or LKIP_ANGGARAN, then run again.`
        : `File too large: ${p.berkas ?? "the file"} ${en.besar[p.reason.jenis](p.reason as never)}. Keep the LKIP data (LKIP_IKU, LKIP_ANGGARAN, …) in a smaller workbook of its own, then read that workbook.`,
  },
  rusak: {
    arsip: () => "its archive is incomplete",
    xml: () => "its XML is incomplete or not valid",
    isi: () => "its content cannot be read",
    nomorBaris: (p) => `row number "${p.teks}" on sheet ${p.lembar} is not valid`,
    alamatSel: (p) => `cell address "${p.teks}" on sheet ${p.lembar} is not valid`,
    bagianLembar: (p) => `the part of sheet ${p.lembar} (${p.bagian}) is missing from the file`,
    nomorTeksBersama: (p) =>
      `cell ${p.cell} refers to a shared text by a number that is not valid ("${p.teks}")`,
    teksBersamaHilang: (p) =>
      `cell ${p.cell} refers to the list of shared texts (sharedStrings.xml), which is missing from the file`,
    teksBersamaDiLuar: (p) =>
      `cell ${p.cell} refers to shared text number ${p.nomor}, but the list holds only ${p.jumlah} texts`,
    nilaiTidakSah: (p) =>
      `cell ${p.cell} holds ${p.nilai === "logika" ? "a logical value" : p.nilai === "tanggal" ? "a date" : "a number"} that is not valid ("${p.teks}")`,
    jenisSel: (p) => `cell ${p.cell} is of an unknown type "${p.teks}"`,
  },
  besar: {
    batasArsip: (p) =>
      `is beyond what is read (more than ${number(p.bagian)} parts, or more than ${number(p.mb)} MB once inflated)`,
    memori: () => "does not fit in memory to be read",
    sel: (p) => `holds more than ${number(p.batas)} cells in its data sources`,
    sumber: (p) => `${p.sumber} covers ${number(p.cell)} cells (the limit is ${number(p.batas)})`,
    ukuran: (p) => `is ${p.mb} MB (the limit is ${p.batasMb} MB)`,
    tabel: (p) => `its tables have ${p.row} rows`,
  },
};

export default en;
