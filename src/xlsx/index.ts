/**
 * The .xlsx gateway: read a workbook's sources within bounds (bytes in, no file I/O: the same
 * reader serves `lkip` and the browser page), write the tables (ExcelJS). Shared by the CLI.
 */
export { XlsxReadError, loadXlsx, READ_LIMITS } from "./read";
export type { LoadedXlsx, ReadLimits } from "./read";
export { rekapWorkbook, setDefinedNames, writeSheetPlan, writeTablesWorkbook } from "./write";
export { tabelFromLoaded, tabelXlsx } from "./tabel";
export type { TabelXlsx } from "./tabel";
export { writeBab3Docx } from "./docx";
export { bab3FromLoaded } from "./bab3";
export type { Bab3Xlsx } from "./bab3";
export { NASKAH_LIMITS, NaskahReadError, readNaskah } from "./naskah";
export type { NaskahLimits, NaskahReadProblem } from "./naskah";
export { setPdfLoader } from "./naskah-pdf";
export { setWholeInflater } from "./zip";
export type { WholeInflater } from "./zip";
export { rekapLoaded, rekapXlsx } from "./rekap";
