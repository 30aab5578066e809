import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import { Decimal } from "../../src/core/numbers";
import { terbilang } from "../../src/core/terbilang";
import { D, expectLkip } from "./helpers";

describe("terbilang — the sample report (fixture)", () => {
  it("total pagu in Rupiah", () => {
    expect(terbilang(D(fixture.belanja.total_pagu), "Rupiah")).toBe(
      fixture.belanja.terbilang_total_pagu
    );
  });
});

describe("terbilang — words (src/core/README.md §7)", () => {
  it.each([
    ["0", "Nol"],
    ["1", "Satu"],
    ["5", "Lima"],
    ["9", "Sembilan"],
    ["10", "Sepuluh"],
    ["11", "Sebelas"],
    ["12", "Dua Belas"],
    ["19", "Sembilan Belas"],
    ["20", "Dua Puluh"],
    ["21", "Dua Puluh Satu"],
    ["99", "Sembilan Puluh Sembilan"],
    ["100", "Seratus"],
    ["101", "Seratus Satu"],
    ["110", "Seratus Sepuluh"],
    ["111", "Seratus Sebelas"],
    ["115", "Seratus Lima Belas"],
    ["200", "Dua Ratus"],
    ["999", "Sembilan Ratus Sembilan Puluh Sembilan"],
    ["1000", "Seribu"],
    ["1001", "Seribu Satu"],
    ["1100", "Seribu Seratus"],
    ["2000", "Dua Ribu"],
    ["10000", "Sepuluh Ribu"],
    ["11000", "Sebelas Ribu"],
    ["21000", "Dua Puluh Satu Ribu"],
    ["100000", "Seratus Ribu"],
    ["101000", "Seratus Satu Ribu"],
    [
      "999999",
      "Sembilan Ratus Sembilan Puluh Sembilan Ribu Sembilan Ratus Sembilan Puluh Sembilan",
    ],
    ["1000000", "Satu Juta"],
    ["1001000", "Satu Juta Seribu"],
    ["1000001", "Satu Juta Satu"],
    ["2500000", "Dua Juta Lima Ratus Ribu"],
    ["100000000", "Seratus Juta"],
    ["1000000000", "Satu Miliar"],
    ["1000000000000", "Satu Triliun"],
    ["1001001001001", "Satu Triliun Satu Miliar Satu Juta Seribu Satu"],
    ["12000000000000", "Dua Belas Triliun"],
    [
      "999999999999999",
      "Sembilan Ratus Sembilan Puluh Sembilan Triliun Sembilan Ratus Sembilan Puluh Sembilan Miliar Sembilan Ratus Sembilan Puluh Sembilan Juta Sembilan Ratus Sembilan Puluh Sembilan Ribu Sembilan Ratus Sembilan Puluh Sembilan",
    ],
  ])("%s → %s", (n, words) => {
    expect(terbilang(D(n))).toBe(words);
  });

  it("a fraction is read Koma digit by digit", () => {
    expect(terbilang(D("12.05"))).toBe("Dua Belas Koma Nol Lima");
    expect(terbilang(D("0.5"))).toBe("Nol Koma Lima");
    expect(terbilang(D("134.32"))).toBe("Seratus Tiga Puluh Empat Koma Tiga Dua");
    expect(terbilang(D("1000.001"))).toBe("Seribu Koma Nol Nol Satu");
  });

  it("negative → Minus", () => {
    expect(terbilang(D(-5))).toBe("Minus Lima");
    expect(terbilang(D("-1000000"), "Rupiah")).toBe("Minus Satu Juta Rupiah");
    expect(terbilang(D("-0.25"))).toBe("Minus Nol Koma Dua Lima");
    expect(terbilang(D("-0"))).toBe("Nol");
  });

  it("satuan is appended as given", () => {
    expect(terbilang(D(0), "Rupiah")).toBe("Nol Rupiah");
    expect(terbilang(D(15), " KK ")).toBe("Lima Belas KK");
    expect(terbilang(D(15), "")).toBe("Lima Belas");
  });

  it("1000 triliun and more → #VALUE! with a message", () => {
    expectLkip(() => terbilang(D("1e15")), "#VALUE!", /terlalu besar/);
    expectLkip(() => terbilang(D("-1e15")), "#VALUE!", /terlalu besar/);
  });
});

// An independent reader of the words, for the round-trip property.
const DIGIT: Record<string, number> = {
  Nol: 0,
  Satu: 1,
  Dua: 2,
  Tiga: 3,
  Empat: 4,
  Lima: 5,
  Enam: 6,
  Tujuh: 7,
  Delapan: 8,
  Sembilan: 9,
};
const BESAR: Record<string, bigint> = {
  Ribu: 10n ** 3n,
  Juta: 10n ** 6n,
  Miliar: 10n ** 9n,
  Triliun: 10n ** 12n,
};

function baca(text: string): string {
  let words = text.split(" ");
  let sign = "";
  if (words[0] === "Minus") {
    sign = "-";
    words = words.slice(1);
  }
  const koma = words.indexOf("Koma");
  const intWords = koma < 0 ? words : words.slice(0, koma);
  const frac =
    koma < 0
      ? ""
      : "." +
        words
          .slice(koma + 1)
          .map((w) => DIGIT[w])
          .join("");
  let total = 0n;
  let group = 0n;
  for (let i = 0; i < intWords.length; i++) {
    const w = intWords[i];
    const next = intWords[i + 1];
    if (w === "Seratus") group += 100n;
    else if (w === "Sepuluh") group += 10n;
    else if (w === "Sebelas") group += 11n;
    else if (w === "Seribu") total += 1000n;
    else if (w in DIGIT) {
      const d = BigInt(DIGIT[w]);
      if (next === "Ratus") group += d * 100n;
      else if (next === "Puluh") group += d * 10n;
      else if (next === "Belas") group += d + 10n;
      else group += d;
      if (next === "Ratus" || next === "Puluh" || next === "Belas") i++;
    } else if (w in BESAR) {
      total += group * BESAR[w];
      group = 0n;
    } else throw new Error(`unexpected word "${w}" in "${text}"`);
  }
  return sign + (total + group).toString() + frac;
}

describe("terbilang — properties", () => {
  it("reads back to the same number (integers up to 999 triliun, with fractions)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }),
        fc.option(fc.stringMatching(/^[0-9]{0,5}[1-9]$/)),
        (int, frac) => {
          const n = D(frac ? `${int}.${frac}` : int.toString());
          return D(baca(terbilang(n))).eq(n);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("uses the se- forms and never 'Satu Ratus/Puluh/Belas/Ribu' nor 'Sejuta'", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (n) => {
        const t = terbilang(new Decimal(n.toString()));
        // "Satu Ribu" only inside a group ("Dua Puluh Satu Ribu"); "Nol" only for 0 itself.
        return (
          !/Satu (Ratus|Puluh|Belas)|(?<!(Puluh|[Rr]atus) )Satu Ribu|Sejuta|Semiliar|Setriliun/.test(
            t
          ) &&
          (t === "Nol" || !t.includes("Nol"))
        );
      }),
      { numRuns: 3000 }
    );
  });
});
