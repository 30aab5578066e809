import { findingText, formatAddress } from "../../src/report/contract/findings";
import { readFailureText } from "../../src/report/contract/read-failure";
import { describe, expect, it } from "vitest";
import { readModel } from "../../src/report/model/read-model";
import { loadXlsx, READ_LIMITS, XlsxReadError, type ReadLimits } from "../../src/xlsx/read";
import { NS, STYLES, IKU_HEAD, c, rawXlsx, rowsXml, type RawPackage } from "./packages";

const IKU = (rows: string, extra: Partial<RawPackage> = {}): RawPackage => ({
  sheets: [{ name: "D", rows: rowsXml([IKU_HEAD]) + rows }],
  names: [["LKIP_IKU", "D!$A$1:$D$3"]],
  ...extra,
});

async function failure(buf: Buffer, limits?: ReadLimits): Promise<XlsxReadError> {
  const e = await loadXlsx(buf, "data.xlsx", limits).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(XlsxReadError);
  return e as XlsxReadError;
}

describe("formula cells are read by their saved result, whatever it is (§12)", () => {
  it('0, FALSE and "" are results; only a formula with no saved value is not calculated', async () => {
    const buf = await rawXlsx(
      IKU(
        `<row r="2">${c("A2", "S")}${c("B2", "I")}<c r="C2"><f>SUM(H4:I4)</f><v>0</v></c><c r="D2" t="b"><f>1=2</f><v>0</v></c></row>` +
          `<row r="3">${c("A3", "S")}${c("B3", "J")}<c r="C3" t="str"><f>""</f><v></v></c><c r="D3"><f>A1*2</f></c></row>`
      )
    );
    const { raw } = await loadXlsx(buf);
    expect(raw.ranges.LKIP_IKU?.values.slice(1)).toEqual([
      ["S", "I", 0, false],
      ["S", "J", "", null],
    ]);
    expect(raw.problems.map((p) => [p.kode, formatAddress(p)])).toEqual([
      ["RUMUS_TANPA_HASIL", "'D'!D3"],
    ]);
    expect(findingText(raw.problems[0])).toContain("=A1*2");
  });
});

describe("a damaged package is named as damaged, never read as something else", () => {
  it("text cells pointing at a sharedStrings.xml that is not there: never their index as a number", async () => {
    const buf = await rawXlsx(
      IKU(
        `<row r="2">${c("A2", "S")}${c("B2", "I")}<c r="C2" t="s"><v>40</v></c>${c("D2", 5)}</row>`
      )
    );
    const e = await failure(buf);
    expect(e.kode).toBe("RUSAK");
    expect(readFailureText(e.failure)).toMatch(
      /^data\.xlsx rusak: sel 'D'!C2 .*sharedStrings\.xml/
    );
  });

  it('a styled empty cell marked t="s" without a value is blank, not damage', async () => {
    const buf = await rawXlsx(
      IKU(`<row r="2">${c("A2", "S")}${c("B2", "I")}<c r="C2" t="s" s="0"/>${c("D2", 5)}</row>`)
    );
    expect((await loadXlsx(buf)).raw.ranges.LKIP_IKU?.values[1]).toEqual(["S", "I", null, 5]);
  });

  it("a shared string index past the list", async () => {
    const buf = await rawXlsx(
      IKU(`<row r="2"><c r="A2" t="s"><v>7</v></c></row>`, { strings: ["a", "b"] })
    );
    expect(readFailureText((await failure(buf)).failure)).toMatch(/'D'!A2 .*nomor 7.*2 teks/);
  });

  it.each(["0x1A", "1,5", "Infinity", "1e999", " "])("a number cell holding %j", async (v) => {
    const buf = await rawXlsx(
      IKU(`<row r="2">${c("A2", "S")}${c("B2", "I")}<c r="C2"><v>${v}</v></c>${c("D2", 1)}</row>`)
    );
    if (v.trim() === "") {
      // An empty value is an empty cell, not a damage.
      expect((await loadXlsx(buf)).raw.ranges.LKIP_IKU?.values[1][2]).toBeNull();
      return;
    }
    const e = await failure(buf);
    expect(e.kode).toBe("RUSAK");
    expect(readFailureText(e.failure)).toContain("'D'!C2");
  });

  it("a document type declaration (entities) is refused before anything expands", async () => {
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const buf = await rawXlsx({
      ...IKU(""),
      workbookXml: `<?xml version="1.0"?>${laughs}<workbook ${NS}><sheets><sheet name="D" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="LKIP_IKU">&lol2;</definedName></definedNames></workbook>`,
    });
    const e = await failure(buf);
    expect(e.kode).toBe("RUSAK");
    expect(readFailureText(e.failure)).toMatch(/XML/);
  });

  it("thousands of unclosed <definedName tags end in a sentence, not a hang", async () => {
    const buf = await rawXlsx({
      ...IKU(""),
      workbookXml: `<workbook ${NS}><sheets><sheet name="D" sheetId="1" r:id="rId1"/></sheets><definedNames>${'<definedName name="x">A'.repeat(20000)}</workbook>`,
    });
    expect((await failure(buf)).kode).toBe("RUSAK");
  });

  it("a zip cut short or with a part that does not inflate", async () => {
    const buf = await rawXlsx(IKU(""));
    expect((await failure(buf.subarray(0, buf.length - 30))).kode).toBe("RUSAK");
  });
});

