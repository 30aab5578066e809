import { describe, expect, it } from "vitest";
import { SKALA, TABLE_SPECS } from "../../src/report";
import {
  initialState,
  parseTahunText,
  reducer,
  type Action,
  type PaneState,
} from "../../src/taskpane/state";

const ids = TABLE_SPECS.map((s) => s.id);
const run = (s: PaneState, ...actions: Action[]) => actions.reduce(reducer, s);

describe("pane state", () => {
  it("starts with every table chosen, nothing read, nothing busy", () => {
    const s = initialState(ids);
    expect(s.tables).toEqual(ids);
    expect(s.raw).toBeNull();
    expect(s.busy).toBeNull();
    expect(s.tab).toBe("data");
  });

  it("the Tahun field can be cleared and retyped; the settings follow only a whole year", () => {
    let s = run(initialState(ids), { type: "tahunText", text: "2023" });
    expect(s.overrides.tahun).toBe(2023);
    s = run(s, { type: "tahunText", text: "" });
    expect(s.tahunText).toBe("");
    expect(s.overrides.tahun).toBe(2023); // the last whole year stays in force while typing
    s = run(s, { type: "tahunText", text: "20" }, { type: "tahunText", text: "2024" });
    expect(s.tahunText).toBe("2024");
    expect(s.overrides.tahun).toBe(2024);
  });

  it("parses only four-digit years in range", () => {
    expect(parseTahunText(" 2024 ")).toBe(2024);
    expect(parseTahunText("")).toBeNull();
    expect(parseTahunText("202")).toBeNull();
    expect(parseTahunText("1800")).toBeNull();
    expect(parseTahunText("20a4")).toBeNull();
  });

  it("starting an action clears the last error, notice and question; a build clears the summary", () => {
    let s = run(
      initialState(ids),
      { type: "failed", message: "x" },
      { type: "notice", message: "y" },
      { type: "ask", confirm: { kind: "replaceTabel", sheet: "Tabel LKIP 2024" } }
    );
    s = run(s, { type: "start", busy: { kind: "sample" } });
    expect([s.error, s.notice, s.confirm]).toEqual([null, null, null]);
    expect(s.busy).toEqual({ kind: "sample" });
    const outcome = { write: {}, tables: [], leftOut: [], rowsLeftOut: [] } as never;
    s = run(s, { type: "finish" }, { type: "built", outcome });
    expect(s.outcomeSeq).toBe(1);
    expect(run(s, { type: "start", busy: { kind: "catatan" } }).outcome).toBe(outcome);
    expect(run(s, { type: "start", busy: { kind: "build" } }).outcome).toBeNull();
  });

  it("steps only while busy", () => {
    const idle = initialState(ids);
    expect(run(idle, { type: "step", step: "menulis" })).toBe(idle);
    const s = run(
      idle,
      { type: "start", busy: { kind: "build", step: "membaca" } },
      { type: "step", step: "menulis" }
    );
    expect(s.busy).toEqual({ kind: "build", step: "menulis" });
  });

  it("toggles tables in order; saving the settings drops the overrides", () => {
    let s = run(initialState(ids), { type: "toggleTable", id: 1, on: false });
    expect(s.tables).not.toContain(1);
    s = run(s, { type: "toggleTable", id: 1, on: true });
    expect(s.tables).toEqual(ids);
    s = run(
      s,
      { type: "override", patch: { skala: SKALA.permendagri86 } },
      { type: "tahunText", text: "2024" }
    );
    s = run(s, { type: "settingsSaved", message: "ok" });
    expect(s.overrides).toEqual({});
    expect(s.tahunText).toBeNull();
    expect(s.notice).toBe("ok");
  });

  it("a quarter chosen then taken back leaves nothing to save; null (clear a saved one) stays", () => {
    let s = run(initialState(ids), { type: "override", patch: { triwulan: 2 } });
    expect(s.overrides).toEqual({ triwulan: 2 });
    s = run(s, { type: "override", patch: { triwulan: undefined } });
    expect(s.overrides).toEqual({});
    s = run(s, { type: "override", patch: { triwulan: null } });
    expect(s.overrides).toEqual({ triwulan: null });
  });
});
