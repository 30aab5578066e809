/**
 * `lkip rekap` over a folder of OPD workbooks of several shapes, a damaged file, a workbook that is
 * not LKIP's and a second copy of one OPD: each row must equal what `lkip periksa --json` and the
 * table sheet of `lkip tabel` give for that file, in input order, and the batch must not stop.
 */
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { InputWorkbookPlan } from "../../src/report/contract/types";
import type { RekapJson } from "../../src/report/tables/rekap";
import { writeInputPlan } from "../../src/xlsx/write";
import { benchInputPlan } from "../bench/workbooks";
import { buildDocx } from "../xlsx/naskah-files";
import { run } from "./run";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = resolve(ROOT, "assets/contoh-lkip-2024.xlsx");

let dir: string;
let opd: string;

/** The bench workbook of n indicators, for another OPD (its own Instansi), without a budget if asked. */
function opdPlan(n: number, instansi: string, budget: boolean): InputWorkbookPlan {
  const plan = benchInputPlan(n);
  const info = plan.sheets.find((s) => s.name === "Info")!;
  info.values = info.values.map((r) => (r[0] === "Instansi" ? ["Instansi", instansi] : r));
  if (!budget) {
    plan.names = plan.names.filter((x) => x.name !== "LKIP_ANGGARAN");
    plan.sheets = plan.sheets.filter((s) => s.name !== "Data Anggaran");
  }
  return plan;
}

async function save(plan: InputWorkbookPlan, path: string): Promise<void> {
  await writeFile(path, Buffer.from(await writeInputPlan(plan).xlsx.writeBuffer()));
}

/** The file names as the folder lists them, in the order the rekap must give. */
const NAMES = [
  "01 Dinas Kesehatan.xlsx",
  "02 dinas-pendidikan.v2.xlsx",
  "03 Dinas Sosial (salinan).xlsx",
  "04 Badan Keuangan Daerah — BPKAD.xlsx",
  "05 rusak.xlsx",
  "06 bukan-lkip.xlsx",
  "07 Kecamatan Gunung Kaler ñ.xlsx",
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lkip-rekap-"));
  opd = join(dir, "OPD Kab Contoh");
  await mkdir(join(opd, "sub folder"), { recursive: true });
  await save(opdPlan(14, "Dinas Kesehatan", true), join(opd, NAMES[0]));
  await save(opdPlan(3, "Dinas Pendidikan", false), join(opd, NAMES[1]));
  await copyFile(SAMPLE, join(opd, NAMES[2]));
  await save(opdPlan(31, "Badan Keuangan Daerah", true), join(opd, NAMES[3]));
  await writeFile(join(opd, NAMES[4]), "PK\u0003\u0004 bukan zip yang utuh");
  const other = new ExcelJS.Workbook();
  other.addWorksheet("Daftar Hadir").addRows([
    ["Nama", "Jabatan"],
    ["Budi", "Kepala Seksi"],
  ]);
  await other.xlsx.writeFile(join(opd, NAMES[5]));
  // The same OPD twice (instansi and tahun of the sample): flagged, not merged.
  await copyFile(SAMPLE, join(opd, "sub folder", NAMES[6]));
  // Excel's lock file and a naskah are not workbooks of the rekap; the naskah is checked with
  // the workbook of its base name (a Renstra slip of the sample report, RULES §15).
  await writeFile(join(opd, "~$01 Dinas Kesehatan.xlsx"), "lock");
  await writeFile(
    join(opd, NAMES[2].replace(/\.xlsx$/, ".docx")),
    await buildDocx([
      "Sasaran 1: Meningkatnya Pemenuhan Kebutuhan Dasar Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)",
      "Capaian terhadap target Renstra tahun 2024 sebesar 134,32%.",
    ])
  );
}, 120_000);

type Row = RekapJson;

/** The figures of the table sheet `lkip tabel` writes for one file. */
async function tableFigures(input: string) {
  const out = join(dir, `tabel-${Math.random().toString(36).slice(2)}.xlsx`);
  const r = await run(["tabel", input, "-o", out]);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => {
    const vals: unknown[] = [];
    row.eachCell((c) => {
      if (!(c.isMerged && c.master.address !== c.address)) vals.push(c.value);
    });
    rows.push(vals);
  });
  // Tables are numbered among those written, so each is found by its name (TABLE_NAMES).
  const tableOf = (nama: string) => {
    const start = rows.findIndex(
      (r) => typeof r[0] === "string" && /^Tabel \d+ — /.test(r[0]) && r[0].includes(` — ${nama} `)
    );
    if (start < 0) return [];
    const end = rows.findIndex(
      (r, i) => i > start && typeof r[0] === "string" && /^Tabel \d+ — /.test(r[0])
    );
    return rows.slice(start, end < 0 ? undefined : end);
  };
  const t3 = tableOf("Jumlah Indikator menurut Predikat Capaian");
  const band = (label: string) => t3.find((r) => r[1] === label)?.[2] ?? null;
  const total9 = tableOf("Program dan Kegiatan Penunjang per Sasaran").find(
    (r) => r[0] === "Total"
  );
  return {
    // The Rata-rata row ends with the mean capaian (mean target and realisasi before it, when printed).
    rata:
      (tableOf("Capaian Indikator Kinerja Utama")
        .find((r) => r[0] === "Rata-rata")
        ?.at(-1) as number) ?? null,
    melebihi: band("Melebihi target"),
    tercapai: band("Tercapai"),
    tidakTercapai: band("Tidak tercapai"),
    pagu: (total9?.[1] as number) ?? null,
    realisasi: (total9?.[2] as number) ?? null,
    serapan: (total9?.[3] as number) ?? null,
  };
}

