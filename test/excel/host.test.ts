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

  // Office.onReady can take seconds in a slow-starting Excel: the pane waits (and says so) instead
  // of deciding "not in Excel" after a fixed timeout.
  it("waits for a late onReady inside a slow Excel, saying so after a few seconds", async () => {
    const win: Record<string, unknown> = {};
    installFakeOffice(win, createFakeWorkbook(), { readyDelayMs: 120 });
    let slow = 0;
    const h = await detectHost(win, { onSlow: () => slow++, slowMs: 30 });
    expect(h.inExcel).toBe(true);
    expect(slow).toBe(1);
  });

  it("gives host, platform and build for support messages", async () => {
    const win: Record<string, unknown> = {};
    installFakeOffice(win, createFakeWorkbook(), { platform: "PC", version: "16.0.18227.20162" });
    const h = await detectHost(win);
    expect(h.diagnostics).toEqual({ host: "Excel", platform: "PC", version: "16.0.18227.20162" });
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
