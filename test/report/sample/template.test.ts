import { describe, expect, it } from "vitest";
import { parseJenis } from "../../../src/core/triwulan";
import { readModel } from "../../../src/report/model/read-model";
import { templatePlan } from "../../../src/report/sample/template";
import { recognizeColumns } from "../../../src/report/model/recognize";
import type { RawRange, SourceName } from "../../../src/report/contract/types";

describe("templatePlan", () => {
  it("only the missing sources", () => {
    expect(templatePlan(["LKIP_ANGGARAN"], 2024).map((s) => s.source)).toEqual(["LKIP_ANGGARAN"]);
  });

  it("every header is one the reader recognises, with nothing required missing", () => {
    for (const t of templatePlan(["LKIP_IKU", "LKIP_ANGGARAN", "LKIP_BELANJA"], 2024)) {
      const r = recognizeColumns(t.source, [t.headers], 2024);
      expect(r.missing, t.source).toEqual([]);
      expect(r.ignored, t.source).toEqual([]);
    }
  });

  it("LKIP_INFO as written reads back as its settings", () => {
    const [info] = templatePlan(["LKIP_INFO"], 2023);
    const range: RawRange = {
      source: "LKIP_INFO" as SourceName,
      kind: "table",
      sheet: info.sheet,
      row: 0,
      col: 0,
      values: [info.headers, ...info.rows],
    };
    const m = readModel({ ranges: { LKIP_INFO: range }, problems: [] });
    expect(m.settings.tahun).toBe(2023);
    expect(m.findings.filter((f) => f.kode.startsWith("PENGATURAN"))).toEqual([]);
  });
});

describe("templatePlan, the quarterly form", () => {
  it("LKIP_TRIWULAN (and LKIP_INFO when missing), headers in WORKBOOK.md's one-row form, all read", () => {
    const plan = templatePlan(["LKIP_IKU", "LKIP_TRIWULAN", "LKIP_INFO"], 2025, "triwulan");
    expect(plan.map((s) => [s.source, s.sheet])).toEqual([
      ["LKIP_TRIWULAN", "LKIP Triwulan"],
      ["LKIP_INFO", "LKIP Info"],
    ]);
    const [t] = plan;
    const r = recognizeColumns("LKIP_TRIWULAN", [t.headers], 2025);
    expect(r.missing).toEqual([]);
    expect(r.ignored).toEqual([]);
    for (const n of ["I", "II", "III", "IV"]) {
      expect(t.headers).toContain(`Realisasi TW ${n}`);
      expect(t.headers).toContain(`Target TW ${n}`);
      expect(t.headers).toContain(`Realisasi Anggaran TW ${n}`);
    }
    // Jenis is a pick from the words RULES §14 knows, each read back as itself.
    expect(t.lists).toEqual([{ header: "Jenis", values: ["kumulatif", "akhir", "rata-rata"] }]);
    for (const v of t.lists![0].values) expect(parseJenis(v)).toBe(v);
  });

  it("the annual form never writes LKIP_TRIWULAN, nor the quarterly form LKIP_IKU", () => {
    const every = [
      "LKIP_IKU",
      "LKIP_ANGGARAN",
      "LKIP_BELANJA",
      "LKIP_INFO",
      "LKIP_TRIWULAN",
    ] as const;
    expect(templatePlan(every, 2025).map((s) => s.source)).not.toContain("LKIP_TRIWULAN");
    expect(templatePlan(every, 2025, "triwulan").map((s) => s.source)).toEqual([
      "LKIP_TRIWULAN",
      "LKIP_INFO",
    ]);
    expect(templatePlan(["LKIP_IKU"], 2025, "triwulan")).toEqual([]);
  });

  it("the empty quarterly form with its LKIP_INFO read back: only 'the source is empty', at it", () => {
    const plan = templatePlan(["LKIP_TRIWULAN", "LKIP_INFO"], 2025, "triwulan");
    const ranges = Object.fromEntries(
      plan.map((t) => [
        t.source,
        {
          source: t.source,
          kind: "table",
          sheet: t.sheet,
          row: 0,
          col: 0,
          // An Excel table keeps one blank row under its header when it has no data.
          values: [t.headers, ...(t.rows.length > 0 ? t.rows : [t.headers.map(() => null)])],
        } satisfies RawRange,
      ])
    );
    const m = readModel({ ranges, problems: [] });
    expect(m.settings.tahun).toBe(2025);
    expect(m.leftOut).toEqual([]);
    expect(m.findings.map((f) => [f.kode, f.cell?.sheet])).toEqual([
      ["SUMBER_KOSONG", "LKIP Triwulan"],
    ]);
  });
});
