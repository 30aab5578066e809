import { describe, expect, it } from "vitest";
import {
  CATATAN_PEMERIKSAAN_ID,
  catatanPemeriksaan,
} from "../../../src/report/tables/catatan-pemeriksaan";
import { layoutSheet } from "../../../src/report/tables/layout";
import type { Finding } from "../../../src/report/contract/types";

const findings: Finding[] = [
  {
    tingkat: "galat",
    kode: "CAPAIAN_BEDA",
    pesan: "Capaian … Ganti dengan 55,73.",
    lokasi: "'Data IKU'!K3",
    nilai_tertulis: "55,72",
    nilai_hitung: "55,73",
  },
  {
    tingkat: "peringatan",
    kode: "ARAH_MUNGKIN_TURUN",
    pesan: "Indikator …",
    lokasi: "'Data IKU'!F5",
    nilai_hitung: "turun",
  },
  { tingkat: "info", kode: "SUMBER", pesan: '=HYPERLINK("x")', lokasi: "" },
];

describe("catatanPemeriksaan", () => {
  const t = catatanPemeriksaan(findings);

  it("has the columns No · Tingkat · Lokasi · Temuan · Tertulis · Seharusnya", () => {
    expect(t.title).toBe("Catatan Pemeriksaan");
    expect(t.id).toBe(CATATAN_PEMERIKSAAN_ID);
    expect(t.header.map((r) => r.map((c) => c.value))).toEqual([
      ["No", "Tingkat", "Lokasi", "Temuan", "Tertulis", "Seharusnya"],
    ]);
    expect(t.widths).toHaveLength(6);
  });

  it("one row per finding, in order, values as text", () => {
    expect(t.body.map((r) => r.map((c) => c.value))).toEqual([
      [1, "Galat", "'Data IKU'!K3", findings[0].pesan, "55,72", "55,73"],
      [2, "Peringatan", "'Data IKU'!F5", findings[1].pesan, null, "turun"],
      [3, "Info", null, findings[2].pesan, null, null],
    ]);
    for (const row of t.body) for (const c of row.slice(1)) expect(c.kind).toBe("text");
    expect(t.notes[0]).toContain("3 temuan: 1 galat, 1 peringatan, 1 info");
  });

  it("lays out like any table (a formula-looking message stays text)", () => {
    const plan = layoutSheet("Catatan", [t]);
    const r = plan.tables[0].row + 1 + 3; // title line, then the header row
    expect(plan.values[r][3]).toBe(findings[2].pesan);
    expect(plan.numberFormats[r][3]).toBe("@");
  });

  it("says so when there is nothing", () => {
    const empty = catatanPemeriksaan([]);
    expect(empty.body).toEqual([]);
    expect(empty.notes).toEqual(["Tidak ada temuan."]);
  });
});
