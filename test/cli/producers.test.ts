/**
 * Workbooks saved by other producers (test/tools/make-office-fixtures.py): openpyxl with a chart,
 * an image and data validation (its chart made ExcelJS fail: "reading 'anchors'"), the same file
 * re-saved by LibreOffice, and a LibreOffice workbook with a pivot table. `lkip tabel` reads each,
 * leaves it byte for byte as it was (charts, pivots and images stay where they are) and writes the
 * tables to a workbook of their own.
 */
import { createHash } from "node:crypto";
import { copyFile, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { run } from "./run";

const FIXTURES = resolve(__dirname, "../fixtures");
const sha = async (p: string) =>
  createHash("sha256")
    .update(await readFile(p))
    .digest("hex");

const CASES: [string, RegExp[]][] = [
  ["produsen-openpyxl.xlsx", [/^xl\/charts\/chart\d+\.xml$/, /^xl\/media\/image\d+\.png$/]],
  ["produsen-libreoffice.xlsx", [/^xl\/charts\/chart\d+\.xml$/, /^xl\/media\/image\d+\.png$/]],
  ["produsen-pivot.xlsx", [/^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/, /^xl\/pivotTables\//]],
];

describe("lkip tabel on workbooks of other producers", () => {
  for (const [file, parts] of CASES) {
    it(`${file}: read, left untouched, tables in a workbook of their own`, async () => {
      const dir = await mkdtemp(join(tmpdir(), "lkip-produsen-"));
      const input = join(dir, file);
      await copyFile(join(FIXTURES, file), input);
      const zip = await JSZip.loadAsync(await readFile(input));
      const names = Object.keys(zip.files);
      for (const p of parts)
        expect(
          names.some((n) => p.test(n)),
          `${file} ${p}`
        ).toBe(true);
      if (!file.includes("pivot")) {
        const sheet1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
        expect(sheet1).toContain("dataValidation");
      }

      const before = await sha(input);
      const out = join(dir, "tabel.xlsx");
      const r = await run(["tabel", input, "-o", out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe("");
      expect(await sha(input)).toBe(before);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Tabel LKIP 2024"]);
      const numbers: unknown[] = [];
      wb.worksheets[0].eachRow((row) => row.eachCell((c) => numbers.push(c.value)));
      // Total pagu of the two budget lines, exact.
      expect(numbers).toContain(2142720865 + 150000000);
      // Capaian of the first indicator: 92,71 / 69,02 × 100 = 134,32.
      expect(numbers).toContain(134.32);
    });
  }
});
