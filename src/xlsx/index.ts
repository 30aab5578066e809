/** The .xlsx gateway (ExcelJS): read a workbook's sources, write the tables. Shared by the CLI. */
export { XlsxReadError, loadXlsx } from "./read";
export type { LoadedXlsx } from "./read";
export { setDefinedNames, writeSheetPlan } from "./write";
export { partsNotCopied, tabelFromLoaded, tabelXlsx } from "./tabel";
export type { TabelXlsx } from "./tabel";
