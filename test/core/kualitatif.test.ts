import { describe, expect, it } from "vitest";
import {
  SKALA_KUALITATIF,
  capaianKualitatif,
  isKualitatif,
  teksKualitatif,
} from "../../src/core/kualitatif";

describe("isKualitatif (src/core/README.md §10)", () => {
  it("both target and realisasi text that is not a number", () => {
    expect(isKualitatif("WTP", "WTP")).toBe(true);
    expect(isKualitatif("BB", "A")).toBe(true);
    expect(isKualitatif("Tersedia", "Belum")).toBe(true);
  });

  it("a number, a text number or a blank on either side is not qualitative", () => {
    expect(isKualitatif("WTP", 100)).toBe(false);
    expect(isKualitatif("69,02", "WTP")).toBe(false);
    expect(isKualitatif("WTP", "")).toBe(false);
    expect(isKualitatif(null, "WTP")).toBe(false);
    expect(teksKualitatif("92,71%")).toBe(false);
    expect(teksKualitatif("  ")).toBe(false);
  });
});

describe("capaianKualitatif", () => {
  it("every known scale: above the target, on it, below it", () => {
    for (const skala of SKALA_KUALITATIF) {
      const top = skala.tingkat[0][0];
      const bottom = skala.tingkat[skala.tingkat.length - 1][0];
      expect(capaianKualitatif(bottom, top)).toEqual({
        predikat: "Melebihi target",
        skala: skala.id,
      });
      expect(capaianKualitatif(top, top)).toEqual({ predikat: "Tercapai", skala: skala.id });
      expect(capaianKualitatif(top, bottom)).toEqual({
        predikat: "Tidak tercapai",
        skala: skala.id,
      });
    }
  });

  it("SAKIP: target BB, realisasi A is above; opini: TW = TMP", () => {
    expect(capaianKualitatif("BB", "A").predikat).toBe("Melebihi target");
    expect(capaianKualitatif("BB", "B").predikat).toBe("Tidak tercapai");
    expect(capaianKualitatif("TW", "TMP").predikat).toBe("Tercapai");
    expect(capaianKualitatif("WDP", "WTP").predikat).toBe("Melebihi target");
  });

  it("case and spaces are ignored; words on one level are equal", () => {
    expect(capaianKualitatif("Sangat Baik", "sangat  baik").predikat).toBe("Tercapai");
    expect(capaianKualitatif("Tersedia", "ada").predikat).toBe("Tercapai");
    expect(capaianKualitatif("Tersedia", "Belum").predikat).toBe("Tidak tercapai");
    expect(capaianKualitatif(" wtp ", "WTP").predikat).toBe("Tercapai");
  });

  it("text on no known scale: equal is Tercapai, anything else Tidak tercapai", () => {
    expect(capaianKualitatif("Terakreditasi Paripurna", "terakreditasi paripurna")).toEqual({
      predikat: "Tercapai",
      skala: null,
    });
    expect(capaianKualitatif("Terakreditasi Paripurna", "Terakreditasi Utama")).toEqual({
      predikat: "Tidak tercapai",
      skala: null,
    });
    // Words on two different scales are not comparable.
    expect(capaianKualitatif("WTP", "A")).toEqual({ predikat: "Tidak tercapai", skala: null });
  });
});
