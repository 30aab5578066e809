import { describe, expect, it } from "vitest";
import { bulatkan, capaian, capaianKualitatif, Decimal } from "../../src/core";
import { labelOf, parseLabelScore, scoredPair } from "../../src/core/score";

const read = (t: string) => {
  const s = parseLabelScore(t);
  return s && { label: s.label, score: s.score.toString(), ribuanTitik: s.ribuanTitik };
};

describe("parseLabelScore (src/core/README.md §10, a label with a score)", () => {
  it("reads the label and the number in parentheses, as §0 reads text numbers", () => {
    expect(read("Level 3 (3,35)")).toEqual({ label: "Level 3", score: "3.35", ribuanTitik: false });
    expect(read("Nilai A (83)")).toEqual({ label: "Nilai A", score: "83", ribuanTitik: false });
    expect(read("BB (71,91)")).toEqual({ label: "BB", score: "71.91", ribuanTitik: false });
    expect(read("  A(83)  ")).toEqual({ label: "A", score: "83", ribuanTitik: false });
    expect(read("Level 3 ( 3,157 )")?.score).toBe("3.157");
    expect(read("Nilai (A) (83)")).toEqual({ label: "Nilai (A)", score: "83", ribuanTitik: false });
    expect(read("Baik (92,71%)")?.score).toBe("92.71");
    expect(read("Turun (-2)")?.score).toBe("-2");
  });

  it("a single dot of three digits is thousands, as everywhere (§0), and says so", () => {
    expect(read("Level 3 (3.157)")).toEqual({ label: "Level 3", score: "3157", ribuanTitik: true });
    expect(read("Level 3 (3.35)")).toEqual({ label: "Level 3", score: "3.35", ribuanTitik: false });
  });

  it("is null for everything that is not one label followed by one number", () => {
    for (const t of [
      "(1.000)", // a negative number (§0), no label
      "100 (orang)", // a number with a unit
      "12 (13)", // the label is a number
      "Level 3 (integrated)",
      "A ()",
      "Level 3",
      "(83) Nilai A", // the score is not at the end
      "Nilai A (83) baik",
      "A (1.2.3)",
      "A (83",
      "",
    ])
      expect(parseLabelScore(t), t).toBeNull();
    expect(parseLabelScore(83)).toBeNull();
    expect(parseLabelScore(null)).toBeNull();
  });

  it("labelOf strips the score, and leaves any other text as it is", () => {
    expect(labelOf("Level 3 (3,35)")).toBe("Level 3");
    expect(labelOf("Level 3")).toBe("Level 3");
    expect(labelOf("Level 3 (integrated)")).toBe("Level 3 (integrated)");
  });
});

describe("scoredPair", () => {
  it("numeric only when both carry a score: the LKjIP 2022 Inspektorat Kab. Jombang figures", () => {
    const p = scoredPair("Level 3 (3,35)", "Level 3 (3,157)")!;
    // capaian = realisasi / target × 100 (§2), rounded as the report prints it.
    const c = bulatkan(capaian(p.target.score, p.realisasi.score, "naik"), "ROUND", 2);
    expect(c.eq(new Decimal(3.157).div(3.35).times(100).toDecimalPlaces(2))).toBe(true);
    expect(c.toFixed(2)).toBe("94.24"); // as printed in Tabel 3.3
    const a = scoredPair("Nilai A (83)", "Nilai A (81,59)")!;
    expect(
      bulatkan(capaian(a.target.score, a.realisasi.score, "naik"), "ROUND", 2).toFixed(2)
    ).toBe("98.30");
    expect(scoredPair("Level 3 (3,35)", "Level 3")).toBeNull();
    expect(scoredPair("Level 3", "Level 3 (3,157)")).toBeNull();
    expect(scoredPair("Level 3 (3,35)", 3.157)).toBeNull();
  });

  it("only one score: qualitative on the labels (the score does not make them differ)", () => {
    expect(capaianKualitatif("Level 3 (3,35)", "Level 3").predikat).toBe("Tercapai");
    expect(capaianKualitatif("BB (71,91)", "A").predikat).toBe("Melebihi target");
    expect(capaianKualitatif("A", "BB (71,91)").predikat).toBe("Tidak tercapai");
  });
});
