import { describe, expect, it } from "vitest";
import { detectHost } from "../../src/excel/host";
import { createFakeWorkbook, installFakeOffice } from "../host/fake-excel";

describe("detectHost", () => {
  it("is safe without office.js", async () => {
    const h = await detectHost({ navigator: { language: "en-GB" } });
    expect(h.inExcel).toBe(false);
    expect(h.language).toBe("en");
    expect(h.supports("ExcelApi", "1.1")).toBe(false);
  });

  it("is safe with office.js loaded outside Office (host null)", async () => {
    const Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    const h = await detectHost({ Office, navigator: { language: "id-ID" } });
    expect(h).toMatchObject({ inExcel: false, language: "id" });
  });

  it("does not hang when onReady never answers", async () => {
    const Office = { onReady: () => new Promise(() => undefined) };
    const h = await detectHost({ Office }, 20);
    expect(h.inExcel).toBe(false);
  });

  it("reads host, display language and requirement sets from Office", async () => {
    const win: Record<string, unknown> = {};
    const wb = createFakeWorkbook();
    wb.excelApiMinor = 10;
    installFakeOffice(win, wb, { language: "en-US" });
    const h = await detectHost(win);
    expect(h.inExcel).toBe(true);
    expect(h.language).toBe("en");
    expect(h.supports("ExcelApi", "1.7")).toBe(true);
    expect(h.supports("ExcelApi", "1.12")).toBe(false);

    installFakeOffice(win, wb, { language: "id-ID" });
    expect((await detectHost(win)).language).toBe("id");
  });
});