describe("limits: what could fill memory is refused with a sentence", () => {
  const small: ReadLimits = { ...READ_LIMITS, partBytes: 1024 * 1024, cells: 50 };

  it("a part that inflates past the limit (a zip bomb) stops at the limit", async () => {
    const padding = " ".repeat(3 * 1024 * 1024);
    const buf = await rawXlsx(IKU(`<row r="2">${c("A2", "S")}</row>${padding}`));
    expect(buf.length).toBeLessThan(64 * 1024);
    const e = await failure(buf, small);
    expect(e.kode).toBe("TERLALU_BESAR");
    expect(readFailureText(e.failure)).toMatch(/^berkas terlalu besar: data\.xlsx/);
  });

  it("a small part that inflates past the size it declares is refused, never read further", async () => {
    // The central directory says 100 bytes; the sheet inflates to 3 MB from a few KB: a part
    // inflated in one go (src/xlsx/zip.ts) is given room for its declared size only.
    const padding = " ".repeat(3 * 1024 * 1024);
    const buf = Buffer.from(await rawXlsx(IKU(`<row r="2">${c("A2", "S")}</row>${padding}`)));
    expect(buf.length).toBeLessThan(64 * 1024);
    let lied = 0;
    for (
      let p = buf.indexOf("PK\x01\x02", 0, "latin1");
      p >= 0;
      p = buf.indexOf("PK\x01\x02", p + 4, "latin1")
    ) {
      const name = buf.toString("utf8", p + 46, p + 46 + buf.readUInt16LE(p + 28));
      if (name !== "xl/worksheets/sheet1.xml") continue;
      buf.writeUInt32LE(100, p + 24);
      lied++;
    }
    expect(lied).toBe(1);
    expect((await failure(buf)).kode).toBe("RUSAK");
  });

  it("too many entries", async () => {
    const extra = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`x/${i}.txt`, "x"]));
    const e = await failure(await rawXlsx(IKU("", { extra })), { ...READ_LIMITS, entries: 20 });
    expect(readFailureText(e.failure)).toMatch(/^berkas terlalu besar/);
  });

  it("cells outside the sources are never kept: a big sheet beside a small range reads", async () => {
    const far = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 10}">${c(`H${i + 10}`, i)}${c(`I${i + 10}`, "x")}</row>`
    ).join("");
    const buf = await rawXlsx({
      ...IKU(`<row r="2">${c("A2", "S")}${c("B2", "I")}${c("C2", 1)}${c("D2", 2)}</row>` + far),
      names: [
        ["LKIP_IKU", "D!$A$1:$D$3"],
        ["Semua", "D!$1:$1048576"], // an unrelated name over the whole sheet: never expanded
      ],
    });
    const loaded = await loadXlsx(buf, "data.xlsx", small);
    expect(loaded.raw.ranges.LKIP_IKU?.values).toEqual([IKU_HEAD, ["S", "I", 1, 2]]);
    expect(loaded.definedNames.map((n) => n.name)).toEqual(["LKIP_IKU"]);
  });

  it("a source larger than the cell limit is refused by name", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ["S", `I${i}`, 1, 2]);
    const buf = await rawXlsx({
      ...IKU(rowsXml(rows, 2)),
      names: [["LKIP_IKU", "D!$A:$D"]],
    });
    const e = await failure(buf, small);
    expect(e.kode).toBe("TERLALU_BESAR");
    // And within the limit, a whole-column name stops at the last used row.
    const ok = await loadXlsx(buf);
    expect(ok.raw.ranges.LKIP_IKU?.values).toHaveLength(31);
  });
});

