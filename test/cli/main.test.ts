import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import fixture from "../fixtures/lkip-dinsos-batola-2024.json";
import { HOSTILE_TEXTS, hostileWorkbook } from "./hostile";
import { run } from "./run";
import { buildDocx } from "../xlsx/naskah-files";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = resolve(ROOT, "assets/contoh-lkip-2024.xlsx");
let dir: string;
let hostile: string;
let bad: Record<string, string>;

const sha = async (p: string) =>
  createHash("sha256")
    .update(await readFile(p))
    .digest("hex");
const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lkip-cli-"));
  const h = hostileWorkbook();
  hostile = join(dir, "hostile.xlsx");
  await h.workbook.xlsx.writeFile(hostile);
  bad = h.bad;
});

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The table sheet's rows as arrays of values, split into blocks by their "Tabel N — …" title. */
function blocks(ws: ExcelJS.Worksheet): { title: string; rows: unknown[][] }[] {
  const out: { title: string; rows: unknown[][] }[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      // Merged cells repeat their top-left value in ExcelJS; keep each value once.
      row.push(cell.isMerged && cell.master.address !== cell.address ? null : cell.value);
    }
    // A table without a "No" column starts in column B (layout.ts tableOffset).
    const title = row.slice(0, 2).find((v) => typeof v === "string" && /^Tabel \d+ — /.test(v));
    if (typeof title === "string") out.push({ title, rows: [] });
    else out[out.length - 1]?.rows.push(row);
  }
  return out;
}

const block = (bs: ReturnType<typeof blocks>, name: string) => {
  const b = bs.find((x) => x.title.toLowerCase().includes(name.toLowerCase()));
  if (!b) throw new Error(`tidak ada tabel "${name}" di ${bs.map((x) => x.title).join(" | ")}`);
  return b;
};
const rowWith = (b: { rows: unknown[][] }, text: string) => {
  const row = b.rows.find((r) => r.includes(text));
  if (!row) throw new Error(`tidak ada baris "${text}"`);
  return row;
};
const nums = (row: unknown[]) => row.filter((v): v is number => typeof v === "number");

