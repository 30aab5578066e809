import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import { capaian } from "../../src/core/capaian";
import { Decimal, parseAngka } from "../../src/core/numbers";
import {
  parseSkala,
  predikat,
  rentang,
  SKALA,
  type Skala,
  type SkalaId,
} from "../../src/core/predikat";
import { bulatkan, type Pembulatan } from "../../src/core/rounding";
import { D, expectLkip } from "./helpers";

const MODES: Pembulatan[] = ["ROUND", "TRUNC"];
const IDS = Object.keys(SKALA) as SkalaId[];
const STEP = D("0.01");

// Independent of the implementation: the grid values on either side of a band's lower bound.
function gridEdge(min: Decimal, inclusive: boolean): { below: Decimal; at: Decimal } {
  const scaled = min.times(100);
  const at = (inclusive ? scaled.ceil() : scaled.floor().plus(1)).div(100);
  return { below: at.minus(STEP), at };
}

describe("the built-in scales are the data of src/core/README.md §3", () => {
  const labels = (s: Skala) => s.bands.map((b) => b.label);
  it("labels exactly as written", () => {
    expect(labels(SKALA.kategori)).toEqual([
      "Sangat baik",
      "Baik",
      "Cukup",
      "Kurang",
      "Sangat kurang",
    ]);
    expect(labels(SKALA.target)).toEqual(["Melebihi target", "Tercapai", "Tidak tercapai"]);
    expect(labels(SKALA.permendagri86)).toEqual([
      "Sangat Tinggi",
      "Tinggi",
      "Sedang",
      "Rendah",
      "Sangat Rendah",
    ]);
    expect(labels(SKALA.sakip)).toEqual(["AA", "A", "BB", "B", "CC", "C", "D"]);
    expect(labels(SKALA.efisiensi)).toEqual(["Efisien", "Tidak efisien"]);
  });
  it("ordered from the highest lower bound down, only the last band unbounded", () => {
    for (const id of IDS) {
      const bands = SKALA[id].bands;
      expect(SKALA[id].id).toBe(id);
      expect(bands[bands.length - 1].min).toBeNull();
      for (let i = 1; i < bands.length - 1; i++)
        expect(bands[i].min!.lte(bands[i - 1].min!)).toBe(true);
    }
  });
});

describe("predikat — the sample report (fixture)", () => {
  for (const iku of fixture.iku) {
    for (const mode of MODES) {
      const c = bulatkan(capaian(D(iku.target), D(iku.realisasi)), mode);
      it(`IKU ${iku.no} (${mode}, capaian ${c.toFixed(2)})`, () => {
        expect(predikat(c, SKALA.target)).toBe(iku.expected.predikat);
        expect(predikat(c, SKALA.kategori)).toBe(iku.expected.kategori_permendagri54);
        expect(predikat(c, SKALA.permendagri86)).toBe(iku.expected.kategori_permendagri86);
      });
    }
  }
  it("SAKIP: the sample's 71,91 → BB", () => {
    const iku = fixture.iku[2];
    expect(predikat(D(iku.realisasi), SKALA.sakip)).toBe(iku.expected.predikat_sakip_for_71_91);
  });
});

describe("every band edge of every scale, on the 2-decimal grid", () => {
  // Half away from zero: the midpoint below+0.005 goes up when positive, down when negative.
  for (const id of IDS) {
    const skala = SKALA[id];
    skala.bands.forEach((band, i) => {
      if (band.min === null) return;
      const lower = skala.bands[i + 1].label;
      const { below, at } = gridEdge(band.min, band.inclusive);
      const mid = below.plus("0.005");
      it(`${id}: ${band.label} ${band.inclusive ? "≥" : ">"} ${band.min}`, () => {
        expect(predikat(at, skala)).toBe(band.label);
        expect(predikat(below, skala)).toBe(lower);
        expect(predikat(below.plus("0.004"), skala)).toBe(lower);
        expect(predikat(mid, skala)).toBe(mid.isPositive() ? band.label : lower);
        expect(predikat(mid.plus("0.0000001"), skala)).toBe(band.label);
        expect(predikat(at.plus("0.004"), skala)).toBe(band.label);
      });
    });
  }

  it("examples from the spec text", () => {
    expect(predikat(D("89.994"), SKALA.kategori)).toBe("Baik");
    expect(predikat(D("89.995"), SKALA.kategori)).toBe("Sangat baik");
    expect(predikat(D(90), SKALA.kategori)).toBe("Sangat baik");
    expect(predikat(D("90.5"), SKALA.permendagri86)).toBe("Sangat Tinggi"); // (90, 91) is Sangat Tinggi
    expect(predikat(D(90), SKALA.permendagri86)).toBe("Tinggi");
    expect(predikat(D("100.004"), SKALA.target)).toBe("Tercapai");
    expect(predikat(D("100.005"), SKALA.target)).toBe("Melebihi target");
    expect(predikat(D("99.995"), SKALA.target)).toBe("Tercapai");
    expect(predikat(D("-0.004"), SKALA.efisiensi)).toBe("Efisien");
    expect(predikat(D("-0.005"), SKALA.efisiensi)).toBe("Tidak efisien");
    expect(predikat(D(-150), SKALA.kategori)).toBe("Sangat kurang"); // negative capaian: lowest band
  });
});

