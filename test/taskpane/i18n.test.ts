import { describe, expect, it } from "vitest";
import { TEXTS, type Language } from "../../src/taskpane/i18n";
import { detectHost } from "../../src/excel/host";

/** Every leaf of a dictionary as [dotted key, value]. */
function leaves(o: unknown, prefix = ""): [string, unknown][] {
  if (o !== null && typeof o === "object" && !Array.isArray(o)) {
    return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, o]];
}

/** The nested objects' keys, so that a leaf in one and an object in the other is caught. */
function shape(o: unknown): unknown {
  if (o !== null && typeof o === "object")
    return Object.fromEntries(
      Object.entries(o)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v)])
    );
  return typeof o;
}

describe("TEXTS", () => {
  it("has exactly the two UI languages", () => {
    expect(Object.keys(TEXTS).sort()).toEqual(["en", "id"]);
  });

  it("id and en have the same keys, recursively", () => {
    expect(shape(TEXTS.en)).toEqual(shape(TEXTS.id));
    expect(
      leaves(TEXTS.en)
        .map(([k]) => k)
        .sort()
    ).toEqual(
      leaves(TEXTS.id)
        .map(([k]) => k)
        .sort()
    );
  });

  it.each(["id", "en"] as Language[])("%s has no empty or untrimmed text", (lang) => {
    const all = leaves(TEXTS[lang]);
    expect(all.length).toBeGreaterThan(10);
    for (const [key, value] of all) {
      expect(typeof value, key).toBe("string");
      expect((value as string).trim(), key).not.toBe("");
      expect(value, key).toBe((value as string).trim());
    }
  });

  it("is really translated: the two dictionaries differ in most texts", () => {
    const en = new Map(leaves(TEXTS.en));
    const all = leaves(TEXTS.id);
    const same = all.filter(([k, v]) => en.get(k) === v);
    // A few words are the same in both languages (e.g. "Info"); most are not.
    expect(same.length).toBeLessThan(all.length / 4);
    expect(TEXTS.id.build).toBe("Buat Tabel");
    expect(TEXTS.en.build).not.toBe(TEXTS.id.build);
  });

  it("Indonesian is the default: the language used when nothing says otherwise", async () => {
    // Outside Office with no browser language, the host falls back to Indonesian.
    const host = await detectHost({});
    expect(host.language).toBe("id");
    expect(TEXTS[host.language]).toBe(TEXTS.id);
    expect(TEXTS[host.language].cancel).toBe("Batal");
  });
});
