/**
 * The pane writes all or nothing it claims (issue 27). Every sync of a write — split into several
 * by the request limit, or one — is made to fail before Excel ran it and after Excel ran it with
 * the reply lost (the double's `faults`, DOCS.requestAborted). After each, the workbook holds
 * either the complete sheet under its final name (and the write says "written") or exactly what
 * it held before (and the write says so truthfully); never a truncated sheet, never a leftover
 * "LKIP sementara".
 */
import { describe, expect, it } from "vitest";
import { officeErrorCode } from "../../src/excel/errors";
import { readWorkbook } from "../../src/excel/read";
import { writeSheetPlan, type WriteResult } from "../../src/excel/write";
import { WRITE_KEY } from "../../src/excel/write-check";
import type { SheetPlan } from "../../src/report";
import {
  addSheet,
  fakeWorkbookFromPlan,
  findSheet,
  getCell,
  resetStats,
  setCells,
  supportsFor,
  type FakeWorkbook,
} from "../host/fake-excel";
import { asRun, fixtureInputPlan, handSheetPlan } from "./support";

/** Small enough that a 600-row plan is written in several syncs. */
const LIMIT = 30_000;
const NAME = "Tabel LKIP 2024";

function sheetsOf(wb: FakeWorkbook) {
  return wb.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells.entries()].map(([k, c]) => [k, c.value]),
    props: [...s.customProperties.entries()],
  }));
}

/** The plan's every value is on the sheet, its charts too, and it is marked done. */
function expectComplete(wb: FakeWorkbook, name: string, plan: SheetPlan): void {
  const s = findSheet(wb, name)!;
  expect(s).toBeDefined();
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== "") expect(getCell(s, r, c)?.value).toBe(v);
    })
  );
  expect(s.charts.length).toBe(plan.charts.length);
  expect(s.customProperties.get(WRITE_KEY)).toMatch(/:selesai$/);
}

const noTemporary = (wb: FakeWorkbook) =>
  expect(wb.sheets.map((s) => s.name).filter((n) => /sementara/i.test(n))).toEqual([]);

async function attempt(
  wb: FakeWorkbook,
  plan: SheetPlan,
  replace = false
): Promise<WriteResult | { error: string }> {
  const run = asRun(wb);
  const supports = supportsFor(wb);
  const known = await readWorkbook({ run, supports });
  try {
    return await writeSheetPlan(plan, {
      replace,
      run,
      supports,
      known,
      maxRequestBytes: LIMIT,
    });
  } catch (e) {
    return { error: officeErrorCode(e) };
  }
}

/** Syncs the clean write takes after the read (2 syncs). */
async function writeSyncs(plan: SheetPlan, prepare: (wb: FakeWorkbook) => void): Promise<number> {
  const wb = fakeWorkbookFromPlan(fixtureInputPlan());
  prepare(wb);
  resetStats(wb);
  const r = await attempt(wb, plan, true);
  expect(r).toMatchObject({ status: "written" });
  return wb.stats.syncs - 2;
}

const cases: { title: string; prepare: (wb: FakeWorkbook) => void; replace: boolean }[] = [
  { title: "a new sheet", prepare: () => undefined, replace: false },
  {
    title: "replacing the add-in's own sheet",
    prepare: (wb) => {
      const old = addSheet(wb, NAME);
      setCells(old, 0, 0, [["tabel lama", 1]]);
      old.customProperties.set("LKIP_ADDIN", "Tabel LKIP");
    },
    replace: true,
  },
];

