import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import { capaian } from "../../src/core/capaian";
import { efisiensi, nilaiEfisiensi, type EfisiensiRow } from "../../src/core/efisiensi";
import { LkipError } from "../../src/core/errors";
import { Decimal, toDecimal } from "../../src/core/numbers";
import { bulatkan, type Pembulatan } from "../../src/core/rounding";
import { D, expectDec, expectLkip } from "./helpers";

const MODES: Pembulatan[] = ["ROUND", "TRUNC"];
const BATAS = [
  ["tanpa_batas_capaian", false],
  ["batasi_capaian", true],
] as const;

/** The efisiensi row of an IKU as a table prints it: capaian rounded by the policy (src/core/README.md §1). */
function row(iku: (typeof fixture.iku)[number], mode: Pembulatan): EfisiensiRow {
  return {
    pagu: D(iku.pagu),
    capaian: bulatkan(capaian(D(iku.target), D(iku.realisasi)), mode),
    realisasi: D(iku.realisasi_anggaran),
  };
}

const mentah4 = (x: Decimal) => bulatkan(x, "ROUND", 4);

describe("efisiensi — the sample's table (fixture efisiensi_tabel)", () => {
  for (const iku of fixture.iku) {
    for (const mode of MODES) {
      for (const [key, batasi] of BATAS) {
        const exp = iku.expected.efisiensi_tabel[mode][key];
        it(`IKU ${iku.no}, ${mode}, ${key}: mentah ${exp.mentah}, nilai ${exp.nilai}`, () => {
          const e = efisiensi([row(iku, mode)], batasi);
          expectDec(mentah4(e.mentah), exp.mentah);
          expectDec(bulatkan(e.nilai, mode), exp.nilai);
          expect(e.dibatasi).toBe(!e.mentah.eq(e.nilai));
        });
      }
    }
  }
});

describe("efisiensi — a call as written in the fixture (efisiensi_fungsi_contoh)", () => {
  for (const iku of fixture.iku) {
    const contoh = iku.expected.efisiensi_fungsi_contoh as
      { call: string; mentah: string; hasil?: string; hasil_prefix?: string } | undefined;
    if (!contoh) continue;
    it(contoh.call, () => {
      const args = /^EFISIENSI\((.*)\)$/
        .exec(contoh.call)![1]
        .split(";")
        .map((a) => a.trim());
      const [pagu, ck, rak] = args.map((a, i) => (i < 3 ? toDecimal(a, `arg${i}`) : D(0)));
      const batasi = args[3]?.toUpperCase() === "TRUE";
      const e = efisiensi([{ pagu, capaian: ck, realisasi: rak }], batasi);
      expectDec(mentah4(e.mentah), contoh.mentah);
      if (contoh.hasil !== undefined) expectDec(e.nilai, contoh.hasil);
      if (contoh.hasil_prefix !== undefined)
        expect(e.nilai.toFixed()).toMatch(
          new RegExp(`^${contoh.hasil_prefix.replace(".", "\\.")}`)
        );
    });
  }
});

describe("efisiensi — the three sasaran at once (Σ form)", () => {
  const exp = fixture.total_iku.expected.efisiensi_tiga_sasaran_sekaligus;
  for (const mode of MODES) {
    for (const [key, batasi] of BATAS) {
      it(`${mode}, ${key} → ${exp[mode][key]}`, () => {
        const e = efisiensi(
          fixture.iku.map((iku) => row(iku, mode)),
          batasi
        );
        expectDec(mentah4(e.mentah), exp[mode][key]);
        expect(e.dibatasi).toBe(false);
        expect(e.nilai.eq(e.mentah)).toBe(true);
      });
    }
  }

  it("is the Σ form, not a mean of the per-row efisiensi", () => {
    const rows = fixture.iku.map((iku) => row(iku, "ROUND"));
    const perRow = rows.map((r) => efisiensi([r]).mentah);
    const mean = perRow.reduce((a, b) => a.plus(b), D(0)).div(3);
    expect(efisiensi(rows).mentah.eq(mean)).toBe(false);
  });
});