describe("rentang", () => {
  it("as the spec writes it", () => {
    expect(rentang(SKALA.kategori).map((r) => r.rentang)).toEqual([
      "≥ 90,00",
      "75,00 – 89,99",
      "65,00 – 74,99",
      "50,00 – 64,99",
      "< 50,00",
    ]);
    expect(rentang(SKALA.target)).toEqual([
      { label: "Melebihi target", rentang: "> 100,00" },
      { label: "Tercapai", rentang: "= 100,00" },
      { label: "Tidak tercapai", rentang: "< 100,00" },
    ]);
    expect(rentang(SKALA.permendagri86).map((r) => r.rentang)).toEqual([
      "> 90,00",
      "75,01 – 90,00",
      "65,01 – 75,00",
      "50,01 – 65,00",
      "≤ 50,00",
    ]);
  });
});

// Reads a rentang text back as a test on a grid value.
function contains(text: string, v: Decimal): boolean {
  const num = (s: string) => {
    const p = parseAngka(s);
    if (!p.ok) throw new Error(`bad number in rentang "${text}"`);
    return p.value;
  };
  const range = /^(.+) – (.+)$/.exec(text);
  if (range) return v.gte(num(range[1])) && v.lte(num(range[2]));
  const [op, n] = [text.slice(0, 1), num(text.slice(2))];
  switch (op) {
    case "≥":
      return v.gte(n);
    case ">":
      return v.gt(n);
    case "=":
      return v.eq(n);
    case "<":
      return v.lt(n);
    case "≤":
      return v.lte(n);
    default:
      throw new Error(`unknown rentang "${text}"`);
  }
}

describe("every grid value falls in exactly one band of each built-in scale", () => {
  const gridValue = fc.integer({ min: -100_000, max: 100_000 }).map((k) => D(k).div(100));

  for (const id of IDS) {
    it(id, () => {
      const skala = SKALA[id];
      const ranges = rentang(skala);
      fc.assert(
        fc.property(gridValue, (v) => {
          // Membership from the data alone: meets its own bound, not the bound of the band above.
          const meets = (i: number) => {
            const b = skala.bands[i];
            return b.min === null || (b.inclusive ? v.gte(b.min) : v.gt(b.min));
          };
          const members = skala.bands.filter((_, i) => meets(i) && (i === 0 || !meets(i - 1)));
          const inRange = ranges.filter((r) => contains(r.rentang, v));
          return (
            members.length === 1 &&
            inRange.length === 1 &&
            predikat(v, skala) === members[0].label &&
            inRange[0].label === members[0].label
          );
        }),
        { numRuns: 2000 }
      );
    });
  }

  it("including every bound itself and its neighbours", () => {
    for (const id of IDS) {
      const skala = SKALA[id];
      const ranges = rentang(skala);
      for (const b of skala.bands) {
        if (b.min === null) continue;
        for (const v of [b.min.minus(STEP), b.min, b.min.plus(STEP)]) {
          const hits = ranges.filter((r) => contains(r.rentang, v));
          expect(hits.map((h) => h.label)).toEqual([predikat(v, skala)]);
        }
      }
    }
  });
});

