/**
 * In-memory double of the part of the Excel JavaScript API that src/excel uses, split by object
 * under test/host/excel/. Browser-safe (no Node imports): the end-to-end test bundles it into a
 * page in place of office.js. Each rule names the Microsoft page it comes from (excel/docs.ts):
 * - proxies queue operations; nothing happens until `context.sync()`; unloaded properties throw;
 *   `*OrNullObject` proxies know `isNullObject` only after a sync (excel/base.ts);
 * - requests and responses over 5 MB fail; every request fails in cell-edit mode (excel/context.ts);
 * - cell-level reads of whole columns/rows give null, reads over 5 M cells null or an error;
 *   writes to unbounded ranges and to protected sheets fail (excel/range.ts);
 * - assigned strings are parsed like typed input unless the cell is Text "@" (excel/input.ts);
 * - sheet-name rules, structure protection, used range, #REF! names after a sheet is deleted
 *   (excel/worksheet.ts); tables with a Total Row (excel/tables.ts);
 * - Office.onReady may resolve late (excel/office.ts).
 * - a leading apostrophe is Excel's prefix character: the rest is stored as text (excel/input.ts).
 * Not modelled: formula evaluation (a formula cell keeps the value it was given).
 */
export * from "./excel/state";
export * from "./excel/address";
export * from "./excel/builders";
export * from "./excel/errors";
export { ERROR_VALUES, reinterpreted } from "./excel/input";
export { FakeContext } from "./excel/context";
export { makeRun, makeFakeRun, supportsFor, installFakeOffice } from "./excel/office";
export type { FakeOfficeOptions } from "./excel/office";
export { DOCS } from "./excel/docs";
