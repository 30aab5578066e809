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
  defineName,
  findSheet,
  installFakeOffice,
  setCells,
  type FakeWorkbook,
} from "../host/fake-excel";
// Called, not imported for its side effect: package.json says "sideEffects": false, so webpack
// would drop a bare import.
import { installSetupMethods } from "../host/fake-excel-setup";

interface E2eWindow {
  __fakeWorkbook: FakeWorkbook;
  __fake: {
    addSheet: typeof addSheet;
    findSheet: typeof findSheet;
    setCells: typeof setCells;
    defineName: typeof defineName;
  };
  __associated: Record<string, number>;
  CustomFunctions: unknown;
}

installSetupMethods();

const w = window as unknown as E2eWindow;
const language = new URLSearchParams(location.search).get("lang") ?? "id-ID";
const wb = createFakeWorkbook();
addSheet(wb, "Sheet1"); // a new workbook has one empty sheet
installFakeOffice(window, wb, { language });
w.__fakeWorkbook = wb;
w.__fake = { addSheet, findSheet, setCells, defineName };
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