describe("number formats (§9) and merges (§12)", () => {
  it("a percent-formatted number is read as the percent points it prints; a date is flagged", async () => {
    const buf = await rawXlsx(
      IKU(
        `<row r="2">${c("A2", "S")}${c("B2", "I")}${c("C2", 0.6902, ' s="1"')}${c("D2", 0.9271, ' s="3"')}</row>` +
          `<row r="3">${c("A3", "S")}${c("B3", "J")}${c("C3", 45292, ' s="2"')}${c("D3", 1.5)}</row>`,
        { styles: STYLES }
      )
    );
    const { raw } = await loadXlsx(buf);
    // The gateway reports the format; the model reads the percent-point columns as printed.
    expect(raw.ranges.LKIP_IKU?.values.slice(1)).toEqual([
      ["S", "I", 0.6902, 0.9271],
      ["S", "J", 45292, 1.5],
    ]);
    expect(raw.ranges.LKIP_IKU?.percent).toEqual([
      [false, false, false, false],
      [false, false, true, true],
      [false, false, false, false],
    ]);
    const ind = readModel(raw).indikator[0];
    expect([ind.target.value.toNumber(), ind.realisasi.value.toNumber()]).toEqual([69.02, 92.71]);
    expect(raw.problems.map((p) => [p.kode, formatAddress(p)])).toEqual([
      ["SEL_TANGGAL", "'D'!C3"],
    ]);
  });

  it("merges inside a source come with the range; a covered cell reads blank even if it holds a value", async () => {
    const pkg = IKU(
      `<row r="2">${c("A2", "S")}${c("B2", "I")}${c("C2", 10)}${c("D2", 9)}</row>` +
        `<row r="3">${c("A3", "stray")}${c("B3", "J")}${c("C3", 10)}${c("D3", 8)}</row>`
    );
    pkg.sheets[0].after = `<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="F1:G4"/></mergeCells>`;
    const { raw } = await loadXlsx(await rawXlsx(pkg));
    expect(raw.ranges.LKIP_IKU?.values.map((r) => r[0])).toEqual(["Sasaran", "S", null]);
    expect(raw.ranges.LKIP_IKU?.merges).toEqual([{ row: 1, col: 0, rows: 2, cols: 1 }]);
  });
});

describe("the reader runs in a browser too (the page of issue 13)", () => {
  it("src/xlsx uses no Node API: bytes in, no file system, no Buffer", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("../../src/xlsx/", import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
      const src = readFileSync(new URL(f, dir), "utf8");
      expect(src, f).not.toMatch(/from "node:|require\(|\bBuffer\b|\bprocess\./);
    }
  });
});