describe("lkip: usage", () => {
  it("--help and <cmd> --help print help and exit 0", async () => {
    for (const argv of [["--help"], ["tabel", "--help"], ["periksa", "-h"], ["demo", "--help"]]) {
      const r = await run(argv);
      expect(r.code, argv.join(" ")).toBe(0);
      expect(r.stdout).toMatch(/lkip/);
      expect(r.stderr).toBe("");
    }
    expect((await run(["periksa", "--help"])).stdout).toMatch(/0 +tidak ada galat/);
  });
  it("usage errors exit 2 with a message on stderr", async () => {
    for (const argv of [
      [],
      ["buat"],
      ["tabel"],
      ["tabel", SAMPLE],
      ["tabel", SAMPLE, "-o"],
      ["tabel", SAMPLE, "-o", join(dir, "x.xlsx"), "--paksa"],
      ["periksa"],
      ["periksa", "a.xlsx", "b.xlsx"],
      ["tabel", SAMPLE, "-o", join(dir, "x.csv")],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expect(r.stdout).toBe("");
    }
  });
});

describe("lkip tabel on the sample", () => {
  it("writes a copy with the table sheet whose numbers are the fixture's expected values", async () => {
    const out = join(dir, "contoh-tabel.xlsx");
    const before = await sha(SAMPLE);
    const r = await run(["tabel", SAMPLE, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(await sha(SAMPLE)).toBe(before);
    expect(r.stdout).toContain("13 tabel ditulis ke lembar 'Tabel LKIP 2024'");

    // A workbook of its own: only the tables; the input keeps everything it had.
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tabel LKIP 2024"]);
    expect(r.stdout).toContain("buku kerja baru");
    expect(r.stdout).not.toMatch(/tidak ikut tersalin/);

    const bs = blocks(wb.getWorksheet("Tabel LKIP 2024")!);
    expect(bs).toHaveLength(13);
    for (const b of bs) expect(b.title).toContain(`${fixture.instansi} Tahun ${fixture.tahun}`);
    const capaian = block(bs, "Capaian Indikator Kinerja Utama");
    for (const i of fixture.iku)
      expect(nums(rowWith(capaian, i.indikator))).toContain(Number(i.expected.capaian.ROUND));
    const e = fixture.total_iku.expected;
    // RULES §6: the sample mixes Persen and Nilai, so only the mean capaian is printed.
    expect(nums(rowWith(capaian, "Rata-rata"))).toEqual(
      [e.capaian_rata2_of_rounded.ROUND].map(Number)
    );

    const predikat = block(bs, "Predikat");
    for (const [label, n] of Object.entries(e.count_by_predikat))
      expect(nums(rowWith(predikat, label))).toEqual([n]);
    const kategori = block(bs, "Jumlah Indikator menurut Kategori");
    for (const [label, n] of Object.entries(e.count_by_kategori_permendagri54))
      expect(nums(rowWith(kategori, label)).at(-1)).toBe(n);

    const efisiensi = block(bs, "Efisiensi");
    for (const i of fixture.iku) {
      const row = nums(rowWith(efisiensi, i.indikator));
      expect(row).toContain(Number(i.expected.serapan.ROUND));
      expect(row).toContain(Number(i.expected.efisiensi_tabel.ROUND.tanpa_batas_capaian.nilai));
    }
    const renstra = block(bs, "Renstra");
    expect(nums(rowWith(renstra, fixture.iku[0].indikator))).toContain(
      Number(fixture.iku[0].expected.capaian_terhadap_renstra)
    );

    const perSasaran = block(bs, "Pagu dan Realisasi Anggaran per Sasaran");
    const total = perSasaran.rows.find((r) =>
      r.some((v) => typeof v === "string" && /^total$/i.test(v))
    )!;
    expect(nums(total)).toEqual([
      Number(fixture.belanja.total_pagu),
      Number(fixture.belanja.total_realisasi),
      Number(fixture.belanja.expected_serapan),
    ]);
    fixture.iku.forEach((i, k) =>
      expect(nums(rowWith(perSasaran, i.sasaran))).toEqual([
        k + 1,
        Number(i.pagu),
        Number(i.realisasi_anggaran),
        Number(i.expected.serapan.ROUND),
      ])
    );

    const belanja = block(bs, "Komposisi Belanja");
    for (const b of fixture.belanja.komposisi)
      expect(nums(rowWith(belanja, b.jenis))).toContain(Number(b.jumlah));
  });

  it("a run on its own output (no LKIP_IKU there) writes nothing and exits 1, as --help says", async () => {
    const first = join(dir, "satu.xlsx");
    const second = join(dir, "dua.xlsx");
    expect((await run(["tabel", SAMPLE, "-o", first])).code).toBe(0);
    const r = await run(["tabel", first, "-o", second]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/LKIP_IKU tidak ditemukan/);
    expect(await exists(second)).toBe(false);
  });
});

describe("lkip tabel: never the input, never an existing file without --timpa", () => {
  it("refuses -o pointing at the input, however spelled", async () => {
    const input = join(dir, "masukan.xlsx");
    await copyFile(SAMPLE, input);
    const before = await sha(input);
    for (const o of [input, join(dir, "sub", "..", "masukan.xlsx")]) {
      const r = await run(["tabel", input, "-o", o, "--timpa"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/masukan/);
    }
    expect(await sha(input)).toBe(before);
  });
  it("refuses to overwrite unless --timpa", async () => {
    const out = join(dir, "ada.xlsx");
    await writeFile(out, "isi lama");
    const r = await run(["tabel", SAMPLE, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--timpa/);
    expect(await readFile(out, "utf8")).toBe("isi lama");
    const t = await run(["tabel", SAMPLE, "-o", out, "--timpa"]);
    expect(t.code).toBe(0);
    expect((await open(out)).getWorksheet("Tabel LKIP 2024")).toBeDefined();
  });
  it("creates the output folder when missing", async () => {
    const out = join(dir, "baru", "dalam", "hasil.xlsx");
    expect((await run(["tabel", SAMPLE, "-o", out])).code).toBe(0);
    expect(await exists(out)).toBe(true);
  });
});

describe("lkip tabel: files that cannot be read, and nothing to write", () => {
  it("a missing, non-xlsx or folder input: exit 1, a plain Indonesian message, no stack trace", async () => {
    const text = join(dir, "teks.xlsx");
    await writeFile(text, "No;Sasaran\n");
    const cases: [string, RegExp][] = [
      [join(dir, "tidak-ada.xlsx"), /tidak ditemukan/],
      [text, /bukan berkas \.xlsx/],
      [dir, /folder/],
    ];
    for (const [input, message] of cases) {
      const out = join(dir, "tak-ditulis.xlsx");
      const r = await run(["tabel", input, "-o", out]);
      expect(r.code, input).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(await exists(out)).toBe(false);
    }
  });
  it("no LKIP_IKU: exit 1, nothing written, the reason said", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Kosong").getCell("A1").value = "tidak ada data";
    const input = join(dir, "kosong.xlsx");
    await wb.xlsx.writeFile(input);
    const out = join(dir, "kosong-tabel.xlsx");
    const r = await run(["tabel", input, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/LKIP_IKU/);
    expect(await exists(out)).toBe(false);
  });
});

describe("lkip tabel on a hostile workbook", () => {
  it("tables for the good rows, every bad row named by its cell, every text written as text", async () => {
    const out = join(dir, "hostile-tabel.xlsx");
    const before = await sha(hostile);
    const r = await run(["tabel", hostile, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(await sha(hostile)).toBe(before);
    for (const cell of Object.keys(bad)) expect(r.stdout, bad[cell]).toContain(cell);

    const wb = await open(out);
    const strings = new Set<string>();
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeFalsy();
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (ws.name.startsWith("Tabel") && typeof cell.value === "string")
            strings.add(cell.value);
        })
      );
    }
    // The user's texts land exactly as typed: indicator names, a program, the satuan.
    for (const t of [...HOSTILE_TEXTS.slice(0, 3), "=SUM(1,2)", "+Sub satu", "+62 811", "@SUM(A1)"])
      expect(strings, t).toContain(t);
    // The good rows made it; the bad ones did not.
    expect(strings).toContain("Baik");
    expect(strings).not.toContain("Angka rusak");
    expect(strings).not.toContain(HOSTILE_TEXTS[3]);
    expect(strings).not.toContain("Program X");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tabel LKIP 2024"]);
  });
});

describe("lkip periksa", () => {
  it("--json prints exactly one JSON array of findings, with the bad cells", async () => {
    const r = await run(["periksa", hostile, "--json"]);
    const parsed = JSON.parse(r.stdout);
    expect(Array.isArray(parsed)).toBe(true);
    for (const f of parsed) {
      expect(Object.keys(f).slice(0, 4)).toEqual(["tingkat", "kode", "pesan", "lokasi"]);
      expect(["galat", "peringatan", "info"]).toContain(f.tingkat);
    }
    const address = parsed.map((f: { lokasi: string }) => f.lokasi);
    for (const cell of Object.keys(bad)) expect(address).toContain(cell);
    expect(r.code).toBe(1);
  });
  it("finds the sample report's slips at their cells (fixture discrepancies), exit 1", async () => {
    const r = await run(["periksa", resolve(ROOT, "test/fixtures/periksa-dicetak.xlsx"), "--json"]);
    const galat = (JSON.parse(r.stdout) as { tingkat: string; lokasi: string }[])
      .filter((f) => f.tingkat === "galat")
      .map((f) => f.lokasi);
    // Capaian 55,72 (truncated) and its kategori "Sangat kurang", indicator 2 in row 3; the
    // Rehabilitasi Sosial total realisasi 1.090.111.598 in the first budget row.
    expect(galat).toEqual(
      expect.arrayContaining(["'Data IKU'!K3", "'Data IKU'!L3", "'Data Anggaran'!F2"])
    );
    expect(r.code).toBe(1);
  });
  it("exit 0 when there is no galat", async () => {
    const r = await run(["periksa", resolve(ROOT, "test/fixtures/periksa-benar.xlsx"), "--json"]);
    const parsed: { tingkat: string }[] = JSON.parse(r.stdout);
    expect(parsed.filter((f) => f.tingkat === "galat")).toEqual([]);
    expect(r.code).toBe(0);
  });
  it("an unreadable file: still one JSON array with --json, exit 1", async () => {
    const r = await run(["periksa", join(dir, "tidak-ada.xlsx"), "--json"]);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ tingkat: "galat", kode: "BERKAS_TIDAK_TERBACA", lokasi: "" }),
    ]);
    expect(r.code).toBe(1);
    const plain = await run(["periksa", join(dir, "tidak-ada.xlsx")]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/tidak ditemukan/);
  });
  it("without --json: one line per finding with its address", async () => {
    const r = await run(["periksa", hostile]);
    expect(r.code).toBe(1);
    for (const cell of Object.keys(bad))
      expect(r.stdout).toMatch(new RegExp(`GALAT ${cell.replace(/[$'!]/g, "\\$&")}: `));
  });
});

