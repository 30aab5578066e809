import { describe, expect, it } from "vitest";
import { pickLanguage, TEXTS } from "../../src/web/texts";

describe("pickLanguage", () => {
  it("is Indonesian when the browser asks for it before English", () => {
    expect(pickLanguage(["id-ID", "en-US"])).toBe("id");
    expect(pickLanguage(["id"])).toBe("id");
    expect(pickLanguage(["ms-MY"])).toBe("id");
  });

  it("falls back to English for English and every other language", () => {
    expect(pickLanguage(["en-US", "id-ID"])).toBe("en");
    expect(pickLanguage(["fr-FR"])).toBe("en");
    expect(pickLanguage(["nl", "id"])).toBe("id"); // Indonesian still wins over a foreign one
  });

  it("takes ?lang= first, and is Indonesian when the browser names no language", () => {
    expect(pickLanguage(["en-US"], "?lang=id")).toBe("id");
    expect(pickLanguage(["id-ID"], "?lang=en")).toBe("en");
    expect(pickLanguage(["id-ID"], "?lang=xx")).toBe("id");
    expect(pickLanguage([])).toBe("id");
  });
});

describe("TEXTS", () => {
  it("has every key in both languages, and the same kind of value", () => {
    expect(Object.keys(TEXTS.en).sort()).toEqual(Object.keys(TEXTS.id).sort());
    for (const k of Object.keys(TEXTS.id) as (keyof typeof TEXTS.id)[])
      expect(typeof TEXTS.en[k], k).toBe(typeof TEXTS.id[k]);
  });

  it("says on the page that nothing is sent, in both languages", () => {
    expect(TEXTS.id.privacy).toMatch(/tidak dikirim ke mana pun.*connect-src 'none'/);
    expect(TEXTS.en.privacy).toMatch(/not sent anywhere.*connect-src 'none'/);
  });

  it("names a table not made as the page's language does", () => {
    expect(TEXTS.en.leftOutItem(8, "Anggaran", "LKIP_ANGGARAN is not in the workbook.")).toBe(
      "Table 8 (Anggaran): LKIP_ANGGARAN is not in the workbook."
    );
    expect(TEXTS.id.leftOutItem(8, "Anggaran", "LKIP_ANGGARAN tidak ada di buku kerja.")).toBe(
      "Tabel 8 (Anggaran): LKIP_ANGGARAN tidak ada di buku kerja."
    );
  });
});
