/**
 * Issue 21 through `lkip tabel`: the year is said (and where it came from), never guessed;
 * --tahun gives it; --kolom reads a header the vocabulary does not know; a missing
 * LKIP_ANGGARAN does not stop the IKU tables (exit 0).
 */
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { setDefinedNames } from "../../src/xlsx/write";
import { run } from "./run";

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false
  );

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lkip-tahun-"));
});

/** An IKU table with the headers given, no LKIP_INFO, no LKIP_ANGGARAN. */
async function workbook(name: string, headers: string[], title?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IKU");
  if (title) ws.getCell("A1").value = title;
  const rows = [headers, ["S1", "Indikator A", 80, 88], ["S1", "Indikator B", 50, 40]];
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 3, c + 1).value = v)));
  setDefinedNames(wb, [{ name: "LKIP_IKU", text: "IKU!$A$3:$D$5" }]);
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

describe("lkip tabel: the year", () => {
  it("with no year anywhere, nothing is written and --tahun is asked for (exit 1)", async () => {
    const input = await workbook("tanpa-tahun.xlsx", [
      "Sasaran",
      "Indikator",
      "Target",
      "Realisasi",
    ]);
    const out = join(dir, "tanpa-tahun-tabel.xlsx");
    const r = await run(["tabel", input, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Tahun laporan tidak diketahui/);
    expect(r.stderr).toMatch(/--tahun/);
    expect(await exists(out)).toBe(false);
  });

  it("--tahun gives it, and lkip says so; a missing LKIP_ANGGARAN is no failure", async () => {
    const input = await workbook("tahun-arg.xlsx", ["Sasaran", "Indikator", "Target", "Realisasi"]);
    const out = join(dir, "tahun-arg-tabel.xlsx");
    const r = await run(["tabel", input, "-o", out, "--tahun", "2022"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tahun laporan 2022, seperti yang dipilih/);
    expect(r.stdout).toMatch(/Tabel LKIP 2022/);
    expect(r.stdout).toMatch(/Tabel 1 .*LKIP_ANGGARAN/);
    expect(await exists(out)).toBe(true);
  });

  it("from a header: 'Target 2021' gives 2021 and names the cell", async () => {
    const input = await workbook("judul.xlsx", [
      "Sasaran",
      "Indikator",
      "Target 2021",
      "Realisasi 2021",
    ]);
    const r = await run(["tabel", input, "-o", join(dir, "judul-tabel.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tahun laporan 2021, dari judul kolom "Target 2021" di 'IKU'!C3/);
  });

  it("from a title above the table", async () => {
    const input = await workbook(
      "judul-lembar.xlsx",
      ["Sasaran", "Indikator", "Target", "Realisasi"],
      "CAPAIAN KINERJA TAHUN 2023"
    );
    const r = await run(["tabel", input, "-o", join(dir, "judul-lembar-tabel.xlsx")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /Tahun laporan 2023, dari judul "CAPAIAN KINERJA TAHUN 2023" di 'IKU'!A1/
    );
  });
});

describe("lkip tabel --kolom", () => {
  it("reads a header the vocabulary does not know as the column named", async () => {
    const input = await workbook("uraian.xlsx", ["Sasaran", "Uraian", "Target", "Realisasi"]);
    const out = join(dir, "uraian-tabel.xlsx");
    const without = await run(["tabel", input, "-o", out, "--tahun", "2024"]);
    expect(without.stdout + without.stderr).toMatch(/Kolom yang mungkin dimaksud: "Uraian"/);
    const r = await run([
      "tabel",
      input,
      "-o",
      out,
      "--tahun",
      "2024",
      "--kolom",
      "indikator=URAIAN",
      "--timpa",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /dibaca sebagai Indikator LKIP_IKU, sesuai Kolom Indikator yang dipilih/
    );
  });

  it("says how to write it when it is malformed (exit 2)", async () => {
    const r = await run(["tabel", "x.xlsx", "-o", join(dir, "y.xlsx"), "--kolom", "Indikator"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Kolom=Judul/);
  });
});
