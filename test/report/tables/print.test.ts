import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { tabelSheet } from "../../../src/report/tables/sheet";
import {
  LINE_HEIGHT,
  headerWidth,
  SKALA_MINIMUM,
  pageBreaks,
  printScale,
  wrappedLines,
} from "../../../src/report/tables/print";
import type { RawWorkbook, SheetPlan } from "../../../src/report/contract/types";
import { sampleRaw } from "../sample/sample-raw";
import { besar } from "../../tools/besar";

describe("wrappedLines", () => {
  it("counts word-wrapped lines", () => {
    expect(wrappedLines("pendek", 20)).toBe(1);
    expect(wrappedLines("a\nb\nc", 20)).toBe(3);
    // 10 words of 9 letters in a column of 22 (19 characters a line): two words per line.
    expect(wrappedLines(Array(10).fill("abcdefghi").join(" "), 22)).toBe(5);
    // A width of 11 holds floor(10 × 0.92) = 9 average characters: 100 characters need 12 lines.
    expect(wrappedLines("x".repeat(100), 11)).toBe(12);
    // Bold is counted wider: floor(10 × 0.85) = 8 characters per line.
    expect(wrappedLines("x".repeat(100), 11, true)).toBe(13);
  });
});

const plan = (raw: RawWorkbook): SheetPlan => tabelSheet(readModel(raw)).plan;

describe("print-ready sheet (TABLES.md Print)", () => {
  for (const [nama, raw] of [
    ["the sample", sampleRaw()],
    ["40 indicators", besar(40)],
  ] as const) {
    const p = plan(raw);
    const ps = p.pageSetup!;

    it(`${nama}: A4 landscape, page numbers, text not shrunk below about 9 pt`, () => {
      expect(ps.paperSize).toBe("A4");
      expect(ps.orientation).toBe("landscape");
      expect(ps.centerFooter).toContain("&P");
      expect(ps.scale).toBeGreaterThanOrEqual(SKALA_MINIMUM);
      expect((11 * ps.scale) / 100).toBeGreaterThanOrEqual(9);
    });

    it(`${nama}: a "No" column is narrow`, () => {
      expect(p.columnWidths[0]).toBeLessThanOrEqual(6);
    });

    it(`${nama}: no table that fits on a page straddles two`, () => {
      const pagePt = ((8.27 - ps.margins.top - ps.margins.bottom) * 72) / (ps.scale / 100);
      const h = (r: number) => p.rowHeights?.[r] ?? LINE_HEIGHT;
      // Pages as a host fills them: a manual break, or the next row not fitting.
      const pageOf: number[] = [];
      let page = 0;
      let used = 0;
      for (let r = 0; r < p.values.length; r++) {
        if (ps.rowBreaks.includes(r) || (used > 0 && used + h(r) > pagePt)) {
          page++;
          used = 0;
        }
        used += h(r);
        pageOf.push(page);
      }
      for (const t of p.tables) {
        let height = 0;
        for (let r = t.row; r < t.row + t.rows; r++) height += h(r);
        if (height > pagePt) continue;
        expect(pageOf[t.row + t.rows - 1], `Tabel ${t.id}`).toBe(pageOf[t.row]);
      }
      expect(ps.rowBreaks.length).toBeGreaterThan(0);
    });
  }

  it("the scale follows the columns: wider columns, smaller scale, never above 100", () => {
    expect(printScale([5, 10, 10])).toBe(100);
    expect(printScale([60, 60, 60, 60])).toBeLessThan(printScale([60, 60, 60]));
  });

  it("a table that would straddle starts a new page; one that fits goes on", () => {
    const tables = [
      { id: 1, title: "a", row: 0, rows: 20 },
      { id: 2, title: "b", row: 21, rows: 20 },
      { id: 3, title: "c", row: 42, rows: 3 },
    ];
    // Page of 30 rows of 15 pt at scale 100 → 450 pt: table 2 breaks, table 3 follows it.
    const heights: (number | null)[] = Array(50).fill(null);
    const m = { left: 0, right: 0, top: 0, bottom: 8.27 - 450 / 72, header: 0, footer: 0 };
    expect(pageBreaks(tables, heights, 100, m)).toEqual([21]);
  });
});

describe("headerWidth", () => {
  it("is the narrowest column in which no word of a bold header breaks", () => {
    for (const header of ["Jumlah Indikator", "Penyerapan Anggaran (%)", "Keterangan", "No"]) {
      const w = headerWidth(header);
      for (const word of header.split(" ")) expect(wrappedLines(word, w, true)).toBe(1);
      const longest = header.split(" ").reduce((a, b) => (b.length > a.length ? b : a));
      expect(wrappedLines(longest, w - 1, true)).toBe(2);
    }
  });
});
