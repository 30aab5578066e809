import { describe, expect, it } from "vitest";
import { columnLetters } from "../../src/report/contract/address";
import { address, classifyNameText, parseWorkbookXml, rectAddress } from "../../src/xlsx/names";

describe("classifyNameText", () => {
  it("reads plain, quoted and whole-column ranges", () => {
    expect(classifyNameText("'Data IKU'!$A$1:$N$4")).toEqual({
      kind: "range",
      sheet: "Data IKU",
      top: 1,
      left: 1,
      bottom: 4,
      right: 14,
    });
    expect(classifyNameText("Sheet1!B2")).toEqual({
      kind: "range",
      sheet: "Sheet1",
      top: 2,
      left: 2,
      bottom: 2,
      right: 2,
    });
    expect(classifyNameText("'It''s'!$C$5:$A$1")).toEqual({
      kind: "range",
      sheet: "It's",
      top: 1,
      left: 1,
      bottom: 5,
      right: 3,
    });
    expect(classifyNameText("Data!$A:$D")).toMatchObject({
      kind: "range",
      sheet: "Data",
      top: 1,
      left: 1,
      right: 4,
      bottom: 1048576,
    });
  });
  it("tells constants, formulas, unions, broken and external references apart", () => {
    for (const t of ["0.5", '"teks"', "TRUE", "={1,2}", "-3", "#N/A"])
      expect(classifyNameText(t).kind, t).toBe("constant");
    expect(classifyNameText("OFFSET(Data!$A$1,0,0,COUNTA(Data!$A:$A),8)").kind).toBe("formula");
    expect(classifyNameText("Data!$A$1:$B$2,Data!$D$1:$E$2").kind).toBe("union");
    expect(classifyNameText("Data!#REF!").kind).toBe("ref-error");
    expect(classifyNameText("#REF!$A$1").kind).toBe("ref-error");
    expect(classifyNameText("[1]Data!$A$1:$B$2").kind).toBe("external");
  });
});

describe("parseWorkbookXml", () => {
  it("keeps each name's scope and text", () => {
    const xml = `<workbook><sheets><sheet name="A &amp; B" sheetId="2" r:id="rId1"/><sheet name="Data" sheetId="1" r:id="rId2"/></sheets>
      <definedNames><definedName name="LKIP_IKU" localSheetId="1">Data!$A$1:$D$3</definedName><definedName name="K">0.5</definedName><definedName name="E"/></definedNames></workbook>`;
    expect(parseWorkbookXml(xml)).toEqual({
      sheets: ["A & B", "Data"],
      names: [
        { name: "LKIP_IKU", text: "Data!$A$1:$D$3", localSheetId: 1 },
        { name: "K", text: "0.5" },
        { name: "E", text: "" },
      ],
    });
  });
});

describe("addresses", () => {
  it("always quotes the sheet and doubles its quotes", () => {
    expect(address("Data IKU", 7, 7)).toBe("'Data IKU'!G7");
    expect(address("It's", 1, 28)).toBe("'It''s'!AB1");
    expect(rectAddress({ sheet: "D", top: 1, left: 1, bottom: 4, right: 14 })).toBe("'D'!A1:N4");
    expect(columnLetters(16383)).toBe("XFD");
  });
});
