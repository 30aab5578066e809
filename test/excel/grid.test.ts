import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  charsToPoints,
  columnWidthOps,
  gridOps,
  reinterpretedText,
  textSafeFormats,
  textSafeValue,
  type Target,
} from "../../src/excel/grid";
import { reinterpreted } from "../host/fake-excel";
import { OP_OVERHEAD } from "../../src/excel/payload";

type Value = string | number | boolean | null;

/** One assignment the code made on a fake range, in the order it made them. */
interface Write {
  row: number;
  col: number;
  rows: number;
  cols: number;
  prop: "numberFormat" | "values" | "columnWidth";
  value: unknown;
}

/** A Target whose worksheet records every property assigned on the ranges it hands out. */
function fakeTarget(): { target: Target; writes: Write[] } {
  const writes: Write[] = [];
  const ws = {
    getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
      const at = { row, col, rows, cols };
      return {
        set numberFormat(value: unknown) {
          writes.push({ ...at, prop: "numberFormat", value });
        },
        set values(value: unknown) {
          writes.push({ ...at, prop: "values", value });
        },
        format: {
          set columnWidth(value: unknown) {
            writes.push({ ...at, prop: "columnWidth", value });
          },
        },
      };
    },
  };
  return { target: { ctx: {}, ws } as unknown as Target, writes };
}

describe("textSafeFormats", () => {
  it("gives Text (@) only to strings Excel would reinterpret: formulas, numbers, dates, booleans, errors", () => {
    const values: Value[][] = [
      ['=HYPERLINK("x")', "+62 811", "-5", "12,5", "0812", "1/2", "5 Mei 2024", "TRUE", "#REF!"],
    ];
    const plan = [["#,##0.00", "General", "0%", null, null, null, null, null, null]];
    expect(textSafeFormats(values, plan)).toEqual([values[0].map(() => "@")]);
  });

  it("leaves plain text General (or the plan's non-Text format), so a label cell stays editable", () => {
    const values: Value[][] = [["Sasaran", "Persentase penduduk miskin", " ", "Rp/orang"]];
    expect(textSafeFormats(values, [["@", "@", null, "#,##0"]])).toEqual([
      ["General", "General", "General", "#,##0"],
    ]);
  });

  it("never gives Text to text over 255 characters (Excel desktop shows ####): it is prefixed instead", () => {
    const long = "=".padEnd(300, "x");
    const plain = "Meningkatnya ".padEnd(300, "y");
    expect(textSafeFormats([[long, plain]])).toEqual([["General", "General"]]);
    expect(textSafeValue(long)).toBe(`'${long}`);
    expect(textSafeValue(plain)).toBe(plain);
    expect(textSafeValue("=x")).toBe("=x"); // short: the @ format protects it
  });

  it("never gives a number Text: the plan's format, or General when the plan says @ or nothing", () => {
    const values: Value[][] = [[1, 2.5, 3, 4, 0]];
    const plan = [["#,##0.00", "@", null, "0.00%", ""]];
    expect(textSafeFormats(values, plan)).toEqual([
      ["#,##0.00", "General", "General", "0.00%", "General"],
    ]);
    expect(textSafeFormats([[7]])).toEqual([["General"]]);
  });

  it("treats booleans as numbers are treated (never @)", () => {
    expect(textSafeFormats([[true, false]], [["@", "0"]])).toEqual([["General", "0"]]);
  });

  it('gives blanks (null or "") the plan\'s format but never Text, General by default', () => {
    expect(textSafeFormats([[null, "", null, ""]], [["@", "0.00", null, null]])).toEqual([
      ["General", "0.00", "General", "General"],
    ]);
  });

  it("copes with a plan shorter than the values", () => {
    expect(textSafeFormats([[1, "-a"], [2]], [["0.00"]])).toEqual([["0.00", "@"], ["General"]]);
  });

  it("protects every string the in-memory Excel would turn into something else", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^[=+\-@#'0-9][ -~]{0,12}$/),
          fc.constantFrom("1.234,5", "12%", "TRUE", "#N/A", "3-4", "08:30", "1 Jan")
        ),
        (s) => {
          if (s.length > 255 || !reinterpreted(s) || s.startsWith("'")) return;
          expect(reinterpretedText(s)).toBe(true);
        }
      )
    );
  });
});

