/**
 * The naskah check (RULES §15) on real narratives, not on sentences we wrote: each fixture in
 * test/fixtures/naskah/ holds a report's own paragraphs as printed (its source cited), the
 * workbook of its tables, and the slips a careful reader finds there. The paragraphs become a .docx
 * (the `docx` package, as Word writes it), go through the naskah reader, and every slip must be
 * found at its paragraph with the right figure — and no right figure flagged (the false-alarm count
 * is asserted per fixture).
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/report/model/read-model";
import { periksaNaskah } from "../../../src/report/periksa";
import { formatAddress, type Finding } from "../../../src/report/contract/findings";
import type { LkipModel } from "../../../src/report/model";
import { loadXlsx } from "../../../src/xlsx/read";
import { writeInputPlan } from "../../../src/xlsx/write";
import { readNaskah } from "../../../src/xlsx/naskah";
import { plan, type Laporan } from "../../tools/real-fixtures";
import { sampleRaw } from "../sample/sample-raw";
import { buildDocx, type Block } from "../../xlsx/naskah-files";

interface Expected {
  /** A piece of the paragraph (or table cell) it is in. */
  in: string;
  kode: string;
  tertulis: string;
  hitung?: string;
}

interface NaskahFixture {
  about: string;
  source: { url: string; instansi: string };
  workbook: { sample: { pembulatan: "ROUND" | "TRUNC" } } | { real: string } | { laporan: Laporan };
  naskah: Block[];
  slips: Expected[];
  infos: Expected[];
  falseAlarms: number;
}

const DIR = fileURLToPath(new URL("../../fixtures/naskah/", import.meta.url));
const REAL = fileURLToPath(new URL("../../fixtures/real/", import.meta.url));
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .map((file) => ({ file, data: JSON.parse(readFileSync(DIR + file, "utf8")) as NaskahFixture }));

async function modelOf(w: NaskahFixture["workbook"]): Promise<LkipModel> {
  if ("sample" in w) return readModel(sampleRaw({ pembulatan: w.sample.pembulatan }));
  const l: Laporan = "real" in w ? JSON.parse(readFileSync(REAL + w.real, "utf8")) : w.laporan;
  // Through the .xlsx gate, as the officer's file would come.
  const wb = writeInputPlan(plan(l));
  const loaded = await loadXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
  return readModel(loaded.raw);
}

/** The reader's paragraphs of the blocks, in its numbering (non-empty paragraphs, cells by row). */
function paragraphTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (typeof b === "string") {
      if (b.trim()) out.push(b);
    } else if ("heading" in b) out.push(b.heading);
    else for (const row of b.table) for (const cell of row) if (cell.trim()) out.push(cell);
  }
  return out;
}

describe.each(fixtures)("$file", ({ file, data }) => {
  const name = file.replace(/\.json$/, ".docx");
  const run = async () => {
    const model = await modelOf(data.workbook);
    const naskah = await readNaskah(await buildDocx(data.naskah), name);
    return { naskah, findings: periksaNaskah(model, naskah) };
  };
  const where = (e: Expected) => {
    const n = paragraphTexts(data.naskah).findIndex((t) => t.includes(e.in));
    expect(n, `"${e.in}" is in the fixture's text`).toBeGreaterThanOrEqual(0);
    return `${name} ¶${n + 1}`;
  };
  const matches = (f: Finding, e: Expected) =>
    f.kode === e.kode &&
    formatAddress(f) === where(e) &&
    f.nilaiTertulis === e.tertulis &&
    (e.hitung === undefined || f.nilaiHitung === e.hitung);

  it("cites its source", () => {
    expect(data.source.url).toMatch(/^https:\/\//);
  });

  it("the reader gives the fixture's paragraphs, in order", async () => {
    const { naskah } = await run();
    expect(naskah.paragraphs.map((p) => p.text)).toEqual(
      paragraphTexts(data.naskah).map((t) => t.replace(/\s+/g, " ").trim())
    );
  });

  it("every slip is found at its paragraph with the right figure, quoting it", async () => {
    const { findings, naskah } = await run();
    for (const slip of data.slips) {
      const f = findings.find((x) => matches(x, slip));
      expect(f, `${slip.kode} ${slip.tertulis} → ${slip.hitung} at ${where(slip)}`).toBeDefined();
      expect(f!.tingkat).toBe("galat");
      // The quote is the sentence (or the table row) the figure is in.
      const p = naskah.paragraphs[f!.naskah!.paragraf - 1];
      expect(p.table ? f!.naskah!.kutipan : p.text).toContain(f!.naskah!.kutipan.replace(/…$/, ""));
    }
  });

  it(`no right figure is flagged (false alarms: ${data.falseAlarms})`, async () => {
    const { findings } = await run();
    const alarms = findings.filter(
      (f) => f.tingkat !== "info" && !data.slips.some((s) => matches(f, s))
    );
    expect(alarms.map((f) => `${formatAddress(f)} ${f.kode} ${f.nilaiTertulis}`)).toHaveLength(
      data.falseAlarms
    );
  });

  it("the infos are the expected ones (realisasi called capaian, rounded figures)", async () => {
    const { findings } = await run();
    const infos = findings.filter((f) => f.tingkat === "info");
    for (const e of data.infos)
      expect(
        infos.some((f) => matches(f, e)),
        e.in
      ).toBe(true);
    expect(infos.filter((f) => !data.infos.some((e) => matches(f, e)))).toEqual([]);
  });
});

it("public narratives besides the sample: at least three (the issue asks for three)", () => {
  expect(fixtures.filter((f) => !("sample" in f.data.workbook)).length).toBeGreaterThanOrEqual(3);
});
