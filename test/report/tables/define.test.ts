import { describe, expect, it } from "vitest";
import { renderTable, type Column } from "../../../src/report/tables/define";
import { count, txt } from "../../../src/report/tables/table-cells";

interface Row {
  grup: string;
  s: number;
  nama: string;
  nilai: number;
}

const ROWS: Row[] = [
  { grup: "G1", s: 1, nama: "a", nilai: 10 },
  { grup: "G1", s: 1, nama: "b", nilai: 20 },
  { grup: "G1", s: 2, nama: "c", nilai: 30 },
  { grup: "G2", s: 2, nama: "d", nilai: 40 }, // same key, but a group row runs between
];

const cols = (extra: Partial<Column<Row>>[] = []): Column<Row>[] => [
  { header: "No", width: 5, cell: (r) => count(r.s), mergeBy: (r) => r.s, ...extra[0] },
  { header: "Nama", width: 30, cell: (r) => txt(r.nama), ...extra[1] },
  { header: "Nilai", width: 12, cell: (r) => count(r.nilai), ...extra[2] },
];
const vals = (rows: { value: unknown }[][]) => rows.map((r) => r.map((c) => c.value));

describe("renderTable", () => {
  it("one header row, widths in column order, a merged column filled once per run", () => {
    const t = renderTable({ columns: cols(), rows: ROWS.slice(0, 3), notes: [] });
    expect(vals(t.header)).toEqual([["No", "Nama", "Nilai"]]);
    expect(t.header[0].every((c) => c.bold)).toBe(true);
    expect(t.widths).toEqual([5, 30, 12]);
    expect(vals(t.body)).toEqual([
      [1, "a", 10],
      [null, "b", 20],
      [2, "c", 30],
    ]);
    expect(t.merges).toEqual([{ row: 1, col: 0, rows: 2, cols: 1 }]);
  });

  it("group rows span the table and break merges", () => {
    const t = renderTable({ columns: cols(), rows: ROWS, groupOf: (r) => r.grup, notes: [] });
    expect(vals(t.body)).toEqual([
      ["G1", null, null],
      [1, "a", 10],
      [null, "b", 20],
      [2, "c", 30],
      ["G2", null, null],
      [2, "d", 40],
    ]);
    expect(t.body[0][0]).toMatchObject({ bold: true, align: "left" });
    expect(t.merges).toEqual([
      { row: 1, col: 0, rows: 1, cols: 3 },
      { row: 2, col: 0, rows: 2, cols: 1 },
      { row: 5, col: 0, rows: 1, cols: 3 },
    ]);
  });

  it("grouped headers make two rows; ungrouped columns span both", () => {
    const t = renderTable({
      columns: cols([{}, { group: "Isi" }, { group: "Isi" }]),
      rows: ROWS.slice(0, 1),
      notes: [],
    });
    expect(vals(t.header)).toEqual([
      ["No", "Isi", null],
      [null, "Nama", "Nilai"],
    ]);
    expect(t.header.flat().every((c) => c.bold)).toBe(true);
    expect(t.merges).toEqual([
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 0, col: 1, rows: 1, cols: 2 },
    ]);
    expect(vals(t.body)).toEqual([[1, "a", 10]]);
  });

  it("the closing label spans the columns left of the first closing figure", () => {
    const t = renderTable({
      columns: cols([{}, {}, { closing: count(100) }]),
      rows: ROWS.slice(0, 2),
      closing: "Jumlah",
      notes: [],
    });
    const last = t.body[t.body.length - 1];
    expect(last.map((c) => c.value)).toEqual(["Jumlah", null, 100]);
    expect(last.every((c) => c.bold)).toBe(true);
    expect(t.merges).toContainEqual({ row: 3, col: 0, rows: 1, cols: 2 });
  });
});
