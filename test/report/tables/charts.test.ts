import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { MAX_CHART_CATEGORIES } from "../../../src/report/tables/charts";
import { TABLE_SPECS, buildTables, type TableSpec } from "../../../src/report/tables/specs";
import { tabelSheet } from "../../../src/report/tables/sheet";
import type { TableDesc } from "../../../src/report/contract/types";
import { sampleRaw } from "../sample/sample-raw";
import { headerWidth } from "../../../src/report/tables/print";

const table = (tables: TableDesc[], id: number) => tables.find((t) => t.id === id)!;

/** Every declared header (and group header) of every table with some text around it. */
function relabelled(f: (text: string) => string): TableSpec[] {
  return TABLE_SPECS.map((spec) => ({
    ...spec,
    declare: (ctx) => {
      const d = spec.declare(ctx);
      if ("reason" in d) return d;
      return {
        ...d,
        columns: d.columns.map((c) => ({
          ...c,
          header: f(c.header),
          group: c.group === undefined ? undefined : f(c.group),
        })),
      };
    },
  }));
}

describe("chart data comes from the computed results", () => {
  const built = buildTables(readModel(sampleRaw()));

  it("capaian per indicator against the 100 % line: the numbers Tabel 2 prints", () => {
    const c = built.charts.find((x) => x.table === 2)!;
    const t2 = table(built.tables, 2);
    const rows = t2.body.slice(0, built.hasil.indikator.length);
    expect(c.rows).toEqual(rows.map((r) => ({ label: r[2].value, values: [r[7].value, 100] })));
    expect(c.line).toBe(1);
  });

  it("capaian against serapan per sasaran: the numbers Tabel 11 prints", () => {
    const c = built.charts.find((x) => x.table === 11)!;
    const t11 = table(built.tables, 11);
    const firstRows = t11.body.filter((r) => r[1].value !== null);
    expect(c.rows).toEqual(
      firstRows.map((r) => ({ label: r[1].value, values: [r[3].value, r[5].value] }))
    );
    expect(c.rows).toHaveLength(built.hasil.sasaran.length);
  });

  it("indicators named like total lines are in the chart", () => {
    const raw = sampleRaw();
    const v = raw.ranges.LKIP_IKU!.values;
    const names = ["Rata-rata lama sekolah", "Jumlah penerima bantuan", "Total luas panen"];
    names.forEach((n, i) => (v[1 + i][2] = n));
    const { charts } = buildTables(readModel(raw));
    expect(charts.find((x) => x.table === 2)!.rows.map((r) => r.label)).toEqual(names);
  });

  it("a chart goes with its table: none when the table is not written or too long to read", () => {
    expect(buildTables(readModel(sampleRaw()), { tables: [3] }).charts).toEqual([]);
    expect(
      buildTables(readModel(sampleRaw()), { tables: [11] }).charts.map((c) => c.table)
    ).toEqual([11]);
    const raw = sampleRaw();
    const v = raw.ranges.LKIP_IKU!.values;
    while (v.length - 1 <= MAX_CHART_CATEGORIES) v.push([...v[1]]);
    const long = buildTables(readModel(raw), { tables: [2] });
    expect(long.hasil.indikator.length).toBeGreaterThan(MAX_CHART_CATEGORIES);
    expect(long.tables.map((t) => t.id)).toEqual([2]);
    expect(long.charts).toEqual([]);
  });
});

describe("renaming any table header changes no chart and no number", () => {
  const model = readModel(sampleRaw());
  const before = tabelSheet(model);
  const after = buildTables(model, { specs: relabelled((h) => `Kolom ${h} baru`) });

  it("changes the headers", () => {
    expect(after.tables.map((t) => t.id)).toEqual(before.tables.map((t) => t.id));
    const h2 = table(after.tables, 2).header[0].map((c) => c.value);
    expect(h2).toContain("Kolom Indikator baru");
    expect(h2).toContain("Kolom % Capaian baru");
    expect(table(after.tables, 6).header[0].map((c) => c.value)).toContain("Kolom Realisasi baru");
  });

  it("keeps every body cell, merge and note, widths but for longer header words, and the charts", () => {
    after.tables.forEach((t, i) => {
      const b = before.tables[i];
      expect(t.body).toEqual(b.body);
      expect(t.merges).toEqual(b.merges);
      // Widths follow the declarations, widened only where a relabelled header's longest word needs it.
      t.widths.forEach((w, c) => {
        const words = t.header.map((row) => headerWidth(String(row[c]?.value ?? "")));
        expect(w).toBeGreaterThanOrEqual(b.widths[c]);
        expect(w).toBeLessThanOrEqual(Math.max(b.widths[c], ...words));
      });
      expect(t.notes).toEqual(b.notes);
      expect(t.header.length).toBe(b.header.length);
    });
    expect(after.charts).toEqual(before.plan.charts);
    expect(after.charts.map((c) => c.table)).toEqual([2, 11]);
  });
});
