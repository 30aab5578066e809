import { describe, expect, it } from "vitest";
import { MAX_GRID_ROWS, layoutSheet, sheetColumns } from "../../../src/report/tables/layout";
import { columnPx } from "../../../src/report/tables/print";
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
  const { places } = sheetColumns(tables);
  /** The sheet columns table i's column c covers. */
  const covered = (i: number, c: number) =>
    Array.from({ length: places[i].span[c] }, (_, k) => places[i].start[c] + k);

  it("is a rectangular grid as wide as the widest table", () => {
    expect(plan.name).toBe("Tabel LKIP 2024");
    expect(cols).toBe(Math.max(...places.map((p) => p.start.at(-1)! + p.span.at(-1)!)));
    expect(plan.numberFormats).toHaveLength(rows);
    for (let r = 0; r < rows; r++) {
      expect(plan.values[r]).toHaveLength(cols);
      expect(plan.numberFormats[r]).toHaveLength(cols);
    }
  });

  it("each table keeps column widths of its own: its columns cover sheet columns adding up to them", () => {
    tables.forEach((t, i) => {
      const p = places[i];
      expect(plan.tables[i].columns).toEqual(p.start);
      expect(p.start[0]).toBe(0);
      t.widths.forEach((w, c) => {
        expect(p.span[c]).toBeGreaterThanOrEqual(1);
        if (c > 0) expect(p.start[c]).toBe(p.start[c - 1] + p.span[c - 1]);
        const px = covered(i, c).reduce((s, k) => s + columnPx(plan.columnWidths[k]), 0);
        // Its own width, rounded up to the 21-pixel lattice the tables' edges meet on (each sheet
        // column may lose a pixel to Excel's whole-pixel widths).
        const own = columnPx(w);
        expect(px, `${t.title} column ${c}`).toBeGreaterThanOrEqual(own - p.span[c]);
        expect(px, `${t.title} column ${c}`).toBeLessThan(own + 21);
      });
    });
    // A "No" column is narrow on the sheet, whatever the other tables put beside it.
    expect(plan.columnWidths[0]).toBeLessThanOrEqual(6);
    // No slivers: every sheet column is at least two characters wide.
    for (const w of plan.columnWidths) expect(w).toBeGreaterThanOrEqual(2);
    // The sheet is as wide as the widest table: the print scale no longer adds up every table's widest columns.
    const widest = Math.max(...tables.map((t) => t.widths.reduce((s, w) => s + columnPx(w), 0)));
    const sheetPx = plan.columnWidths.reduce((s, w) => s + columnPx(w), 0);
    expect(sheetPx).toBeGreaterThanOrEqual(widest - plan.columnWidths.length);
    expect(sheetPx).toBeLessThan(widest + 21 * 9);
  });

  it("stacks the tables: title, header, body, notes, one blank row between", () => {
    let expectRow = 0;
    plan.tables.forEach((p, i) => {
      const t = tables[i];
      const at = p.columns;
      expect(p).toEqual({
        id: t.id,
        title: t.title,
        row: expectRow,
        rows: 1 + t.header.length + t.body.length + t.notes.length,
        columns: at,
      });
      expect(plan.values[p.row][0]).toBe(t.title);
      expect(plan.values[p.row].filter((v) => v !== null)).toHaveLength(1);
      expect(plan.bold.some((m) => covers(m, p.row, 0))).toBe(true);
      t.header.forEach((hr, k) =>
        hr.forEach((c, col) => expect(plan.values[p.row + 1 + k][at[col]]).toBe(c.value))
      );
      t.body.forEach((br, k) =>
        br.forEach((c, col) =>
          expect(plan.values[p.row + 1 + t.header.length + k][at[col]]).toBe(c.value)
        )
      );
      t.notes.forEach((note, k) =>
        expect(plan.values[p.row + 1 + t.header.length + t.body.length + k][0]).toBe(note)
      );
      expect(plan.bordered).toContainEqual({
        row: p.row + 1,
        col: 0,
        rows: t.header.length + t.body.length,
        cols: at.at(-1)! + places[i].span.at(-1)!,
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

  it("merges: the tables' own, titles and notes over the page, every cell over its sheet columns; none overlap", () => {
    for (const m of plan.merges) expect(inside(m, plan)).toBe(true);
    plan.tables.forEach((p, i) => {
      const t = tables[i];
      // Titles and notes are lines of the page: as wide as the sheet, whatever the table's width.
      const notesAt = p.row + 1 + t.header.length + t.body.length;
      for (const r of [p.row, ...t.notes.map((_, k) => notesAt + k)])
        expect(plan.merges).toContainEqual({ row: r, col: 0, rows: 1, cols });
      for (const m of t.merges) {
        const last = m.col + m.cols - 1;
        expect(plan.merges).toContainEqual({
          row: p.row + 1 + m.row,
          col: p.columns[m.col],
          rows: m.rows,
          cols: p.columns[last] + places[i].span[last] - p.columns[m.col],
        });
      }
      // Every header and body cell is one cell on the sheet: merged over all it covers.
      for (let r = 0; r < t.header.length + t.body.length; r++)
        p.columns.forEach((col, c) => {
          const span = places[i].span[c];
          if (span === 1) return;
          const m = plan.merges.find((x) => covers(x, p.row + 1 + r, col));
          expect(m, `${t.title} row ${r} column ${c}`).toBeDefined();
          expect(covers(m!, p.row + 1 + r, col + span - 1)).toBe(true);
        });
    });
    const sorted = [...plan.merges].sort((a, b) => a.row - b.row || a.col - b.col);
    for (let i = 0; i < sorted.length; i++) {
      for (
        let j = i + 1;
        j < sorted.length && sorted[j].row < sorted[i].row + sorted[i].rows;
        j++
      ) {
        const a = sorted[i];
        const b = sorted[j];
        const overlap = a.col < b.col + b.cols && b.col < a.col + a.cols;
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

  it("style ranges are inside the grid and follow the cells over every sheet column they cover", () => {
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
      for (let k = 0; k < t.header.length; k++) {
        for (let c = 0; c < t.header[0].length; c++)
          for (const col of covered(i, c))
            expect(plan.bold.some((m) => covers(m, p.row + 1 + k, col))).toBe(true);
      }
    });
  });
});

describe("layoutSheet on a sheet too long to print", () => {
  const raw = sampleRaw();
  const { tables } = buildTables(readModel(raw));
  // The sample's tables, repeated past the row limit: a data dump, not a report.
  const many = Array.from({ length: Math.ceil(MAX_GRID_ROWS / 100) + 1 }, () => tables).flat();
  const plan = layoutSheet("Besar", many);

  it("shares the sheet's columns (the widest of each), with no merges beyond titles, notes and the tables' own", () => {
    expect(plan.values.length).toBeGreaterThan(MAX_GRID_ROWS);
    const own = many.reduce((n, t) => n + 1 + t.merges.length + t.notes.length, 0);
    expect(plan.merges.length).toBe(own);
    // Column A stays as narrow as the "No" columns: a table with a wide first column starts in B.
    expect(plan.columnWidths[0]).toBe(5);
    plan.tables.forEach((p, i) => {
      const off = p.columns[0];
      expect(p.columns).toEqual(many[i].widths.map((_, c) => c + off));
      many[i].widths.forEach((w, c) =>
        expect(plan.columnWidths[off + c]).toBeGreaterThanOrEqual(w)
      );
    });
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
    // 7 and 9 characters are 54 and 68 pixels, rounded up to the 21-pixel lattice: 63 and 84,
    // which Excel's width formula (pixels − 5) / 7 gives as 8.29 and 11.29 characters.
    expect(plan.columnWidths).toEqual([8.29, 11.29]);
    expect(plan.bold).toEqual([
      { row: 0, col: 0, rows: 1, cols: 2 },
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
