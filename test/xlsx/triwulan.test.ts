/**
 * LKIP_TRIWULAN through both readers (WORKBOOK.md): the .xlsx reader and the pane's Excel reader
 * give the same model and the same Tabel 13, in both header forms; `lkip tabel` writes it.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadXlsx } from "../../src/xlsx/read";
import { readWorkbook } from "../../src/excel/read";
import { readModel } from "../../src/report/model/read-model";
import { buildTables } from "../../src/report/tables/specs";
import { fakeWorkbookFromPlan } from "../host/fake-excel";
import { asRun } from "../excel/support";
import { bufferOf } from "./helpers";
import { run } from "../cli/run";
import { quarterlyPlan, quarterlyXlsx } from "../report/model/triwulan-books";
import { QUARTERLY, quarterlyWorkbook } from "../report/model/triwulan-raw";

const tabel13 = (raw: Parameters<typeof readModel>[0]) =>
  buildTables(readModel(raw)).tables.find((t) => t.id === 13)!;
const cells = (t: { body: { value: unknown }[][] }) => t.body.map((r) => r.map((c) => c.value));

describe.each(["one", "two"] as const)("LKIP_TRIWULAN, %s-row header, both readers", (form) => {
  it("the .xlsx reader and the Excel reader give the Tabel 13 of the rules", async () => {
    const expected = tabel13(quarterlyWorkbook(form));
    const x = await quarterlyXlsx(form);
    const { raw } = await loadXlsx(await bufferOf(x.workbook, x.names));
    expect(raw.problems).toEqual([]);
    const fromXlsx = tabel13(raw);
    const wb = fakeWorkbookFromPlan(quarterlyPlan(form));
    const fromExcel = tabel13((await readWorkbook({ run: asRun(wb) })).raw);
    expect(fromXlsx.title).toBe(expected.title);
    expect(cells(fromXlsx)).toEqual(cells(expected));
    expect(cells(fromExcel)).toEqual(cells(expected));
    expect(fromXlsx.body).toHaveLength(QUARTERLY.length + 1); // + the budget's Total row
  });

  it("lkip tabel writes Tabel 13 from a workbook with only LKIP_TRIWULAN and LKIP_INFO", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lkip-tw-"));
    const x = await quarterlyXlsx(form, 2);
    const input = join(dir, "triwulan.xlsx");
    await writeFile(input, await bufferOf(x.workbook, x.names));
    const out = join(dir, "hasil.xlsx");
    const r = await run(["tabel", input, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const sheet = wb.worksheets.find((w) => w.name.startsWith("Tabel LKIP"))!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.some((t) => t.startsWith("Tabel 1 — Capaian Kinerja s.d. Triwulan II"))).toBe(
      true
    );
  });
});
