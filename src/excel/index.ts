/** The only Office.js code of the add-in. */
export { detectHost, type HostInfo, type HostGlobals } from "./host";
export { readWorkbook, toRawCells, type WorkbookRead, type ReadOptions } from "./read";
export { writeSheetPlan, type WriteOptions, type WriteResult } from "./write";
export { writeInputPlan, type InputWriteOptions, type InputWriteResult } from "./sample";
export { selectAddress } from "./navigate";
export { capaianChart, capaianSerapanChart, type ChartData } from "./charts";
export {
  ADDIN_MARK_KEY,
  ADDIN_MARK_VALUE,
  MAX_REQUEST_BYTES,
  defaultRun,
  type ExcelRun,
  type Supports,
} from "./run";
