/**
 * Served in place of office.js in the end-to-end test: the in-memory workbook as the host, plus
 * the part of the CustomFunctions runtime the functions bundle calls, recording when each function
 * registered (the benchmark reads that).
 */
import { customFunctionsRuntime } from "../host/custom-functions";
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from "../host/fake-excel";

interface E2eWindow {
  __fakeWorkbook: FakeWorkbook;
  __associated: Record<string, number>;
  CustomFunctions: unknown;
}

const w = window as unknown as E2eWindow;
const language = new URLSearchParams(location.search).get("lang") ?? "id-ID";
const wb = createFakeWorkbook();
installFakeOffice(window, wb, { language });
w.__fakeWorkbook = wb;
w.__associated = {};

w.CustomFunctions = customFunctionsRuntime((id) => {
  w.__associated[id] = performance.now();
});
