/**
 * The pane's flows without React, against the in-memory Excel: inspect, insert the sample,
 * build (three round trips), ask before replacing our own sheet, never touch the user's,
 * write the Catatan Pemeriksaan sheet.
 */
import { flatAll } from "../report/contract/flat";
import { describe, expect, it } from "vitest";
import type { HostInfo } from "../../src/excel";
import { SKALA, TABLE_SPECS, findingText } from "../../src/report";
import {
  analyse,
  build,
  goTo,
  insertSample,
  insertTemplate,
  adoptSelection,
  extendRange,
  previewSelection,
  saveSettings,
  settingsRows,
  inspect,
  writeCatatan,
  type Env,
  type Step,
} from "../../src/taskpane/session";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import {
  addSheet,
  createFakeWorkbook,
  findSheet,
  formulaCells,
  getCell,
  makeRun,
  resetStats,
  setCells,
  snapshotCells,
  supportsFor,
  type FakeWorkbook,
} from "../host/fake-excel";
import "../host/fake-excel-setup";

function envFor(wb: FakeWorkbook): Env {
  const host: HostInfo = { inExcel: true, language: "id", supports: supportsFor(wb) };
  return { host, run: makeRun(wb) };
}

async function withSample(): Promise<{ wb: FakeWorkbook; env: Env }> {
  const wb = createFakeWorkbook();
  addSheet(wb, "Sheet1");
  const env = envFor(wb);
  await insertSample(env);
  return { wb, env };
}

// The sample has every source, its (invented) quarters included: every table, Tabel 13 too.
const ALL = TABLE_SPECS.map((s) => s.id);

describe("inspect", () => {
  it("finds nothing in an empty workbook and says LKIP_IKU is missing, without failing", async () => {
    const wb = createFakeWorkbook();
    addSheet(wb, "Sheet1");
    const got = await inspect(envFor(wb));
    expect(got.model.sumber.LKIP_IKU).toBeUndefined();
    expect(
      flatAll(got.findings).some((f) => f.tingkat === "galat" && f.pesan.includes("LKIP_IKU"))
    ).toBe(true);
  });

  it("reads the inserted sample: 3 indicators, its settings, and the report's slips", async () => {
    const { env } = await withSample();
    const got = await inspect(env);
    expect(got.model.indikator.map((i) => i.nama.value)).toEqual(
      fixture.iku.map((i) => i.indikator)
    );
    expect(got.model.settings.tahun).toBe(fixture.tahun);
    expect(
      flatAll(got.findings).find((f) => f.kode === "CAPAIAN_BEDA" && f.lokasi === "'Data IKU'!K3")
        ?.nilai_hitung
    ).toBe("55,73");
  });

  it("re-models for new settings without another round trip", async () => {
    const { wb, env } = await withSample();
    const got = await inspect(env);
    resetStats(wb);
    const trunc = analyse(got.raw, { pembulatan: "TRUNC", skala: SKALA.permendagri86 });
    expect(wb.stats.syncs).toBe(0);
    expect(trunc.model.settings.pembulatan).toBe("TRUNC");
    // Under TRUNC the typed 55,72 is right.
    expect(
      flatAll(trunc.findings).some((f) => f.kode === "CAPAIAN_BEDA" && f.lokasi === "'Data IKU'!K3")
    ).toBe(false);
  });
});

describe("build", () => {
  it("writes every table in three round trips (read 2; data, charts and name 1), reporting each step, inputs untouched", async () => {
    const { wb, env } = await withSample();
    const inputs = snapshotCells(wb);
    resetStats(wb);
    const steps: Step[] = [];
    const out = await build(env, {}, ALL, false, (s) => steps.push(s));
    expect(wb.stats.syncs).toBe(3);
    expect(steps).toEqual(["membaca", "memeriksa", "menghitung", "menulis"]);
    expect(out.write).toMatchObject({
      status: "written",
      sheetName: `Tabel LKIP ${fixture.tahun}`,
    });
    expect(out.tables.map((t) => t.id)).toEqual(ALL);
    expect(snapshotCells(wb, Object.keys(inputs))).toEqual(inputs);
    expect(formulaCells(findSheet(wb, out.write.sheetName)!)).toEqual([]);
  });

  it("builds only the tables asked for, numbered in order", async () => {
    const { env } = await withSample();
    const out = await build(env, {}, [2, 8], false, () => undefined);
    expect(out.tables.map((t) => t.title.split(" — ")[0])).toEqual(["Tabel 1", "Tabel 2"]);
  });

  it("asks before replacing its own sheet, and replaces it only when told", async () => {
    const { wb, env } = await withSample();
    await build(env, {}, ALL, false, () => undefined);
    const before = snapshotCells(wb);
    const again = await build(env, {}, ALL, false, () => undefined);
    expect(again.write.status).toBe("needsConfirmation");
    expect(snapshotCells(wb)).toEqual(before);
    const replaced = await build(env, { pembulatan: "TRUNC" }, ALL, true, () => undefined);
    expect(replaced.write).toMatchObject({
      status: "written",
      replaced: true,
      sheetName: `Tabel LKIP ${fixture.tahun}`,
    });
    expect(wb.sheets.filter((s) => s.name.startsWith("Tabel LKIP"))).toHaveLength(1);
  });

  it("never touches a user's own sheet of the same name", async () => {
    const { wb, env } = await withSample();
    const mine = addSheet(wb, `Tabel LKIP ${fixture.tahun}`);
    setCells(mine, 0, 0, [["catatan saya"]]);
    const out = await build(env, {}, ALL, true, () => undefined);
    expect(out.write.sheetName).toBe(`Tabel LKIP ${fixture.tahun} (2)`);
    expect(getCell(mine, 0, 0)?.value).toBe("catatan saya");
    expect(mine.cells.size).toBe(1);
  });
});

