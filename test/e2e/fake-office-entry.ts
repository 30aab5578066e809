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

// The functions the page registers also compute =LKIP.… formulas in the workbook, with the flags
// of the functions.json the build shipped (the self-test checks what Excel passes them).
wb.functions = { fns: new Map(), meta: {} };
void fetch("functions.json")
  .then((r) => r.json())
  .then((m: { allowErrorForDataTypeAny?: boolean; allowCustomDataForDataTypeAny?: boolean }) => {
    wb.functions!.meta = m;
  })
  .catch(() => undefined);

w.CustomFunctions = customFunctionsRuntime((id, fn) => {
  w.__associated[id] = performance.now();
  wb.functions!.fns.set(id, fn as (...args: unknown[]) => unknown);
});
