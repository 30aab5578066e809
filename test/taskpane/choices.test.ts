/**
 * The pane's answers to the reader's questions (issue 21) against the in-memory Excel: a missing
 * required column chosen among its candidate headers is saved as a `Kolom …` row of LKIP_INFO —
 * appended under a fixed name only when that row is empty, grown into a table (cells below moved,
 * not overwritten), or a new LKIP_INFO — and the workbook then reads with that column.
 */
import { describe, expect, it } from "vitest";
import type { HostInfo } from "../../src/excel";
import { kolomPlan, kolomQuestions, saveKolom, sumberQuestions } from "../../src/taskpane/choices";
import {
  adoptSelection,
  goTo,
  inspect,
  newInfoRows,
  previewSelection,
  saveSettings,
  type Env,
} from "../../src/taskpane/session";
import { initialState, reducer } from "../../src/taskpane/state";
import {
  addSheet,
  createFakeWorkbook,
  defineName,
  findSheet,
  getCell,
  makeRun,
  setCells,
  supportsFor,
  type FakeWorkbook,
} from "../host/fake-excel";
import "../host/fake-excel-setup";

function envFor(wb: FakeWorkbook): Env {
  const host: HostInfo = { inExcel: true, language: "id", supports: supportsFor(wb) };
  return { host, run: makeRun(wb) };
}

/** An IKU table whose indicator header is no word the reader knows (nor its head word). */
const IKU = [
  ["SASARAN", "UKURAN KEBERHASILAN", "KETERANGAN", "TARGET 2024", "REALISASI 2024"],
  ["Meningkatnya layanan", "Persentase desa terlayani", "-", 80, 88],
  ["Meningkatnya layanan", "Indeks kepuasan", "-", 75, 70],
];

function withIku(): FakeWorkbook {
  const wb = createFakeWorkbook();
  const s = addSheet(wb, "IKU");
  setCells(s, 0, 0, IKU);
  defineName(wb, "LKIP_IKU", "IKU", { row: 0, col: 0, rows: IKU.length, cols: 5 });
  return wb;
}

