/**
 * Input workbooks of a given size for the benchmark: n indicators in sasaran groups of ten, one
 * program with two sub kegiatan per sasaran, an Info block and four belanja lines, so that every
 * table of TABLES.md is built.
 */
import type { InputWorkbookPlan } from "../../src/report/contract/types";

export const TAHUN = 2024;
const GROUP = 10;

type Row = (string | number | null)[];

export function benchInputPlan(n: number): InputWorkbookPlan {
  const sasaranCount = Math.max(1, Math.ceil(n / GROUP));
  const iku: Row[] = [
    [
      "No",
      "Sasaran",
      "Indikator",
      "Satuan",
      "Formulasi",
      "Arah",
      "Target",
      "Realisasi",
      `Realisasi ${TAHUN - 1}`,
      "Target Renstra",
    ],
  ];
  for (let i = 0; i < n; i++) {
    const s = Math.floor(i / GROUP) + 1;
    const target = 60 + (i % 37) + (i % 100) / 100;
    const realisasi = 50 + ((i * 7) % 61) + (i % 13) / 10;
    iku.push([
      i + 1,
      `Meningkatnya kinerja pelayanan sasaran ${s}`,
      `Persentase capaian layanan ke-${i + 1}`,
      "Persen",
      "A/B x 100",
      i % 9 === 0 ? "turun" : "naik",
      target,
      realisasi,
      realisasi - 3,
      target - 1,
    ]);
  }
  const ang: Row[] = [["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"]];
  for (let s = 1; s <= sasaranCount; s++) {
    const program = `Program peningkatan layanan ${s}`;
    const p1 = 100_000_000 + s * 1_000;
    const p2 = 50_000_000 + s * 700;
    ang.push([s, program, null, `Penyediaan sarana ${s}`, p1, Math.round(p1 * 0.93)]);
    ang.push([s, program, null, `Pembinaan petugas ${s}`, p2, Math.round(p2 * 0.88)]);
  }
  const info: Row[] = [
    ["Pengaturan", "Nilai"],
    ["Instansi", "Dinas Uji Kinerja"],
    ["Tahun", TAHUN],
  ];
  const belanja: Row[] = [
    ["Jenis Belanja", "Pagu", "Realisasi"],
    ["Belanja Pegawai", 4_000_000_000, 3_900_000_000],
    ["Belanja Barang dan Jasa", 2_500_000_000, 2_300_000_000],
    ["Belanja Modal", 800_000_000, 760_000_000],
    ["Belanja Hibah", 100_000_000, 90_000_000],
  ];
  const sheet = (name: string, values: Row[]) => ({ name, values });
  const named = (
    name: InputWorkbookPlan["names"][number]["name"],
    sheetName: string,
    values: Row[]
  ) => ({
    name,
    sheet: sheetName,
    row: 0,
    col: 0,
    rows: values.length,
    cols: values[0].length,
  });
  return {
    sheets: [
      sheet("Data IKU", iku),
      sheet("Data Anggaran", ang),
      sheet("Info", info),
      sheet("Belanja", belanja),
    ],
    names: [
      named("LKIP_IKU", "Data IKU", iku),
      named("LKIP_ANGGARAN", "Data Anggaran", ang),
      named("LKIP_INFO", "Info", info),
      named("LKIP_BELANJA", "Belanja", belanja),
    ],
  };
}

/**
 * A regency-sized budget: `lines` sub kegiatan lines (ten per program, a program per sasaran and
 * ten sasaran's worth of indicators), for the .xlsx path's xlsx_ms (issue 14).
 */
export function budgetInputPlan(lines: number): InputWorkbookPlan {
  const base = benchInputPlan(Math.max(10, Math.ceil(lines / 10)));
  const sasaranCount = Math.max(1, Math.ceil(lines / 100));
  const ang: Row[] = [["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"]];
  for (let i = 0; i < lines; i++) {
    const s = (Math.floor(i / 10) % sasaranCount) + 1;
    const program = `Program ${Math.floor(i / 10) + 1} peningkatan layanan sasaran ${s}`;
    const pagu = 10_000_000 + ((i * 7919) % 90_000) * 1_000;
    ang.push([
      s,
      program,
      `Kegiatan ${Math.floor(i / 5) + 1}`,
      `Sub kegiatan penyediaan sarana nomor ${i + 1}`,
      pagu,
      Math.round(pagu * (0.8 + (i % 17) / 100)),
    ]);
  }
  const sheets = base.sheets.map((sh) =>
    sh.name === "Data Anggaran" ? { ...sh, values: ang } : sh
  );
  const names = base.names.map((n) =>
    n.name === "LKIP_ANGGARAN" ? { ...n, rows: ang.length, cols: ang[0].length } : n
  );
  return { sheets, names };
}
