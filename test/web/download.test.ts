import { describe, expect, it } from "vitest";
import { bab3Name, downloadName } from "../../src/web/download";

describe("downloadName", () => {
  it("names the download after the input, as npm run demo does", () => {
    expect(downloadName("contoh-lkip-2024.xlsx")).toBe("contoh-lkip-2024-tabel.xlsx");
    expect(downloadName("LAPORAN.XLSX")).toBe("LAPORAN-tabel.xlsx");
    expect(downloadName("C:\\fakepath\\laporan.xlsx")).toBe("laporan-tabel.xlsx");
    expect(downloadName(".xlsx")).toBe("lkip-tabel.xlsx");
  });
});

describe("bab3Name", () => {
  it("names Bab III after the input, beside the workbook", () => {
    expect(bab3Name("contoh-lkip-2024.xlsx")).toBe("contoh-lkip-2024-bab3.docx");
    expect(bab3Name("C:\\fakepath\\LAPORAN.XLSX")).toBe("LAPORAN-bab3.docx");
    expect(bab3Name(".xlsx")).toBe("lkip-bab3.docx");
  });
});
