/**
 * `lkip bab3`: the same exit codes and output safety as `lkip tabel` — a new .docx that parses as
 * a Word document (word/document.xml with its headings and tables), never the input, never an
 * existing file without --timpa, 1 with a sentence when there is no report to write.
 */
import { copyFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeInputPlan } from "../../src/xlsx/write";
import { laporanNyata, plan } from "../tools/real-fixtures";
import { readDocx } from "../xlsx/docx-read";
import { run } from "./run";

const SAMPLE = resolve(__dirname, "../../assets/contoh-lkip-2024.xlsx");
let dir: string;
const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lkip-bab3-"));
});

describe("lkip bab3", () => {
  it("writes a new .docx of the sample: Word's parts, Heading 1–3, Tabel 3.n; exit 0", async () => {
    const out = join(dir, "BAB3.docx");
    const r = await run(["bab3", SAMPLE, "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Bab III ditulis ke ${out}: 3 sasaran, 12 tabel`);
    const doc = readDocx(new Uint8Array(await readFile(out)));
    expect(doc.parts).toEqual(
      expect.arrayContaining(["[content_types].xml", "word/document.xml", "word/styles.xml"])
    );
    expect(doc.paragraphs.filter((p) => p.style === "Heading3")).toHaveLength(3);
    expect(doc.tables.map((t) => t.caption.split(" ").slice(0, 2).join(" "))).toEqual(
      Array.from({ length: 12 }, (_, i) => `Tabel 3.${i + 1}`)
    );
  });

  it("an existing output: 2 without --timpa (file untouched), 0 with it", async () => {
    const out = join(dir, "ada.docx");
    await writeFile(out, "milik pengguna");
    const r = await run(["bab3", SAMPLE, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sudah ada");
    expect(await readFile(out, "utf8")).toBe("milik pengguna");
    const t = await run(["bab3", SAMPLE, "-o", out, "--timpa"]);
    expect(t.code).toBe(0);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe("PK");
  });

  it("usage: not .docx, the input itself, no -o → 2 and nothing written", async () => {
    const copy = join(dir, "masukan.xlsx");
    await copyFile(SAMPLE, copy);
    const before = await readFile(copy);
    expect((await run(["bab3", copy, "-o", join(dir, "x.xlsx")])).code).toBe(2);
    expect((await run(["bab3", copy, "-o", copy, "--timpa"])).code).toBe(2);
    expect((await run(["bab3", copy])).code).toBe(2);
    expect(await readFile(copy)).toEqual(before);
    expect(await exists(join(dir, "x.xlsx"))).toBe(false);
    expect((await run(["bab3", "--help"])).stdout).toContain("lkip bab3 <masukan.xlsx>");
  });

  it("an unreadable input or no LKIP_IKU → 1 with a sentence, no file", async () => {
    const out = join(dir, "tidak.docx");
    const missing = await run(["bab3", join(dir, "tidak-ada.xlsx"), "-o", out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Berkas tidak ditemukan");
    // The Sumatera Utara fixture is a budget page alone: no indicators, no chapter.
    const sumut = laporanNyata().find((l) => l.file.includes("sumut"))!;
    const input = join(dir, "sumut.xlsx");
    await writeInputPlan(plan(sumut.data)).xlsx.writeFile(input);
    const r = await run(["bab3", input, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Bab III tidak dibuat; tidak ada berkas yang ditulis/);
    expect(await exists(out)).toBe(false);
  });

  it.each(laporanNyata().filter((l) => !l.file.includes("sumut")))(
    "real report $file: a .docx with a heading per sasaran",
    async ({ file, data }) => {
      const input = join(dir, file.replace(/\.json$/, ".xlsx"));
      await writeInputPlan(plan(data)).xlsx.writeFile(input);
      const out = input.replace(/\.xlsx$/, ".docx");
      const r = await run(["bab3", input, "-o", out]);
      expect(r.code, r.stderr).toBe(0);
      const doc = readDocx(new Uint8Array(await readFile(out)));
      expect(doc.paragraphs.filter((p) => p.style === "Heading3").length).toBeGreaterThan(0);
    }
  );
});