describe("the column question", () => {
  it("offers the unread headers for the missing Indikator, and a new LKIP_INFO when there is none", async () => {
    const wb = withIku();
    const env = envFor(wb);
    const got = await inspect(env);
    expect(got.model.indikator).toEqual([]);
    const qs = kolomQuestions(got.model);
    expect(qs.map((q) => [q.sumber, q.kolom])).toEqual([["LKIP_IKU", "Indikator"]]);
    expect(qs[0].calon.map((c) => c.judul)).toEqual(["UKURAN KEBERHASILAN", "KETERANGAN"]);
    expect(qs[0].calon[0].lokasi).toBe("'IKU'!B1");
    expect(kolomPlan(got.raw, "Indikator")).toEqual({ kind: "new", sheet: "LKIP Info" });

    const r = await saveKolom(env, got.raw, "Indikator", "UKURAN KEBERHASILAN");
    expect(r).toEqual({ status: "written", address: "'LKIP Info'!A1:B2" });
    expect(wb.tables.map((t) => t.name)).toEqual(["LKIP_INFO"]);
    const after = await inspect(env);
    expect(after.model.indikator.map((i) => i.nama.value)).toEqual([
      "Persentase desa terlayani",
      "Indeks kepuasan",
    ]);
    expect(kolomQuestions(after.model)).toEqual([]);
    // The IKU sheet itself is untouched.
    expect(getCell(findSheet(wb, "IKU")!, 0, 1)?.value).toBe("UKURAN KEBERHASILAN");
  });

  it("appends under a fixed-name LKIP_INFO when the row below is empty, and extends the name", async () => {
    const wb = withIku();
    const info = addSheet(wb, "Info");
    setCells(info, 0, 0, [
      ["Instansi", "Dinas X"],
      ["Tahun", 2024],
    ]);
    defineName(wb, "LKIP_INFO", "Info", { row: 0, col: 0, rows: 2, cols: 2 });
    const env = envFor(wb);
    const got = await inspect(env);
    expect(kolomPlan(got.raw, "Indikator")).toEqual({ kind: "append", address: "'Info'!A3:B3" });
    const r = await saveKolom(env, got.raw, "Indikator", "UKURAN KEBERHASILAN");
    expect(r).toEqual({ status: "written", address: "'Info'!A1:B3" });
    expect(getCell(info, 2, 0)?.value).toBe("Kolom Indikator");
    expect(getCell(info, 2, 1)?.value).toBe("UKURAN KEBERHASILAN");
    expect(wb.names.find((n) => n.name === "LKIP_INFO")?.value).toBe("Info!$A$1:$B$3");
    expect((await inspect(env)).model.indikator).toHaveLength(2);
  });

  it("extends a sheet-scoped LKIP_INFO too (not only a workbook-scoped one)", async () => {
    const wb = withIku();
    const info = addSheet(wb, "Info");
    setCells(info, 0, 0, [["Tahun", 2024]]);
    info.names.push({
      name: "LKIP_INFO",
      type: "Range",
      value: "'Info'!$A$1:$B$1",
      ref: { sheet: "Info", row: 0, col: 0, rows: 1, cols: 2 },
    });
    const env = envFor(wb);
    const got = await inspect(env);
    await saveKolom(env, got.raw, "Indikator", "UKURAN KEBERHASILAN");
    expect(info.names[0].value).toBe("Info!$A$1:$B$2");
    expect((await inspect(env)).model.indikator).toHaveLength(2);
  });

  it("writes nothing when the row under a fixed-name LKIP_INFO holds something, and names it", async () => {
    const wb = withIku();
    const info = addSheet(wb, "Info");
    setCells(info, 0, 0, [
      ["Tahun", 2024],
      [null, "catatan saya"],
    ]);
    defineName(wb, "LKIP_INFO", "Info", { row: 0, col: 0, rows: 1, cols: 2 });
    const env = envFor(wb);
    const got = await inspect(env);
    expect(kolomPlan(got.raw, "Indikator")).toEqual({ kind: "rowTaken", address: "'Info'!A2:B2" });
    const r = await saveKolom(env, got.raw, "Indikator", "UKURAN KEBERHASILAN");
    expect(r).toEqual({ status: "rowsTaken", address: "'Info'!A2:B2" });
    expect(getCell(info, 1, 1)?.value).toBe("catatan saya");
    expect(wb.names.find((n) => n.name === "LKIP_INFO")?.value).toBe("Info!$A$1:$B$1");
  });

  it("the Excel side checks again at the time of writing (typed after the pane read)", async () => {
    const wb = withIku();
    const info = addSheet(wb, "Info");
    setCells(info, 0, 0, [["Tahun", 2024]]);
    defineName(wb, "LKIP_INFO", "Info", { row: 0, col: 0, rows: 1, cols: 2 });
    const env = envFor(wb);
    const got = await inspect(env);
    expect(kolomPlan(got.raw, "Indikator").kind).toBe("append");
    setCells(info, 1, 0, [["ditulis kemudian"]]);
    const r = await saveKolom(env, got.raw, "Indikator", "UKURAN KEBERHASILAN");
    expect(r.status).toBe("rowsTaken");
    expect(getCell(info, 1, 0)?.value).toBe("ditulis kemudian");
    expect(getCell(info, 1, 1)).toBeUndefined();
  });

  it("a table LKIP_INFO grows by the row; what sat under it moves down, never overwritten", async () => {
    const wb = withIku();
    const info = addSheet(wb, "Info");
    setCells(info, 0, 0, [
      ["Kunci", "Nilai"],
      ["Tahun", 2024],
      ["di bawah tabel", "tetap"],
    ]);
    wb.tables.push({
      name: "LKIP_INFO",
      sheet: "Info",
      rect: { row: 0, col: 0, rows: 2, cols: 2 },
    });
    const env = envFor(wb);
    const got = await inspect(env);
    expect(kolomPlan(got.raw, "Indikator")).toEqual({ kind: "append", address: "'Info'!A3:B3" });
    await saveKolom(env, got.raw, "Indikator", "UKURAN KEBERHASILAN");
    expect(getCell(info, 2, 0)?.value).toBe("Kolom Indikator");
    expect(getCell(info, 3, 0)?.value).toBe("di bawah tabel");
    expect(getCell(info, 3, 1)?.value).toBe("tetap");
    expect((await inspect(env)).model.indikator).toHaveLength(2);
  });

  it("an existing Kolom row naming no header gets its value cell rewritten, nothing appended", async () => {
    const wb = withIku();
    const info = addSheet(wb, "Info");
    setCells(info, 0, 0, [
      ["Tahun", 2024],
      ["Kolom Indikator", "INDIKATOR LAMA"],
    ]);
    defineName(wb, "LKIP_INFO", "Info", { row: 0, col: 0, rows: 2, cols: 2 });
    const env = envFor(wb);
    const got = await inspect(env);
    expect(kolomPlan(got.raw, "Indikator")).toEqual({
      kind: "cell",
      address: "'Info'!B2",
      was: "INDIKATOR LAMA",
    });
    await saveKolom(env, got.raw, "Indikator", "UKURAN KEBERHASILAN");
    expect(getCell(info, 1, 1)?.value).toBe("UKURAN KEBERHASILAN");
    expect(getCell(info, 2, 0)).toBeUndefined();
    expect((await inspect(env)).model.indikator).toHaveLength(2);
  });
});

