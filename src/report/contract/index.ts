/** The contract between the gateways and the report: raw workbook types, output plans, cell addresses, findings. */
export { SOURCE_NAMES } from "./types";
export type {
  CellKind,
  ChartSpec,
  InputWorkbookPlan,
  Merge,
  Naskah,
  NaskahParagraph,
  PageSetup,
  RawCell,
  RawRange,
  RawWorkbook,
  SheetPlan,
  SourceName,
  TableCell,
  TableDesc,
} from "./types";
export {
  cellAddress,
  columnIndex,
  columnLetters,
  nextFreeSheetName,
  parseRef,
  parseA1Range,
  quoteSheet,
  rangeAddress,
  refAddress,
  sameSheetName,
  splitAddress,
} from "./address";
export type { CellRef } from "./address";
export {
  CATALOGUE,
  FINDING_CODES,
  TINGKAT_ORDER,
  compareTingkat,
  findingText,
  formatAddress,
  kutip,
  sortByTingkat,
  temuan,
} from "./findings";
export type {
  ReasonLabel,
  AngkaNaskah,
  AngkaNaskahParams,
  NaskahAddress,
  ReasonPengaturan,
  AsalTahun,
  BandingParams,
  BukanRentang,
  Finding,
  FindingCode,
  FindingParams,
  Reason,
  Lang,
  MasalahNaskah,
  Milik,
  MiripTotal,
  NilaiCell,
  Pecahan,
  Rincian,
  Rumus,
  Tingkat,
  TidakTeruji,
  Wadah,
} from "./findings";
export { capitalise, fmt, needsTextFormat, reinterpretedText, TEXT_FORMAT_MAX } from "./text";
export { angkaText, coreText, CORE_WORDS } from "./core-reasons";
export type { CoreWords } from "./core-reasons";
export { readFailureText } from "./read-failure";
export type { Besar, ReadFailure, ReadFailureWords, Rusak } from "./read-failure";
