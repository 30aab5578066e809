/**
 * Served in place of office.js in the end-to-end test: the in-memory workbook as the host, plus
 * the part of the CustomFunctions runtime the functions bundle calls, recording when each function
 * registered (the benchmark reads that). `__fake` lets the test type into the workbook as a user
 * would (cells, a selection) between clicks.
 */
import { customFunctionsRuntime } from "../host/custom-functions";
import {
  addSheet,
  createFakeWorkbook,
  findSheet,
  installFakeOffice,
  setCells,
  type FakeWorkbook,
} from "../host/fake-excel";
import "../host/fake-excel-setup";

interface E2eWindow {
  __fakeWorkbook: FakeWorkbook;
  __fake: { addSheet: typeof addSheet; findSheet: typeof findSheet; setCells: typeof setCells };
  __associated: Record<string, number>;
  CustomFunctions: unknown;
}

const w = window as unknown as E2eWindow;
const language = new URLSearchParams(location.search).get("lang") ?? "id-ID";
const wb = createFakeWorkbook();
addSheet(wb, "Sheet1"); // a new workbook has one empty sheet
installFakeOffice(window, wb, { language });
w.__fakeWorkbook = wb;
w.__fake = { addSheet, findSheet, setCells };
w.__associated = {};

w.CustomFunctions = customFunctionsRuntime((id) => {
  w.__associated[id] = performance.now();
});