describe("lkip rekap", () => {
  let rows: Row[];
  let json: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    json = await run(["rekap", opd, "--json"]);
    rows = JSON.parse(json.stdout);
  }, 180_000);

  it("prints only the rows as one JSON array, one row per workbook, in the folder's order", () => {
    expect(json.code).toBe(0);
    const base = "OPD Kab Contoh";
    expect(rows.map((r) => r.berkas)).toEqual([
      ...NAMES.slice(0, 6).map((n) => join(base, n)),
      join(base, "sub folder", NAMES[6]),
    ]);
    // Progress went to stderr, one line per file, "n/7 name".
    for (const r of rows) expect(json.stderr).toContain(`/7 ${r.berkas}`);
  });

  it("gives each readable row the figures of lkip periksa --json and of the table sheet", async () => {
    for (const r of rows.filter((x) => x.galat !== null && x.tabel_tidak_dibuat.length < 13)) {
      const path = join(dir, r.berkas);
      const periksa = JSON.parse((await run(["periksa", path, "--json"])).stdout) as {
        tingkat: string;
      }[];
      expect(r.galat, r.berkas).toBe(periksa.filter((f) => f.tingkat === "galat").length);
      expect(r.peringatan, r.berkas).toBe(periksa.filter((f) => f.tingkat === "peringatan").length);
      const t = await tableFigures(path);
      expect(r.rata_rata_capaian, r.berkas).toBe(t.rata);
      expect([r.melebihi, r.tercapai, r.tidak_tercapai], r.berkas).toEqual([
        t.melebihi,
        t.tercapai,
        t.tidakTercapai,
      ]);
      expect([r.pagu, r.realisasi, r.serapan], r.berkas).toEqual([t.pagu, t.realisasi, t.serapan]);
    }
  }, 240_000);

  it("counts sasaran and indicators, and says which Bab III data each file has", () => {
    const kesehatan = rows[0];
    expect([kesehatan.instansi, kesehatan.tahun, kesehatan.indikator, kesehatan.sasaran]).toEqual([
      "Dinas Kesehatan",
      2024,
      14,
      2,
    ]);
    expect(kesehatan.data_bab3).toEqual(["tahun lalu", "Renstra", "anggaran per sasaran"]);
    const pendidikan = rows[1];
    expect([pendidikan.pagu, pendidikan.realisasi, pendidikan.serapan]).toEqual([null, null, null]);
    expect(pendidikan.tabel_tidak_dibuat).toEqual([1, 8, 9, 10, 11, 13]);
    expect(pendidikan.data_bab3).not.toContain("anggaran per sasaran");
  });

  it("checks a naskah beside its workbook as lkip periksa --laporan does", async () => {
    const sosial = rows[2];
    const path = join(dir, sosial.berkas);
    const naskah = path.replace(/\.xlsx$/, ".docx");
    const alone = JSON.parse((await run(["periksa", path, "--json"])).stdout) as unknown[];
    const withNaskah = JSON.parse(
      (await run(["periksa", path, "--laporan", naskah, "--json"])).stdout
    ) as unknown[];
    expect(sosial.temuan_naskah).toBe(withNaskah.length - alone.length);
    expect(sosial.temuan_naskah).toBeGreaterThan(0);
    // Its workbook's own counts stay the workbook's (the naskah has its own column).
    expect(sosial.galat).toBe(
      alone.filter((f) => (f as { tingkat: string }).tingkat === "galat").length
    );
    expect(rows[0].temuan_naskah).toBeNull();
  });

  it("finds a naskah by its folder's listing: an upper-case extension, a link, a file given", async () => {
    const sosial = rows[2];
    const source = join(dir, sosial.berkas.replace(/\.xlsx$/, ".docx"));
    const lain = await mkdtemp(join(dir, "naskah-"));
    await copyFile(SAMPLE, join(lain, "a.xlsx"));
    await copyFile(source, join(lain, "a.DOCX"));
    await copyFile(SAMPLE, join(lain, "b.xlsx"));
    await symlink(source, join(lain, "b.docx"));
    await copyFile(SAMPLE, join(lain, "c.xlsx"));
    // A folder named like a naskah is not one.
    await mkdir(join(lain, "c.docx"));
    const folder: Row[] = JSON.parse((await run(["rekap", lain, "--json"])).stdout);
    expect(folder.map((r) => r.temuan_naskah)).toEqual([
      sosial.temuan_naskah,
      sosial.temuan_naskah,
      null,
    ]);
    const given: Row[] = JSON.parse(
      (await run(["rekap", join(lain, "a.xlsx"), join(lain, "c.xlsx"), "--json"])).stdout
    );
    expect(given.map((r) => r.temuan_naskah)).toEqual([sosial.temuan_naskah, null]);
  });

  it("makes a damaged file and a non-LKIP workbook rows with the sentence why, and goes on", () => {
    const rusak = rows[4];
    expect(rusak.galat).toBeNull();
    expect(rusak.keterangan).toMatch(/bukan berkas \.xlsx|rusak|tidak dapat dibaca/);
    const bukan = rows[5];
    expect(bukan.indikator).toBeNull();
    expect(bukan.keterangan).toMatch(/LKIP_IKU/);
    expect(bukan.tabel_tidak_dibuat.length).toBeGreaterThan(0);
  });

  it("flags two files of the same instansi and tahun, without merging them", () => {
    const [first, second] = [rows[2], rows[6]];
    expect(second.instansi).toBe(first.instansi);
    expect(second.keterangan).toContain(first.berkas);
    expect(second.indikator).toBe(first.indikator);
    expect(first.keterangan).toBeNull();
  });

  it("writes the rekap workbook (Rekap with a total row, Temuan) and never an input", async () => {
    const before = await readdir(opd);
    const out = join(opd, "rekap.xlsx");
    const r = await run(["rekap", opd, "-o", out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rekap", "Temuan"]);
    const rekap = wb.getWorksheet("Rekap")!;
    const values = (r: number) => (rekap.getRow(r).values as unknown[]).slice(1);
    expect(values(2).slice(0, 3)).toEqual(["No", "Berkas", "Instansi"]);
    const total = values(3 + rows.length);
    expect(total[1]).toBe("Jumlah");
    const withBudget = rows.filter((x) => x.pagu !== null);
    // Σ pagu and Σ realisasi exactly; the serapan of the sums, never a mean of percentages.
    const sum = (k: "pagu" | "realisasi") => withBudget.reduce((n, x) => n + x[k]!, 0);
    expect(total[10]).toBe(sum("pagu"));
    expect(total[11]).toBe(sum("realisasi"));
    expect(total[12]).toBe(Math.round((sum("realisasi") / sum("pagu")) * 10000) / 100);
    const temuan = wb.getWorksheet("Temuan")!;
    const kode = new Set<string>();
    temuan.eachRow((row, i) => {
      if (i > 2) kode.add(String(row.getCell(3).value ?? ""));
    });
    expect(kode).toContain("BERKAS_TIDAK_TERBACA");
    expect(kode).toContain("REKAP_GANDA");
    // A second run refuses to overwrite it; with --timpa it does not read its own output as an OPD.
    expect((await run(["rekap", opd, "-o", out])).code).toBe(2);
    expect((await run(["rekap", opd, "-o", out, "--timpa"])).code).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    expect(again.getWorksheet("Rekap")!.getCell(3 + rows.length, 2).value).toBe("Jumlah");
    expect((await readdir(opd)).sort()).toEqual([...before, "rekap.xlsx"].sort());
  }, 180_000);

  it("refuses an output that is one of the inputs, and a non-.xlsx output", async () => {
    const input = join(opd, NAMES[0]);
    const size = (await stat(input)).size;
    const same = await run(["rekap", input, "-o", input, "--timpa"]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/masukan/);
    expect((await stat(input)).size).toBe(size);
    expect((await run(["rekap", opd, "-o", join(dir, "rekap.csv")])).code).toBe(2);
    expect((await run(["rekap"])).code).toBe(2);
    expect((await run(["rekap", opd])).code).toBe(2);
  });

  it("exits 1 when no file can be read, with every file named", async () => {
    const r = await run(["rekap", join(opd, NAMES[4]), join(dir, "tidak-ada.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    const bad: Row[] = JSON.parse(r.stdout);
    expect(bad.map((x) => x.galat)).toEqual([null, null]);
    expect(bad[1].keterangan).toMatch(/tidak ditemukan/);
    const empty = await mkdtemp(join(dir, "kosong-"));
    expect((await run(["rekap", empty, "--json"])).code).toBe(1);
    expect(await readFile(join(opd, NAMES[2]))).toEqual(await readFile(SAMPLE));
  });
});