describe("gridOps", () => {
  it("writes a small grid as one block: numberFormat first, then values, at (row0, col0)", () => {
    const values: Value[][] = [
      ["No", "Indikator"],
      [1, "=SUM(A1)"],
    ];
    const formats = textSafeFormats(values);
    const ops = gridOps(3, 2, values, formats, 5_000_000);
    expect(ops).toHaveLength(1);
    const { target, writes } = fakeTarget();
    ops[0].apply(target);
    expect(writes.map((w) => w.prop)).toEqual(["numberFormat", "values"]);
    for (const w of writes) expect([w.row, w.col, w.rows, w.cols]).toEqual([3, 2, 2, 2]);
    expect(writes[0].value).toEqual([
      ["General", "General"],
      ["General", "@"],
    ]);
    expect(writes[1].value).toEqual(values);
  });

  it('writes a blank cell as "" (clears), never null (leaves unchanged), and pads ragged rows', () => {
    const values: Value[][] = [[null, 1, null], ["a"]];
    const ops = gridOps(0, 0, values, textSafeFormats(values), 5_000_000);
    const { target, writes } = fakeTarget();
    ops.forEach((o) => o.apply(target));
    const written = writes.find((w) => w.prop === "values")!.value as unknown[][];
    expect(written).toEqual([
      ["", 1, ""],
      ["a", "", ""],
    ]);
    expect(written.flat()).not.toContain(null);
    const fmts = writes.find((w) => w.prop === "numberFormat")!.value as unknown[][];
    expect(fmts.map((r) => r.length)).toEqual([3, 3]);
    expect(fmts[1]).toEqual(["General", "General", "General"]);
    expect(writes[0].cols).toBe(3);
  });

  it("on a fresh sheet sends General as null (left as it is) and no format at all for an all-General block", () => {
    const values: Value[][] = [
      ["Tabel", null],
      [1, 2.5],
    ];
    const formats = [
      ["General", "General"],
      ["0", "General"],
    ];
    const { target, writes } = fakeTarget();
    gridOps(0, 0, values, formats, 5_000_000, true).forEach((o) => o.apply(target));
    expect(writes.find((w) => w.prop === "numberFormat")!.value).toEqual([
      [null, null],
      ["0", null],
    ]);
    const plain = fakeTarget();
    const ops = gridOps(0, 0, values, [["General", "General"], ["General"]], 5_000_000, true);
    ops.forEach((o) => o.apply(plain.target));
    expect(plain.writes.map((w) => w.prop)).toEqual(["values"]);
    // The estimate still covers what is sent.
    expect(ops[0].bytes).toBeGreaterThanOrEqual(
      Buffer.byteLength(JSON.stringify(plain.writes[0].value))
    );
  });

  it("writes nothing for an empty grid", () => {
    expect(gridOps(0, 0, [], [], 1000)).toEqual([]);
    expect(gridOps(0, 0, [[], []], [[], []], 1000)).toEqual([]);
  });

  it("splits a large grid into row blocks, each under the limit, covering every row once", () => {
    const limit = 4000;
    const values: Value[][] = Array.from({ length: 120 }, (_, r) => [
      r + 1,
      `Indikator ke-${r + 1} — persentase penerima manfaat 😀`,
      r % 3 === 0 ? null : r * 1.5,
    ]);
    const formats = textSafeFormats(
      values,
      values.map(() => ["0", null, "#,##0.00"])
    );
    const ops = gridOps(5, 1, values, formats, limit);
    expect(ops.length).toBeGreaterThan(1);

    const { target, writes } = fakeTarget();
    const rowsSeen: number[] = [];
    for (const op of ops) {
      const before = writes.length;
      op.apply(target);
      const [f, v] = writes.slice(before);
      // Per block: the format lands before the value, on the same range.
      expect(f.prop).toBe("numberFormat");
      expect(v.prop).toBe("values");
      expect([v.row, v.col, v.rows, v.cols]).toEqual([f.row, f.col, f.rows, f.cols]);
      expect(v.col).toBe(1);
      expect(v.cols).toBe(3);
      expect((v.value as unknown[][]).length).toBe(v.rows);
      expect((f.value as unknown[][]).length).toBe(f.rows);
      for (let i = 0; i < v.rows; i++) rowsSeen.push(v.row - 5 + i);

      // The estimate covers what is actually sent, and stays within the limit.
      const sent =
        Buffer.byteLength(JSON.stringify(v.value)) + Buffer.byteLength(JSON.stringify(f.value));
      expect(op.bytes).toBeGreaterThanOrEqual(sent);
      expect(op.bytes).toBeLessThanOrEqual(limit);
    }
    expect(rowsSeen).toEqual(values.map((_, r) => r));
    const allValues = writes
      .filter((w) => w.prop === "values")
      .flatMap((w) => w.value as unknown[][]);
    expect(allValues).toEqual(values.map((r) => r.map((x) => x ?? "")));
  });

  it("gives a single row larger than the limit a block of its own", () => {
    const big = "x".repeat(3000);
    const values: Value[][] = [["a"], [big], ["b"], ["c"]];
    const ops = gridOps(0, 0, values, textSafeFormats(values), 2000);
    const { target, writes } = fakeTarget();
    ops.forEach((o) => o.apply(target));
    const blocks = writes.filter((w) => w.prop === "values").map((w) => [w.row, w.rows]);
    expect(blocks).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
    ]);
    expect(ops[1].bytes).toBeGreaterThan(2000);
  });
});

describe("charsToPoints", () => {
  it("matches Excel's Calibri 11 widths (characters → pixels → points)", () => {
    // Excel shows 8.43 as 64 pixels, 10 as 75 pixels, 20 as 145 pixels; 1 px = 0.75 pt.
    expect(charsToPoints(8.43)).toBe(48);
    expect(charsToPoints(10)).toBe(56.25);
    expect(charsToPoints(20)).toBe(108.75);
  });

  it("grows with the character count", () => {
    expect(charsToPoints(30)).toBeGreaterThan(charsToPoints(29));
  });
});

describe("columnWidthOps", () => {
  it("sets each column's width in points, from col0 on", () => {
    const ops = columnWidthOps([10, 20], 2);
    expect(ops.every((o) => o.bytes === OP_OVERHEAD)).toBe(true);
    const { target, writes } = fakeTarget();
    ops.forEach((o) => o.apply(target));
    expect(writes.map((w) => [w.col, w.prop, w.value])).toEqual([
      [2, "columnWidth", 56.25],
      [3, "columnWidth", 108.75],
    ]);
  });
});