describe("a sync of the write fails (before Excel ran it / after, reply lost)", () => {
  const plan = handSheetPlan(600);
  for (const c of cases) {
    it(`${c.title}: every sync, both ways — all or nothing, and the truth said`, async () => {
      const n = await writeSyncs(plan, c.prepare);
      expect(n).toBeGreaterThan(2); // really split
      for (let i = 1; i <= n; i++) {
        for (const when of ["before", "after"] as const) {
          const wb = fakeWorkbookFromPlan(fixtureInputPlan());
          c.prepare(wb);
          const before = sheetsOf(wb);
          resetStats(wb);
          wb.faults = [{ sync: 2 + i, when }];
          const r = await attempt(wb, plan, c.replace);
          const where = `sync ${i} of ${n}, ${when}`;
          noTemporary(wb);
          if (when === "after" && i === n) {
            // Excel wrote it all and the reply was lost: read back, found complete, said so.
            expect(r, where).toMatchObject({
              status: "written",
              sheetName: NAME,
              note: "SUDAH_DIPERIKSA",
            });
            expectComplete(wb, NAME, plan);
          } else {
            // Cut off: the workbook is as it was; "removed" once something had been written.
            expect(r, where).toEqual({
              error: i === 1 && when === "before" ? "TabelBelumDitulis" : "TabelDihapus",
            });
            expect(sheetsOf(wb), where).toEqual(before);
          }
        }
      }
    });
  }

  it("when Excel stays out of reach, the leftover marked sheet is removed by the next write", async () => {
    const wb = fakeWorkbookFromPlan(fixtureInputPlan());
    const before = sheetsOf(wb).map((s) => s.name);
    resetStats(wb);
    // The 2nd write sync fails, and so does the check after it.
    wb.faults = [
      { sync: 4, when: "before" },
      { sync: 5, when: "before" },
    ];
    expect(await attempt(wb, plan)).toEqual({ error: "RequestAborted" });
    expect(wb.sheets.some((s) => /^LKIP sementara/.test(s.name))).toBe(true);
    wb.faults = [];
    const r = await attempt(wb, plan);
    expect(r).toMatchObject({ status: "written", sheetName: NAME });
    expectComplete(wb, NAME, plan);
    noTemporary(wb);
    expect(wb.sheets.map((s) => s.name)).toEqual([...before, NAME]);
  });
});

describe("the sheet names a re-run meets", () => {
  it("a protected user sheet of the plan's name: one '(2)', replaced after asking, never '(3)'", async () => {
    const wb = fakeWorkbookFromPlan(fixtureInputPlan());
    const user = addSheet(wb, NAME);
    setCells(user, 0, 0, [["milik pengguna"]]);
    user.protected = true;
    const plan = handSheetPlan(5);
    expect(await attempt(wb, plan)).toMatchObject({ status: "written", sheetName: `${NAME} (2)` });
    for (let click = 0; click < 3; click++) {
      expect(await attempt(wb, plan)).toMatchObject({
        status: "needsConfirmation",
        sheetName: `${NAME} (2)`,
      });
      expect(await attempt(wb, plan, true)).toMatchObject({
        status: "written",
        sheetName: `${NAME} (2)`,
        replaced: true,
      });
    }
    expect(wb.sheets.map((s) => s.name).filter((n) => n.startsWith(NAME))).toEqual([
      NAME,
      `${NAME} (2)`,
    ]);
    expect(getCell(user, 0, 0)?.value).toBe("milik pengguna");
  });

  it("our own sheet that the user has protected is theirs now: never replaced", async () => {
    const wb = fakeWorkbookFromPlan(fixtureInputPlan());
    const old = addSheet(wb, NAME);
    old.customProperties.set("LKIP_ADDIN", "Tabel LKIP");
    setCells(old, 0, 0, [["dikunci"]]);
    old.protected = true;
    expect(await attempt(wb, handSheetPlan(5), true)).toMatchObject({
      status: "written",
      sheetName: `${NAME} (2)`,
      replaced: false,
    });
    expect(getCell(old, 0, 0)?.value).toBe("dikunci");
  });

  it("our sheet deleted between the read and the write (replace confirmed): written, nothing left over", async () => {
    const wb = fakeWorkbookFromPlan(fixtureInputPlan());
    const old = addSheet(wb, NAME);
    old.customProperties.set("LKIP_ADDIN", "Tabel LKIP");
    const run = asRun(wb);
    const supports = supportsFor(wb);
    const known = await readWorkbook({ run, supports });
    wb.sheets.splice(wb.sheets.indexOf(old), 1); // the user deletes it meanwhile
    const plan = handSheetPlan(5);
    const r = await writeSheetPlan(plan, { replace: true, run, supports, known });
    expect(r).toMatchObject({ status: "written", sheetName: NAME });
    expectComplete(wb, NAME, plan);
    noTemporary(wb);
  });
});
