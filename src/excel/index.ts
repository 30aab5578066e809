/** The only Office.js code of the add-in. This barrel exports what the task pane imports. */
export { detectHost, paneVisibility } from "./host";
export type { DetectOptions, HostInfo } from "./host";
export { readWorkbook } from "./read";
export { writeSheetPlan } from "./write";
export type { WriteResult } from "./write";
export { writeInputPlan } from "./sample";
export { selectAddress } from "./navigate";
export type { ExcelRun } from "./run";
export { explainError, officeErrorCode } from "./errors";
export { runSelfTest, selfTestText } from "./selftest";
export type { SelfTestItem, SelfTestReport } from "./selftest";