describe("lkip periksa --laporan (the naskah, RULES §15)", () => {
  const renstra = "Capaian terhadap target Renstra tahun 2024 sebesar 134,32%.";
  it("adds the naskah's findings to the workbook's, each at '{file} ¶{n}' with its sentence", async () => {
    const naskah = join(dir, "Bab III.docx");
    await writeFile(
      naskah,
      await buildDocx([
        "Sasaran 1: Meningkatnya Pemenuhan Kebutuhan Dasar Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)",
        renstra,
      ])
    );
    const alone = JSON.parse((await run(["periksa", SAMPLE, "--json"])).stdout) as unknown[];
    const r = await run(["periksa", SAMPLE, "--laporan", naskah, "--json"]);
    const parsed = JSON.parse(r.stdout) as Record<string, string>[];
    expect(parsed.length).toBe(alone.length + 1);
    expect(parsed).toContainEqual(
      expect.objectContaining({
        tingkat: "galat",
        kode: "NASKAH_ANGKA_BEDA",
        lokasi: `${naskah} ¶2`,
        kutipan: renstra,
        nilai_tertulis: "134,32",
        nilai_hitung: "135,38",
      })
    );
    expect(r.code).toBe(1);
    const plain = await run(["periksa", SAMPLE, `--laporan=${naskah}`]);
    expect(plain.stdout).toContain(
      `GALAT ${naskah} ¶2: Naskah menulis capaian terhadap target Renstra`
    );
    expect(plain.stdout).toContain(`“${renstra}”`);
  });
  it("a naskah that cannot be read is one galat naming it; the workbook is still checked", async () => {
    const bad = join(dir, "rusak.docx");
    await writeFile(bad, "bukan dokumen");
    const r = await run(["periksa", SAMPLE, "--laporan", bad, "--json"]);
    const parsed = JSON.parse(r.stdout) as Record<string, string>[];
    expect(parsed.filter((f) => f.kode === "NASKAH_TIDAK_TERBACA")).toEqual([
      expect.objectContaining({ tingkat: "galat", pesan: expect.stringContaining(bad) }),
    ]);
    expect(parsed.some((f) => f.kode !== "NASKAH_TIDAK_TERBACA")).toBe(true);
    expect(r.code).toBe(1);
    const missing = await run([
      "periksa",
      SAMPLE,
      "--laporan",
      join(dir, "tidak-ada.docx"),
      "--json",
    ]);
    expect(JSON.parse(missing.stdout)).toContainEqual(
      expect.objectContaining({
        kode: "NASKAH_TIDAK_TERBACA",
        pesan: expect.stringMatching(/tidak ditemukan/),
      })
    );
  });
  it("--laporan without a file is a usage error (exit 2)", async () => {
    const r = await run(["periksa", SAMPLE, "--laporan"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--laporan perlu nama berkas/);
  });
});

describe("lkip demo", () => {
  it("writes out/contoh-lkip-2024-tabel.xlsx under the root, overwriting its own output", async () => {
    const root = join(dir, "proyek");
    await mkdir(join(root, "assets"), { recursive: true });
    await copyFile(SAMPLE, join(root, "assets/contoh-lkip-2024.xlsx"));
    for (let k = 0; k < 2; k++) {
      const r = await run(["demo"], root);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(join(root, "out/contoh-lkip-2024-tabel.xlsx"));
    }
    expect(
      (await open(join(root, "out/contoh-lkip-2024-tabel.xlsx"))).getWorksheet("Tabel LKIP 2024")
    ).toBeDefined();
  });
});