describe("Simpan ke LKIP_INFO keeps the same care", () => {
  it("refuses to append under a fixed name whose next row is taken", async () => {
    const wb = withIku();
    const info = addSheet(wb, "Info");
    setCells(info, 0, 0, [
      ["Tahun", 2024],
      ["punya saya", 1],
    ]);
    defineName(wb, "LKIP_INFO", "Info", { row: 0, col: 0, rows: 1, cols: 2 });
    const env = envFor(wb);
    const got = await inspect(env);
    const r = await saveSettings(env, got.model, got.raw, { pembulatan: "TRUNC" });
    expect(r).toEqual({ status: "rowsTaken", address: "'Info'!A2:B2" });
    expect(getCell(info, 1, 0)?.value).toBe("punya saya");
  });

  it("a new LKIP_INFO never holds a year nobody gave", async () => {
    const wb = createFakeWorkbook();
    const s = addSheet(wb, "IKU");
    setCells(s, 0, 0, [
      ["Sasaran", "Indikator", "Target", "Realisasi"],
      ["S", "I", 10, 12],
    ]);
    defineName(wb, "LKIP_IKU", "IKU", { row: 0, col: 0, rows: 2, cols: 4 });
    const got = await inspect(envFor(wb));
    expect(got.model.tahunAsal?.jenis).toBe("tidakAda");
    expect(newInfoRows(got.model, {}).map((r) => r.label)).not.toContain("Tahun");
    expect(newInfoRows(got.model, { tahun: 2023 })).toContainEqual({
      label: "Tahun",
      value: "2023",
    });
  });
});

describe("pane state", () => {
  it("keeps the picked header per question until saved", () => {
    let s = initialState([1]);
    s = reducer(s, { type: "pickKolom", key: "LKIP_IKU|Indikator", judul: "KETERANGAN" });
    expect(s.kolomPick).toEqual({ "LKIP_IKU|Indikator": "KETERANGAN" });
    s = reducer(s, { type: "pickKolom", key: "LKIP_IKU|Indikator", judul: "UKURAN" });
    expect(s.kolomPick["LKIP_IKU|Indikator"]).toBe("UKURAN");
  });
});

describe("the tied-table question", () => {
  it("lists the equally good unnamed blocks with their addresses", async () => {
    const wb = createFakeWorkbook();
    const block = [
      ["Sasaran", "Indikator", "Target 2024", "Realisasi 2024"],
      ["S", "I", 10, 12],
    ];
    setCells(addSheet(wb, "A"), 2, 0, block);
    setCells(addSheet(wb, "B"), 0, 1, block);
    const got = await inspect(envFor(wb));
    expect(got.model.sumber.LKIP_IKU).toBeUndefined();
    expect(sumberQuestions(got.model)).toEqual([
      {
        sumber: "LKIP_IKU",
        calon: [
          { ref: { sheet: "A", row: 2, col: 0, rows: 2, cols: 4 }, address: "'A'!A3:D4" },
          { ref: { sheet: "B", row: 0, col: 1, rows: 2, cols: 4 }, address: "'B'!B1:E2" },
        ],
      },
    ]);
  });

  it("a block chosen is selected, previewed and adopted as a selection is; then it is the source", async () => {
    const wb = createFakeWorkbook();
    const block = (target: number) => [
      ["Sasaran", "Indikator", "Target 2024", "Realisasi 2024"],
      ["S", "I", target, 12],
    ];
    setCells(addSheet(wb, "A"), 2, 0, block(10));
    setCells(addSheet(wb, "B"), 0, 1, block(20));
    const env = envFor(wb);
    const [q] = sumberQuestions((await inspect(env)).model);
    const chosen = q.calon[1];
    // What the pane's "Pakai 'B'!B1:E2" does (useLkipSession: runPreview with the address).
    await goTo(env, chosen.address);
    const preview = await previewSelection(env, q.sumber, 2024);
    expect(preview.selection.address).toBe(chosen.address);
    expect(preview.recognition.missing).toEqual([]);
    expect(wb.tables).toEqual([]);
    await adoptSelection(env, preview);
    const after = await inspect(env);
    expect(after.model.sumber.LKIP_IKU).toMatchObject({ kind: "table", lokasi: "'B'!B1:E2" });
    expect(after.model.indikator[0].target.value.toString()).toBe("20");
    expect(sumberQuestions(after.model)).toEqual([]);
  });
});
