import { describe, expect, it } from "vitest";
import { Decimal } from "../../../src/core";
import {
  rekapDuplicates,
  rekapJson,
  rekapRowUnread,
  rekapTotal,
  type RekapRow,
} from "../../../src/report/tables/rekap";
import { rekapSheets } from "../../../src/report/tables/rekap-sheet";

const row = (over: Partial<RekapRow>): RekapRow => ({
  ...rekapRowUnread("x.xlsx", "—"),
  keterangan: null,
  galat: 0,
  peringatan: 0,
  ...over,
});

describe("rekapTotal", () => {
  it("sums pagu and realisasi exactly and takes the serapan of the sums (RULES §5)", () => {
    const rows = [
      row({ pagu: "0.1", realisasi: "0.2" }),
      row({ pagu: "0.2", realisasi: "0.1" }),
      row({ pagu: "1000000", realisasi: "1" }),
      row({}), // no budget: not in the sums, and not a zero
    ];
    const t = rekapTotal(rows);
    expect(t.pagu).toBe("1000000.3");
    expect(t.realisasi).toBe("1.3");
    const exact = new Decimal("1.3").times(100).div("1000000.3");
    expect(t.serapan).toBe(exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString());
    // Not the mean of the three percentages (200, 50, 0.0001).
    expect(Number(t.serapan)).toBeLessThan(1);
  });

  it("has no figures where no file has a budget, and counts only what was read", () => {
    const t = rekapTotal([rekapRowUnread("a.xlsx", "rusak"), row({ indikator: 4, galat: 2 })]);
    expect([t.pagu, t.realisasi, t.serapan]).toEqual([null, null, null]);
    expect([t.indikator, t.galat]).toEqual([4, 2]);
  });
});

describe("rekapDuplicates", () => {
  it("flags a second file of the same instansi and tahun, spacing and case aside", () => {
    const rows = [
      row({ instansi: "Dinas Sosial", tahun: 2024 }),
      row({ instansi: "Dinas Sosial", tahun: 2023 }),
      row({ instansi: "  dinas   sosial ", tahun: 2024 }),
      row({ instansi: null, tahun: 2024 }),
    ];
    expect(rekapDuplicates(rows)).toEqual([{ index: 2, sama: 0 }]);
  });
});

describe("rekapJson", () => {
  it("gives numbers as JSON numbers, absent figures as null, snake_case keys", () => {
    const j = rekapJson(row({ pagu: "1227826990", serapan: "94.01", tidakTercapai: 1 }));
    expect(j.pagu).toBe(1227826990);
    expect(j.serapan).toBe(94.01);
    expect(j.tidak_tercapai).toBe(1);
    expect(j.realisasi).toBeNull();
    expect(Object.keys(j)).toContain("rata_rata_capaian");
  });
});

describe("rekapSheets", () => {
  it("lays out Rekap (a row per file and the total) and Temuan, in either language", () => {
    const rows = [row({ berkas: "a.xlsx", pagu: "10", realisasi: "5" })];
    const temuan = [
      { berkas: "a.xlsx", tingkat: "galat" as const, kode: "K", lokasi: "'D'!A1", pesan: "p" },
    ];
    const [rekap, t] = rekapSheets(rows, temuan);
    expect(rekap.name).toBe("Rekap");
    expect(rekap.values[1].filter((v) => v !== null).slice(0, 3)).toEqual([
      "No",
      "Berkas",
      "Instansi",
    ]);
    const total = rekap.values[3].filter((v) => v !== null);
    expect(total).toContain("Jumlah");
    expect(total).toContain(50);
    expect(t.values.flat()).toContain("'D'!A1");
    const [en] = rekapSheets(rows, temuan, "en");
    expect(en.values[1].filter((v) => v !== null)).toContain("File");
  });
});
