/** The browser page's words in English: the keys of page.id.ts. */
import type { PageTexts } from "./page.id";

const en: PageTexts = {
  title: "LKIP in the browser",
  lead: "For offices whose Excel cannot run the LKIP add-in: choose an .xlsx workbook laid out as the LKIP workbook contract says, then download a workbook with the LKIP tables sheet, and see the checker's findings.",
  privacy:
    "Your file is not sent anywhere. Everything is computed in this browser; this page is not allowed to open any network connection (Content-Security-Policy: connect-src 'none'). You may disconnect from the internet once the page is open.",
  drop: "Drop an .xlsx file here (several OPD files at once make a rekap), or",
  choose: "Choose an .xlsx file",
  reading: (name: string) => `Reading ${name} …`,
  readingSheet: (done: number, total: number) => `Reading sheet ${done} of ${total}…`,
  building: "Building the tables …",
  done: "Done.",
  notXlsx: (name: string) =>
    `${name} is not an .xlsx file. Save the data as "Excel Workbook (*.xlsx)".`,
  failed: "Something unexpected went wrong:",
  resultTitle: "Workbook with the LKIP tables",
  resultFor: (name: string) => `Results for the file ${name}`,
  summary: (n: number, sheet: string, tahun: number) =>
    `${n} tables written to the sheet "${sheet}" (year ${tahun}). Your own file is not changed.`,
  noTables: "No table could be made from this file; see the findings below.",
  download: "Download the workbook",
  downloadBab3: "Download Bab III (.docx)",
  leftOut: "Tables not made",
  leftOutItem: (n: number, title: string, reason: string) => `Table ${n} (${title}): ${reason}`,
  rowsLeftOut: "Rows left out",
  findings: "Checker findings",
  findingsSummary: (n: number, g: number, p: number, i: number) =>
    n === 0 ? "No findings." : `${n} findings: ${g} errors, ${p} warnings, ${i} notes.`,
  tingkat: { galat: "ERROR", peringatan: "WARNING", info: "NOTE" },
  contract:
    "Workbook contract: named ranges or Excel tables LKIP_IKU (required), LKIP_ANGGARAN, LKIP_INFO, LKIP_BELANJA — as for the add-in and the lkip command.",
  rekapTitle: "Rekap of OPD workbooks",
  rekapLead:
    "Several files chosen: each .xlsx becomes one row of the rekap, computed and checked as the lkip rekap command does.",
  rekapProgress: (done: number, n: number, name: string) => `${done}/${n} ${name}`,
  rekapSummary: (n: number, read: number) =>
    `${n} files in the rekap: ${read} read, ${n - read} not. Your own files are not changed.`,
  rekapSkipped: (names: string) => `Not .xlsx, skipped: ${names}`,
  rekapCrashed: (name: string) =>
    `${name} could not be processed; the other files are in the rekap.`,
  rekapDownload: "Download the rekap (.xlsx)",
  rekapHeader: [
    "No",
    "File",
    "Agency",
    "Year",
    "Indicators",
    "Mean capaian (%)",
    "Errors",
    "Warnings",
    "Remarks",
  ],
  other: "Bahasa Indonesia",
  // ---- the reader's questions about the file (issue 21): the page's --kolom, --tahun, --sumber
  questionsTitle: "Questions about this file",
  questionsLead:
    "Your answers apply to this file on this page only; your file is not changed, and a new file starts without them.",
  kolomQuestion: (sumber: string, kolom: string) =>
    `${sumber}: the ${kolom} column is missing. Which header is it?`,
  kolomCandidate: (judul: string, address: string) => `${judul} (${address})`,
  kolomUse: "Use this column",
  tahunQuestion:
    "The report year is named nowhere (LKIP_INFO, column headers, table titles), so no table was made yet. Which year is it?",
  tahunLabel: "Report year",
  tahunUse: "Use this year",
  tahunInvalid: "Type a four-digit year, for example 2024.",
  sumberQuestion: (sumber: string) =>
    `Several unnamed tables fit ${sumber} equally well. Which one is it?`,
  sumberUse: (address: string) => `Use ${address}`,
  chosenTitle: "Chosen on this page",
  chosenKolom: (kolom: string, judul: string) => `Kolom ${kolom} = ${judul} (chosen on this page)`,
  chosenTahun: (tahun: number) => `Year ${tahun} (chosen on this page)`,
  chosenSumber: (sumber: string, address: string) => `${sumber} = ${address} (chosen on this page)`,
  chosenKeep:
    "Not to be asked again, write the same answers into the workbook: Kolom … and Tahun rows in LKIP_INFO, or a named range for the table.",
  naskahTitle: "Check the report's text",
  naskahLead:
    "Choose the report's text too (Bab III etc., .docx or a PDF with text): every number in its sentences is compared with the workbook above, and each finding names its paragraph and quotes it.",
  naskahChoose: "Choose the text .docx / .pdf",
  naskahReading: (name: string) => `Reading the text ${name} …`,
  naskahWaiting: (name: string) =>
    `The text ${name} is ready; choose its .xlsx workbook above, and the text is checked against it.`,
  naskahNotDoc: (name: string) =>
    `${name} is not a .docx or .pdf document. Save the report's text as "Word Document (*.docx)" or PDF.`,
  naskahSummary: (name: string, n: number, g: number, p: number, i: number) =>
    n === 0
      ? `Text ${name}: no findings; every number that could be recognised equals the workbook.`
      : `Text ${name}: ${n} findings: ${g} errors, ${p} warnings, ${i} info.`,
};

export default en;