describe("parseSkala", () => {
  it.each([
    [null, "kategori"],
    ["", "kategori"],
    ["  ", "kategori"],
    [undefined, "kategori"],
    ["kategori", "kategori"],
    ["KATEGORI", "kategori"],
    ["Target", "target"],
    ["permendagri86", "permendagri86"],
    [" SAKIP ", "sakip"],
    ["efisiensi", "efisiensi"],
    ["permendagri54", "kategori"],
  ])("%j → %s", (v, id) => expect(parseSkala(v)).toBe(SKALA[id as SkalaId]));

  it("a one-cell range is read as its value", () => {
    expect(parseSkala([["Sakip"]])).toBe(SKALA.sakip);
    expect(parseSkala([[null]])).toBe(SKALA.kategori);
    expectLkip(() => parseSkala([[50]]), "#VALUE!");
  });

  it("a Skala object is taken as it is", () => {
    expect(parseSkala(SKALA.sakip)).toBe(SKALA.sakip);
  });

  it.each(["kategory", "54", 86, true])("%j → #VALUE! listing the accepted values", (v) => {
    expectLkip(() => parseSkala(v), "#VALUE!", /kategori, target, permendagri86, sakip, efisiensi/);
  });

  it("passes an Excel error through", () => {
    expectLkip(() => parseSkala({ error: "#REF!" }), "#REF!");
  });
});

describe("a custom 2-column scale (an agency's Perbup)", () => {
  // Rows in no particular order, numbers and texts mixed as a worksheet gives them.
  const rows = [
    [60, "Cukup"],
    ["85,5", "Sangat Memuaskan"],
    [0, "Kurang"],
    ["70", "Memuaskan"],
    [null, ""],
    ["", null],
  ];
  const skala = parseSkala(rows);

  it("is sorted from the highest bound down, lower bounds inclusive, blank rows skipped", () => {
    expect(skala.id).toBe("kustom");
    expect(skala.bands.map((b) => [b.min!.toString(), b.label, b.inclusive])).toEqual([
      ["85.5", "Sangat Memuaskan", true],
      ["70", "Memuaskan", true],
      ["60", "Cukup", true],
      ["0", "Kurang", true],
    ]);
  });

  it("bands on the 2-decimal grid", () => {
    expect(predikat(D("85.495"), skala)).toBe("Sangat Memuaskan");
    expect(predikat(D("85.494"), skala)).toBe("Memuaskan");
    expect(predikat(D(70), skala)).toBe("Memuaskan");
    expect(predikat(D("69.99"), skala)).toBe("Cukup");
    expect(predikat(D("59.994"), skala)).toBe("Kurang");
    expect(predikat(D(0), skala)).toBe("Kurang");
    expect(predikat(D("-0.004"), skala)).toBe("Kurang");
    expect(predikat(D(1000), skala)).toBe("Sangat Memuaskan");
  });

  it("below the lowest bound → #N/A", () => {
    expectLkip(() => predikat(D("-0.005"), skala), "#N/A", /di bawah batas terendah/);
  });

  it("rentang of a custom scale", () => {
    expect(rentang(skala)).toEqual([
      { label: "Sangat Memuaskan", rentang: "≥ 85,50" },
      { label: "Memuaskan", rentang: "70,00 – 85,49" },
      { label: "Cukup", rentang: "60,00 – 69,99" },
      { label: "Kurang", rentang: "0,00 – 59,99" },
    ]);
  });

  it("a bound off the grid is banded as displayed", () => {
    const s = parseSkala([
      ["33,333", "Atas"],
      [0, "Bawah"],
    ]);
    expect(predikat(D("33.33"), s)).toBe("Bawah");
    expect(predikat(D("33.335"), s)).toBe("Atas");
    expect(rentang(s).map((r) => r.rentang)).toEqual(["≥ 33,34", "0,00 – 33,33"]);
  });

  it.each([
    [[[1, "a", "x"]], "#VALUE!", /2 kolom/],
    [[[1]], "#VALUE!", /2 kolom/],
    [[1, "a"], "#VALUE!", /2 kolom/],
    [[[50, ""]], "#VALUE!", /predikat kosong/],
    [[[50, true]], "#VALUE!", /teks/],
    [[["", "Baik"]], "#N/A", /batas bawah/],
    [[["abc", "Baik"]], "#VALUE!", /"abc"/],
    [
      [
        [50, "Baik"],
        ["50,00", "Cukup"],
      ],
      "#VALUE!",
      /dua kali/,
    ],
    [[[null, null]], "#VALUE!", /kosong/],
    [[], "#VALUE!", /kosong/],
    [[[{ error: "#REF!" }, "Baik"]], "#REF!", undefined],
    [[[50, { error: "#N/A" }]], "#N/A", undefined],
  ] as const)("%j → %s", (v, code, msg) => {
    expectLkip(() => parseSkala(v), code, msg);
  });
});
