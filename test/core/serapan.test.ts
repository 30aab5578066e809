import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import { bulatkan, type Pembulatan } from "../../src/core/rounding";
import { serapan } from "../../src/core/serapan";
import { D, expectDec, expectLkip } from "./helpers";

const MODES: Pembulatan[] = ["ROUND", "TRUNC"];

describe("serapan — the sample report (fixture)", () => {
  for (const iku of fixture.iku) {
    for (const mode of MODES) {
      it(`IKU ${iku.no}, ${mode} → ${iku.expected.serapan[mode]}`, () => {
        expectDec(
          bulatkan(serapan([D(iku.pagu)], [D(iku.realisasi_anggaran)]), mode),
          iku.expected.serapan[mode]
        );
      });
    }
  }

  it(`belanja total → ${fixture.belanja.expected_serapan}`, () => {
    const s = serapan([D(fixture.belanja.total_pagu)], [D(fixture.belanja.total_realisasi)]);
    for (const mode of MODES) expectDec(bulatkan(s, mode), fixture.belanja.expected_serapan);
  });

  it("of all programs at once equals that of the totals (ranges are summed first)", () => {
    const pagu = fixture.anggaran.map((a) => D(a.pagu));
    const realisasi = fixture.anggaran.map((a) => D(a.realisasi));
    const total = serapan([D(fixture.belanja.total_pagu)], [D(fixture.belanja.total_realisasi)]);
    expect(serapan(pagu, realisasi).eq(total)).toBe(true);
  });
});

describe("serapan — rules", () => {
  it("Σ realisasi / Σ pagu × 100, not a mean of percentages", () => {
    // 50/100 = 50 % and 900/1000 = 90 %: mean 70 %, but 950/1100 = 86,36…
    const s = serapan([D(100), D(1000)], [D(50), D(900)]);
    expectDec(bulatkan(s, "ROUND"), "86.36");
  });
  it("Σ pagu = 0 → #DIV/0!", () => {
    expectLkip(() => serapan([D(0)], [D(5)]), "#DIV/0!");
    expectLkip(() => serapan([D(5), D(-5)], [D(1), D(1)]), "#DIV/0!");
    expectLkip(() => serapan([], []), "#DIV/0!");
  });
  it("ranges of different lengths → #VALUE!", () => {
    expectLkip(() => serapan([D(1), D(2)], [D(1)]), "#VALUE!", /berukuran sama/);
  });
});

describe("serapan — property", () => {
  it("equals the pagu-weighted mean of the per-line serapan", () => {
    const line = fc.record({
      p: fc.bigInt({ min: 1n, max: 10n ** 12n }),
      r: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const p = lines.map((l) => D(l.p.toString()));
        const r = lines.map((l) => D(l.r.toString()));
        const weighted = lines
          .map((_, i) => serapan([p[i]], [r[i]]).times(p[i]))
          .reduce((a, b) => a.plus(b), D(0))
          .div(p.reduce((a, b) => a.plus(b), D(0)));
        return serapan(p, r).minus(weighted).abs().lt("1e-30");
      })
    );
  });
});