describe("the rest of the pane", () => {
  it("writes the findings to a Catatan Pemeriksaan sheet, one row per finding", async () => {
    const { wb, env } = await withSample();
    const { findings } = await inspect(env);
    const res = await writeCatatan(env, findings, false);
    expect(res.status).toBe("written");
    const s = findSheet(wb, res.sheetName)!;
    const texts = [...s.cells.values()].map((c) => c.value);
    for (const f of flatAll(findings)) expect(texts).toContain(f.lokasi);
  });

  it("writes the Catatan Pemeriksaan sheet in English when the pane is in English", async () => {
    const { wb, env } = await withSample();
    const { findings } = await inspect(env);
    const en: Env = { ...env, host: { ...env.host, language: "en" } };
    const res = await writeCatatan(en, findings, false);
    expect(res.status).toBe("written");
    expect(res.sheetName).toBe("Catatan Pemeriksaan");
    const texts = [...findSheet(wb, res.sheetName)!.cells.values()].map((c) => String(c.value));
    for (const h of ["Severity", "Location", "Finding", "Should be"]) expect(texts).toContain(h);
    for (const f of findings) expect(texts).toContain(findingText(f, "en"));
    for (const f of findings) expect(texts).not.toContain(findingText(f, "id"));
    expect(texts).not.toContain("Tingkat");
  });

  it("selects the cell of a finding", async () => {
    const { wb, env } = await withSample();
    expect(await goTo(env, "'Data IKU'!K3")).toBe(true);
    expect(wb.selection).toMatchObject({ sheet: "Data IKU" });
    expect(wb.selection?.address).toMatch(/K3$/);
  });

  it("inserts the sample with a column of LKIP.CAPAIAN formulas beside the data", async () => {
    const { wb } = await withSample();
    const formulas = formulaCells(findSheet(wb, "Data IKU")!);
    expect(formulas).toHaveLength(fixture.iku.length);
    const s = findSheet(wb, "Data IKU")!;
    const [first] = formulas;
    const col = first.charCodeAt(0) - 65;
    expect(getCell(s, 1, col)?.formula).toMatch(/^=LKIP\.CAPAIAN\(/);
  });

  it("a second insert asks first, then replaces its own sheets: no (2) sheets, names on the new set", async () => {
    const { wb, env } = await withSample();
    const sheets = wb.sheets.map((x) => x.name);
    const again = await insertSample(env);
    expect(again.status).toBe("ask");
    expect(wb.sheets.map((x) => x.name)).toEqual(sheets); // nothing written before the answer
    const done = await insertSample(env, true);
    expect(done.status).toBe("written");
    expect(wb.sheets.map((x) => x.name).sort()).toEqual([...sheets].sort());
    expect(wb.sheets.some((x) => x.name.includes("(2)"))).toBe(false);
    const got = await inspect(env);
    expect(got.model.indikator).toHaveLength(fixture.iku.length);
    expect(wb.names.filter((n) => n.name === "LKIP_IKU")).toHaveLength(1);
  });

  it("the quarterly template: LKIP_TRIWULAN and LKIP_INFO on new sheets, read back as sources", async () => {
    const wb = createFakeWorkbook();
    const mine = addSheet(wb, "LKIP Triwulan");
    setCells(mine, 0, 0, [["catatan saya"]]);
    const env = envFor(wb);
    const before = await inspect(env);
    const sheets = await insertTemplate(env, before.model, "triwulan");
    expect(sheets).toBe("LKIP Triwulan (2), LKIP Info");
    expect(getCell(findSheet(wb, "LKIP Triwulan")!, 0, 0)?.value).toBe("catatan saya");
    const after = await inspect(env);
    expect(after.model.sumber.LKIP_TRIWULAN).toBeTruthy();
    expect(after.model.sumber.LKIP_INFO).toBeTruthy();
    expect(after.model.sumber.LKIP_IKU).toBeFalsy();
    // Jenis offers its three words where the host has data validation (ExcelApi 1.8).
    expect(findSheet(wb, "LKIP Triwulan (2)")!.validations?.[0]?.list).toEqual([
      "kumulatif",
      "akhir",
      "rata-rata",
    ]);
    // Asked again: nothing is missing, nothing is written.
    const count = wb.sheets.length;
    expect(await insertTemplate(env, after.model, "triwulan")).toBe("");
    expect(wb.sheets.length).toBe(count);
    // The annual template still adds its own three sources (LKIP_INFO is there now).
    expect(await insertTemplate(env, after.model, "tahunan")).toBe(
      "LKIP IKU, LKIP Anggaran, LKIP Belanja"
    );
  });

  it("a user's own sheet named like the sample's is never replaced", async () => {
    const wb = createFakeWorkbook();
    const mine = addSheet(wb, "Data IKU");
    setCells(mine, 0, 0, [["milik saya"]]);
    const env = envFor(wb);
    const r = await insertSample(env);
    expect(r.status).toBe("written");
    expect(getCell(findSheet(wb, "Data IKU")!, 0, 0)?.value).toBe("milik saya");
  });

  it("the sample alone has nothing outside its names (its formula column is not data)", async () => {
    const { env } = await withSample();
    const got = await inspect(env);
    expect(got.model.findings.filter((x) => x.kode === "BARIS_DI_LUAR_RENTANG")).toEqual([]);
  });

  it("a row typed under the sample's LKIP_IKU is reported, and Perluas rentang takes it in", async () => {
    const { wb, env } = await withSample();
    const name = wb.names.find((n) => n.name === "LKIP_IKU")!;
    const ref = name.ref!;
    const s = findSheet(wb, ref.sheet)!;
    const last = Array.from(
      { length: ref.cols },
      (_, c) => getCell(s, ref.row + ref.rows - 1, ref.col + c)?.value ?? null
    );
    setCells(s, ref.row + ref.rows, ref.col, [last]);
    const got = await inspect(env);
    const f = got.model.findings.find((x) => x.kode === "BARIS_DI_LUAR_RENTANG");
    expect(f?.tingkat).toBe("peringatan");
    expect(got.model.indikator).toHaveLength(fixture.iku.length);
    await extendRange(env, "LKIP_IKU", got.model.perluas.LKIP_IKU!);
    const after = await inspect(env);
    expect(after.model.indikator).toHaveLength(fixture.iku.length + 1);
    expect(after.model.findings.some((x) => x.kode === "BARIS_DI_LUAR_RENTANG")).toBe(false);
  });

  it("a selection with a two-row header becomes LKIP_IKU, previewed first", async () => {
    const wb = createFakeWorkbook();
    const s = addSheet(wb, "IKU");
    setCells(s, 0, 0, [
      ["Sasaran", "Indikator", "2024", null],
      [null, null, "Target", "Realisasi"],
      ...fixture.iku.map((i) => [i.sasaran, i.indikator, Number(i.target), Number(i.realisasi)]),
    ]);
    wb.selection = { sheet: "IKU", address: `'IKU'!A1:D${2 + fixture.iku.length}` };
    const env = envFor(wb);
    const p = await previewSelection(env, "LKIP_IKU", 2025);
    expect(p.recognition.missing).toEqual([]);
    expect(wb.tables).toEqual([]);
    await adoptSelection(env, p);
    const got = await inspect(env);
    expect(got.model.settings.tahun).toBe(2024);
    expect(got.model.indikator).toHaveLength(fixture.iku.length);
    expect(got.model.sumber.LKIP_IKU?.kind).toBe("table");
  });

  it("a selection with a three-row header (Kinerja / Tahun 2024 / Target | Realisasi) becomes LKIP_IKU on its lowest row", async () => {
    const wb = createFakeWorkbook();
    const s = addSheet(wb, "IKU");
    setCells(s, 0, 0, [
      ["Sasaran", "Indikator", "Kinerja", null],
      [null, null, "Tahun 2024", null],
      [null, null, "Target", "Realisasi"],
      ...fixture.iku.map((i) => [i.sasaran, i.indikator, Number(i.target), Number(i.realisasi)]),
    ]);
    wb.selection = { sheet: "IKU", address: `'IKU'!A1:D${3 + fixture.iku.length}` };
    const env = envFor(wb);
    const p = await previewSelection(env, "LKIP_IKU", 2025);
    expect(p.recognition.headerRows).toBe(3);
    expect(p.recognition.missing).toEqual([]);
    await adoptSelection(env, p);
    // The group rows stay above the table as the officer typed them; the table starts on row 3.
    expect(getCell(s, 0, 2)?.value).toBe("Kinerja");
    expect(getCell(s, 1, 2)?.value).toBe("Tahun 2024");
    const got = await inspect(env);
    expect(got.model.settings.tahun).toBe(2024);
    expect(got.model.indikator).toHaveLength(fixture.iku.length);
    expect(got.model.indikator[0].target.lokasi).toBe("'IKU'!C4");
    expect(got.model.sumber.LKIP_IKU?.kind).toBe("table");
  });

  it("saves changed settings into LKIP_INFO's own cells, read back the same", async () => {
    const { wb, env } = await withSample();
    const got = await inspect(env);
    const before = snapshotCells(wb, ["Data IKU"]);
    await saveSettings(env, got.model, got.raw, {
      pembulatan: "TRUNC",
      skala: SKALA.permendagri86,
    });
    const after = await inspect(env);
    expect(after.model.settings.pembulatan).toBe("TRUNC");
    expect(after.model.settings.skala.id).toBe("permendagri86");
    expect(snapshotCells(wb, ["Data IKU"])).toEqual(before);
  });

  it("Triwulan: a chosen quarter is saved, and cleared again (its cell blank, Tabel 13 to the last quarter)", async () => {
    const { wb, env } = await withSample();
    const got = await inspect(env);
    expect(got.model.settings.triwulan).toBeUndefined();
    await saveSettings(env, got.model, got.raw, { triwulan: 2 });
    const two = await inspect(env);
    expect(two.model.settings.triwulan).toBe(2);
    const at = two.model.settingsAddress.triwulan!;
    expect(settingsRows({ triwulan: null })).toEqual([{ label: "Triwulan", value: "" }]);
    await saveSettings(env, two.model, two.raw, { triwulan: null });
    const cleared = await inspect(env);
    expect(cleared.model.settings.triwulan).toBeUndefined();
    const [sheet, cell] = at.replace(/'/g, "").split("!");
    const col = cell.charCodeAt(0) - 65;
    const row = Number(cell.slice(1)) - 1;
    expect(getCell(findSheet(wb, sheet)!, row, col)?.value ?? "").toBe("");
    // No other finding about LKIP_INFO: a blank Triwulan is the default, not a mistake.
    expect(cleared.model.findings.filter((f) => f.kode === "PENGATURAN_TIDAK_SAH")).toEqual([]);
  });
});

describe("errors reach the pane as sentences, never Excel's raw English message", () => {
  it("says what to do in cell-edit mode, in the UI language", async () => {
    const { wb, env } = await withSample();
    wb.cellEditMode = true;
    await expect(inspect(env)).rejects.toThrow(/mode sunting sel/);
    const en = { ...env, host: { ...env.host, language: "en" as const } };
    await expect(inspect(en)).rejects.toThrow(/cell-edit mode/);
    await expect(inspect(env)).rejects.not.toThrow(/cell-editing mode\. Please exit/);
  });

  it("a lost reply after Excel wrote everything: read back, and told 'Tabel sudah ditulis'", async () => {
    const { wb, env } = await withSample();
    resetStats(wb);
    wb.faults = [{ sync: 3, when: "after" }];
    const out = await build(env, {}, ALL, false, () => undefined);
    expect(out.write).toMatchObject({ status: "written", note: "SUDAH_DIPERIKSA" });
    expect(wb.sheets.filter((s) => /sementara/.test(s.name))).toEqual([]);
  });

  it("a request lost before Excel ran it: told nothing was written, and nothing was", async () => {
    const { wb, env } = await withSample();
    const before = wb.sheets.map((s) => s.name);
    resetStats(wb);
    wb.faults = [{ sync: 3, when: "before" }];
    await expect(build(env, {}, ALL, false, () => undefined)).rejects.toThrow(
      /tabel belum ditulis dan buku kerja tidak berubah/
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
  });

  it("says a protected workbook must be unprotected before the tables are written", async () => {
    const { wb, env } = await withSample();
    wb.protectedStructure = true;
    const sheets = wb.sheets.length;
    await expect(build(env, {}, ALL, false, () => undefined)).rejects.toThrow(/dilindungi/);
    expect(wb.sheets.length).toBe(sheets);
  });
});
