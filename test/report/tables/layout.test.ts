import { describe, expect, it } from "vitest";
import { layoutSheet, tableOffset } from "../../../src/report/tables/layout";
import { readModel } from "../../../src/report/model/read-model";
import { buildTables } from "../../../src/report/tables/specs";
import type { Merge, SheetPlan, TableDesc } from "../../../src/report/contract/types";
import { sampleRaw } from "../sample/sample-raw";

const inside = (m: Merge, plan: SheetPlan) =>
  m.row >= 0 &&
  m.col >= 0 &&
  m.rows >= 1 &&
  m.cols >= 1 &&
  m.row + m.rows <= plan.values.length &&
  m.col + m.cols <= plan.columnWidths.length;
const covers = (m: Merge, r: number, c: number) =>
  r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols;

describe("layoutSheet on the sample", () => {
  const raw = sampleRaw();
  raw.ranges.LKIP_IKU!.values[1][2] = '=HYPERLINK("x")';
  raw.ranges.LKIP_IKU!.values[1][3] = "+62 811";
  const { tables } = buildTables(readModel(raw));
  const plan = layoutSheet("Tabel LKIP 2024", tables);
  const rows = plan.values.length;
  const cols = plan.columnWidths.length;

  it("is a rectangular grid as wide as the widest table", () => {
    expect(plan.name).toBe("Tabel LKIP 2024");
    expect(cols).toBe(Math.max(...tables.map((t) => t.header[0].length + tableOffset(t))));
    expect(plan.numberFormats).toHaveLength(rows);
    for (let r = 0; r < rows; r++) {
      expect(plan.values[r]).toHaveLength(cols);
      expect(plan.numberFormats[r]).toHaveLength(cols);
    }
  });

  it("stacks the tables: title, header, body, notes, one blank row between", () => {
    let expectRow = 0;
    plan.tables.forEach((p, i) => {
      const t = tables[i];
      const o = tableOffset(t);
      expect(p).toEqual({
        id: t.id,
        title: t.title,
        row: expectRow,
        rows: 1 + t.header.length + t.body.length + t.notes.length,
      });
      expect(plan.values[p.row][o]).toBe(t.title);
      expect(plan.values[p.row].filter((v) => v !== null)).toHaveLength(1);
      expect(plan.bold).toContainEqual({ row: p.row, col: o, rows: 1, cols: 1 });
      t.header.forEach((hr, k) =>
        hr.forEach((c, col) => expect(plan.values[p.row + 1 + k][o + col]).toBe(c.value))
      );
      t.body.forEach((br, k) =>
        br.forEach((c, col) =>
          expect(plan.values[p.row + 1 + t.header.length + k][o + col]).toBe(c.value)
        )
      );
      t.notes.forEach((note, k) =>
        expect(plan.values[p.row + 1 + t.header.length + t.body.length + k][o]).toBe(note)
      );
      expect(plan.bordered).toContainEqual({
        row: p.row + 1,
        col: o,
        rows: t.header.length + t.body.length,
        cols: t.header[0].length,
      });
      const end = p.row + p.rows;
      if (i < tables.length - 1) {
        expect(plan.values[end].every((v) => v === null)).toBe(true);
        expectRow = end + 1;
      } else {
        expect(end).toBe(rows);
      }
    });
  });

  it('numberFormats: "@" exactly where text is, the number format where numbers are, General where empty', () => {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = plan.values[r][c];
        const f = plan.numberFormats[r][c];
        if (typeof v === "string") expect(f).toBe("@");
        else if (typeof v === "number")
          expect(["#,##0.00", "#,##0", "0", "#,##0.00##"]).toContain(f);
        else expect(f).toBe("General");
      }
    }
    // The formula-looking texts are there as texts.
    const where = (s: string) =>
      plan.values.flatMap((row, r) => row.flatMap((v, c) => (v === s ? [[r, c]] : [])));
    for (const s of ['=HYPERLINK("x")', "+62 811"]) {
      expect(where(s).length).toBeGreaterThan(0);
      for (const [r, c] of where(s)) expect(plan.numberFormats[r][c]).toBe("@");
    }
  });

  it("merges are the tables' merges in absolute coordinates, inside the grid, not overlapping", () => {
    // The tables' own merges, moved to where the table sits; titles and notes span the table.
    const expected = plan.tables.flatMap((p, i) => {
      const t = tables[i];
      const o = tableOffset(t);
      const w = t.header[0].length;
      const span = (row: number) => ({ row, col: o, rows: 1, cols: w });
      const notesAt = p.row + 1 + t.header.length + t.body.length;
      return [
        span(p.row),
        ...t.merges.map((m) => ({ ...m, row: m.row + p.row + 1, col: m.col + o })),
        ...t.notes.map((_, k) => span(notesAt + k)),
      ];
    });
    expect(plan.merges).toEqual(expected);
    for (const m of plan.merges) expect(inside(m, plan)).toBe(true);
    for (let i = 0; i < plan.merges.length; i++) {
      for (let j = i + 1; j < plan.merges.length; j++) {
        const a = plan.merges[i];
        const b = plan.merges[j];
        const overlap =
          a.row < b.row + b.rows &&
          b.row < a.row + a.rows &&
          a.col < b.col + b.cols &&
          b.col < a.col + a.cols;
        expect(overlap, JSON.stringify([a, b])).toBe(false);
      }
    }
    // Only a merge's top-left cell holds a value.
    for (const m of plan.merges) {
      for (let r = m.row; r < m.row + m.rows; r++) {
        for (let c = m.col; c < m.col + m.cols; c++)
          if (r !== m.row || c !== m.col) expect(plan.values[r][c]).toBeNull();
      }
    }
  });

  it("style ranges are inside the grid and follow the cells", () => {
    for (const list of [
      plan.bold,
      plan.bordered,
      plan.wrapped,
      plan.alignRight,
      plan.alignCenter,
    ]) {
      for (const m of list) expect(inside(m, plan)).toBe(true);
    }
    // Every number is right-aligned; every header cell is bold.
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (
          typeof plan.values[r][c] === "number" &&
          !plan.alignCenter.some((m) => covers(m, r, c))
        ) {
          expect(plan.alignRight.some((m) => covers(m, r, c))).toBe(true);
        }
      }
    }
    plan.tables.forEach((p, i) => {
      const t = tables[i];
      const o = tableOffset(t);
      for (let k = 0; k < t.header.length; k++) {
        for (let c = 0; c < t.header[0].length; c++)
          expect(plan.bold.some((m) => covers(m, p.row + 1 + k, o + c))).toBe(true);
      }
    });
  });

  it("column widths are the maximum over the tables where they sit; column A stays a narrow No", () => {
    plan.columnWidths.forEach((w, c) => {
      const ws = tables.map((t) => t.widths[c - tableOffset(t)]).filter((x) => x !== undefined);
      expect(w).toBe(Math.max(...ws));
    });
    expect(plan.columnWidths[0]).toBe(5);
  });
});

