import { describe, expect, it } from "vitest";
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
