/** The self-test against the in-memory Excel: every item passes where Excel behaves as documented. */
import "../functions/custom-functions-global";
import { describe, expect, it } from "vitest";
import * as fns from "../../src/functions/functions";
import { runSelfTest, selfTestText } from "../../src/excel/selftest";
import golden from "../functions/functions.golden.json";
import { addSheet, createFakeWorkbook, makeRun, type FakeWorkbook } from "../host/fake-excel";

function workbook(flags = golden as { allowErrorForDataTypeAny?: boolean }): FakeWorkbook {
  const wb = createFakeWorkbook();
  addSheet(wb, "Sheet1");
  wb.functions = {
    fns: new Map<string, (...a: any[]) => unknown>([
      ["CAPAIAN", fns.capaian],
      ["PREDIKAT", fns.predikat],
    ]),
    meta: { ...flags, allowCustomDataForDataTypeAny: true },
  };
  return wb;
}

const host = {
  inExcel: true,
  language: "id" as const,
  supports: () => true,
  diagnostics: { host: "Excel", platform: "PC", version: "16.0.1" },
};

describe("runSelfTest", () => {
  it("passes every item against the double, and leaves the workbook as it was", async () => {
    const wb = workbook();
    const r = await runSelfTest({ run: makeRun(wb), host });
    expect(r.items.map((i) => [i.id, i.ok, i.ok ? "" : i.detail])).toEqual(
      r.items.map((i) => [i.id, true, ""])
    );
    expect(r.items).toHaveLength(8);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(wb.names).toEqual([]);
    expect(wb.tables).toEqual([]);
    expect(selfTestText(r)).toMatch(/^Uji kecocokan Excel — Excel PC 16\.0\.1/);
    expect(selfTestText(r)).toMatch(/^LULUS {2}teks-panjang: .* — 334 huruf, format "General"/m);
    // The support block in English says nothing in Indonesian but the checks' ids.
    const en = selfTestText(r, "en");
    expect(en).toMatch(/^Excel compatibility test — Excel PC 16\.0\.1/);
    expect(en).toMatch(/^PASS {2}teks-panjang: .* — 334 characters, format "General"/m);
    expect(en.replace(/^PASS {2}[\w-]+:/gm, "")).not.toMatch(
      /LULUS|GAGAL|huruf|tampil|terisi|dibaca|nilai|kiriman|baris|kosong|galat/
    );
  });

  it("fails the functions item where blanks arrive as 0 or errors never reach the function", async () => {
    const old = workbook({});
    old.functions!.blankAsZero = true;
    const r = await runSelfTest({ run: makeRun(old), host });
    const f = r.items.find((i) => i.id === "fungsi")!;
    expect(f.ok).toBe(false);
    expect(f.detail.id).toMatch(/perbarui Office/);
    expect(f.detail.en).toMatch(/update Office/);
    expect(selfTestText(r, "en")).toMatch(/^FAIL {2}fungsi: .*update Office/m);
  });

  it("fails the merge item where a merge across would merge the rows into one block", async () => {
    const { RangeProxy } = await import("../host/excel/range");
    const across = Object.getOwnPropertyDescriptor(RangeProxy.prototype, "merge")!;
    // A host whose merge(true) behaves as merge(false): one block keeps only its first row's value.
    RangeProxy.prototype.merge = function (this: InstanceType<typeof RangeProxy>) {
      (across.value as (a: boolean) => void).call(this, false);
    };
    try {
      const r = await runSelfTest({ run: makeRun(workbook()), host });
      const m = r.items.find((i) => i.id === "gabung-per-baris")!;
      expect(m.ok).toBe(false);
      expect(m.detail.en).toContain('["Baris 1","",""]');
    } finally {
      Object.defineProperty(RangeProxy.prototype, "merge", across);
    }
  });

  it("reports a check that Excel refuses as failed, with its code, and runs the rest", async () => {
    const wb = workbook();
    wb.protectedStructure = true;
    const r = await runSelfTest({ run: makeRun(wb), host });
    expect(r.items.every((i) => !i.ok && /AccessDenied/.test(i.detail.en))).toBe(true);
  });
});