describe("layoutSheet edge cases", () => {
  const tiny: TableDesc = {
    id: 3,
    title: "Tabel 1 — Kecil",
    header: [
      [
        { value: "A", kind: "text", bold: true },
        { value: "B", kind: "text", bold: true },
      ],
    ],
    body: [
      [
        { value: "=SUM(A1)", kind: "text" },
        { value: 1.5, kind: "number", format: "#,##0.00", align: "right" },
      ],
    ],
    merges: [],
    widths: [7, 9],
    notes: [],
  };

  it("one table without notes", () => {
    const plan = layoutSheet("S", [tiny]);
    expect(plan.values).toEqual([
      ["Tabel 1 — Kecil", null],
      ["A", "B"],
      ["=SUM(A1)", 1.5],
    ]);
    expect(plan.numberFormats).toEqual([
      ["@", "General"],
      ["@", "@"],
      ["@", "#,##0.00"],
    ]);
    expect(plan.columnWidths).toEqual([7, 9]);
    expect(plan.bold).toEqual([
      { row: 0, col: 0, rows: 1, cols: 1 },
      { row: 1, col: 0, rows: 1, cols: 2 },
    ]);
    expect(plan.alignRight).toEqual([{ row: 2, col: 1, rows: 1, cols: 1 }]);
    expect(plan.bordered).toEqual([{ row: 1, col: 0, rows: 2, cols: 2 }]);
  });

  it("no tables: an empty sheet with one column", () => {
    const plan = layoutSheet("S", []);
    expect(plan.values).toEqual([]);
    expect(plan.tables).toEqual([]);
    expect(plan.columnWidths).toHaveLength(1);
  });
});