describe("nilai efisiensi NE = 50 + E/20 × 50", () => {
  it("fixture: E = 20 → 100, E = −20 → 0", () => {
    expectDec(nilaiEfisiensi(D(20)), fixture.iku[0].expected.nilai_efisiensi_NE_for_E_20!);
    expectDec(nilaiEfisiensi(D(-20)), fixture.iku[1].expected.nilai_efisiensi_NE_for_E_minus_20!);
  });
  it("E = 0 → 50, E = 10 → 75; beyond the bound it is bounded first", () => {
    expectDec(nilaiEfisiensi(D(0)), 50);
    expectDec(nilaiEfisiensi(D(10)), 75);
    expectDec(nilaiEfisiensi(D("26.57")), 100);
    expectDec(nilaiEfisiensi(D(-59)), 0);
  });
  it("is the ne of a result", () => {
    const e = efisiensi([row(fixture.iku[0], "ROUND")]);
    expectDec(e.ne, 100);
    expect(e.dibatasi).toBe(true);
    expectDec(e.nilai, 20);
  });
});

describe("efisiensi — rules", () => {
  it("E = (PAK×CK − RAK)/(PAK×CK) × 100 on a hand example", () => {
    // PAK 1000, CK 110 % → 1100; RAK 990 → (1100 − 990)/1100 = 10 %
    expectDec(efisiensi([{ pagu: D(1000), capaian: D(110), realisasi: D(990) }]).nilai, 10);
    // capped at 100 %: (1000 − 990)/1000 = 1 %
    expectDec(efisiensi([{ pagu: D(1000), capaian: D(110), realisasi: D(990) }], true).nilai, 1);
  });
  it("batasi_capaian leaves a capaian below 100 as it is", () => {
    const r = { pagu: D(1000), capaian: D(95), realisasi: D(900) };
    expectDec(efisiensi([r], true).mentah, efisiensi([r], false).mentah.toString());
  });
  it("RAK > PAK is allowed", () => {
    expectDec(efisiensi([{ pagu: D(100), capaian: D(100), realisasi: D(110) }]).mentah, -10);
  });
  it("Σ(PAK × CK) = 0 → #DIV/0!", () => {
    expectLkip(() => efisiensi([{ pagu: D(0), capaian: D(100), realisasi: D(5) }]), "#DIV/0!");
    expectLkip(() => efisiensi([{ pagu: D(100), capaian: D(0), realisasi: D(5) }]), "#DIV/0!");
    expectLkip(() => efisiensi([]), "#DIV/0!");
  });
});

describe("negative inputs have no efisiensi (§4)", () => {
  it.each([
    ["pagu", { pagu: D(-100), capaian: D(100), realisasi: D(50) }],
    ["capaian", { pagu: D(100), capaian: D(-5), realisasi: D(50) }],
    ["realisasi_anggaran", { pagu: D(100), capaian: D(100), realisasi: D(-1) }],
  ])("%s negative → #VALUE! naming it", (nama, row) => {
    expectLkip(() => efisiensi([row]), "#VALUE!", new RegExp(`^${nama} negatif`));
  });
  it("names the row of a range", () => {
    const ok = { pagu: D(100), capaian: D(100), realisasi: D(50) };
    expectLkip(
      () => efisiensi([ok, { ...ok, capaian: D(-1) }]),
      "#VALUE!",
      /capaian \(baris 2\) negatif/
    );
  });
});

describe("efisiensi — properties", () => {
  const money = fc.bigInt({ min: 0n, max: 10n ** 13n }).map((k) => D(k.toString()));
  const ck = fc.integer({ min: 0, max: 100_000 }).map((k) => D(k).div(100));
  const row = fc.record({ pagu: money, capaian: ck, realisasi: money });

  it("nilai always within [−20, 20], dibatasi exactly when mentah is outside, NE within [0, 100]", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, batasi) => {
        let e;
        try {
          e = efisiensi(rows, batasi);
        } catch (err) {
          // Only allowed when Σ(PAK × CK) is 0.
          const sum = rows.reduce(
            (a, r) => a.plus(r.pagu.times(batasi && r.capaian.gt(100) ? 100 : r.capaian)),
            D(0)
          );
          return err instanceof LkipError && err.code === "#DIV/0!" && sum.isZero();
        }
        const outside = e.mentah.gt(20) || e.mentah.lt(-20);
        return (
          e.nilai.gte(-20) &&
          e.nilai.lte(20) &&
          e.dibatasi === outside &&
          (outside || e.nilai.eq(e.mentah)) &&
          e.ne.gte(0) &&
          e.ne.lte(100)
        );
      })
    );
  });
});
