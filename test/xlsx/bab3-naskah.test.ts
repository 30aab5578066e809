/**
 * RULES §15 on the chapter the add-in writes: Bab III of the sample, of every real-report fixture
 * and of a 40-indicator workbook, read back by the naskah reader, passes the naskah check with no
 * finding — not a galat, not a peringatan, not an info.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compute } from "../../src/report/compute";
import { periksaNaskah } from "../../src/report/periksa";
import { findingText, formatAddress } from "../../src/report/contract/findings";
import type { Lang } from "../../src/report/contract";
import { bab3FromLoaded } from "../../src/xlsx/bab3";
import { readNaskah } from "../../src/xlsx/naskah";
import { loadXlsx, type LoadedXlsx } from "../../src/xlsx/read";
import { writeInputPlan } from "../../src/xlsx/write";
import { besar } from "../tools/besar";
import { laporanNyata, plan } from "../tools/real-fixtures";

const SAMPLE = resolve(__dirname, "../../assets/contoh-lkip-2024.xlsx");

async function findings(loaded: LoadedXlsx, lang: Lang = "id"): Promise<string[]> {
  const run = await bab3FromLoaded(loaded, lang);
  if (!run.bytes) return [];
  const naskah = await readNaskah(run.bytes, "BAB3.docx");
  expect(naskah.paragraphs.length).toBeGreaterThan(20);
  return periksaNaskah(run.model, naskah, compute(run.model)).map(
    (f) => `${f.kode} ${formatAddress(f)}: ${findingText(f)}`
  );
}

describe("Bab III passes the naskah check (RULES §15) with no finding", () => {
  it("the sample", async () => {
    expect(await findings(await loadXlsx(readFileSync(SAMPLE), SAMPLE))).toEqual([]);
  });

  it.each(laporanNyata())("real report $file", async ({ data }) => {
    const wb = writeInputPlan(plan(data));
    expect(await findings(await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer())))).toEqual([]);
  });

  it("a 40-indicator workbook", async () => {
    expect(await findings({ raw: besar(40) } as LoadedXlsx)).toEqual([]);
  });
});
