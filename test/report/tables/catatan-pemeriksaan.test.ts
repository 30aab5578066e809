import { describe, expect, it } from "vitest";
import {
  CATATAN_PEMERIKSAAN_ID,
  catatanPemeriksaan,
} from "../../../src/report/tables/catatan-pemeriksaan";
import { layoutSheet } from "../../../src/report/tables/layout";
import { findingText, temuan } from "../../../src/report/contract/findings";
import type { Finding } from "../../../src/report/contract/findings";

const findings: Finding[] = [
  temuan(
    "CAPAIAN_BEDA",
    {
      kolom: "Capaian",
      milik: { jenis: "indikator", nama: "Persentase X" },
      tertulis: "55,72",
      hitung: "55,73",
      rumus: {
        jenis: "capaian",
        arah: "naik",
        target: "1,31",
        realisasi: "0,73",
        hasil: "55,73",
        pembulatan: "ROUND",
      },
      reason: [],
    },
    { cell: { sheet: "Data IKU", row: 2, col: 10 }, tertulis: "55,72", hitung: "55,73" }
  ),
  temuan(
    "ARAH_MUNGKIN_TURUN",
    {
      nama: "Angka kematian",
      namaCell: { sheet: "Data IKU", row: 4, col: 2 },
      frasa: "angka kematian",
    },
    { cell: { sheet: "Data IKU", row: 4, col: 5 }, hitung: "turun" }
  ),
  // A message that looks like a formula (here an unreadable file's name at its start).
  {
    ...temuan("BERKAS_TIDAK_TERBACA", {
      berkas: '=HYPERLINK("x")',
      gagal: { kode: "BUKAN_XLSX", berkas: '=HYPERLINK("x")', jenis: "bukanZip" },
    }),
    tingkat: "info",
  },
];
const pesan = findings.map((f) => findingText(f, "id"));

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
      [1, "Galat", "'Data IKU'!K3", pesan[0], "55,72", "55,73"],
      [2, "Peringatan", "'Data IKU'!F5", pesan[1], null, "turun"],
      [3, "Info", null, pesan[2], null, null],
    ]);
    for (const row of t.body) for (const c of row.slice(1)) expect(c.kind).toBe("text");
    expect(t.notes[0]).toContain("3 temuan: 1 galat, 1 peringatan, 1 info");
  });

  it("lays out like any table (a formula-looking message stays text)", () => {
    const plan = layoutSheet("Catatan", [t]);
    const r = plan.tables[0].row + 1 + 3; // title line, then the header row
    expect(plan.values[r][3]).toBe(pesan[2]);
    expect(plan.numberFormats[r][3]).toBe("@");
  });

  it("says so when there is nothing", () => {
    const empty = catatanPemeriksaan([]);
    expect(empty.body).toEqual([]);
    expect(empty.notes).toEqual(["Tidak ada temuan."]);
  });
});

describe("catatanPemeriksaan in English (the pane in English Office)", () => {
  const t = catatanPemeriksaan(findings);
  const en = catatanPemeriksaan(findings, "en");

  it("has English headers, severities and messages, the same cells and values", () => {
    expect(en.title).toMatch(/^Findings/);
    expect(en.header.map((r) => r.map((c) => c.value))).toEqual([
      ["No", "Severity", "Location", "Finding", "Written", "Should be"],
    ]);
    expect(en.body.map((r) => r.map((c) => c.value))).toEqual(
      findings.map((f, i) => [
        i + 1,
        ["Error", "Warning", "Note"][i],
        t.body[i][2].value,
        findingText(f, "en"),
        f.nilaiTertulis ?? null,
        f.nilaiHitung ?? null,
      ])
    );
    expect(en.widths).toEqual(t.widths);
    expect(en.notes[0]).toMatch(/^3 findings: 1 error, 1 warning, 1 note\./);
    expect(catatanPemeriksaan([], "en").notes).toEqual(["No findings."]);
  });

  it("has no Indonesian label or note", () => {
    const words = [
      en.title,
      ...en.header.flat().map((c) => String(c.value)),
      ...en.body.map((r) => String(r[1].value)),
      ...en.notes,
    ].join(" ");
    expect(words).not.toMatch(
      /Tingkat|Lokasi|Temuan|Tertulis|Seharusnya|Galat|Peringatan|temuan|galat/
    );
  });

  it("Indonesian stays the default", () => {
    expect(catatanPemeriksaan(findings, "id")).toEqual(t);
  });
});
