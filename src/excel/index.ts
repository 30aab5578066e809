/** The only Office.js code of the add-in. This barrel exports what the task pane imports. */
export { detectHost, paneVisibility } from "./host";
export type { DetectOptions, HostInfo } from "./host";
export { readWorkbook } from "./read";
export { writeSheetPlan } from "./write";
export type { WriteNote, WriteResult } from "./write";
export { writeInputPlan } from "./sample";
export { selectAddress } from "./navigate";
export type { ExcelRun } from "./run";
export {
  extendName,
  insertTemplate,
  makeSourceTable,
  markSampleSheets,
  readOutside,
  readSelection,
  removeSampleSheets,
  sampleSheets,
  writeSettings,
} from "./setup";
export type { InfoPlace, SelectionRead, SettingsWriteResult } from "./setup";
export { explainError, officeErrorCode } from "./errors";
export { runSelfTest, SELF_TEST_SIZE, SELF_TEST_WORDS, selfTestText } from "./selftest";
export type { SelfTestItem, SelfTestReport } from "./selftest";
