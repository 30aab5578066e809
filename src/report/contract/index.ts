/** The contract between the gateways and the report: raw workbook types, output plans, cell addresses. */
export { SOURCE_NAMES } from "./types";
export type {
  CellKind,
  ChartSpec,
  Finding,
  InputWorkbookPlan,
  Merge,
  PageSetup,
  RawCell,
  RawRange,
  RawWorkbook,
  SheetPlan,
  SourceName,
  TableCell,
  TableDesc,
  Tingkat,
} from "./types";
export {
  cellAddress,
  columnIndex,
  columnLetters,
  nextFreeSheetName,
  parseA1Range,
  quoteSheet,
  rangeAddress,
  sameSheetName,
  splitAddress,
} from "./address";
export { capitalise } from "./text";
