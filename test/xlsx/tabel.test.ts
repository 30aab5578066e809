/**
 * src/xlsx/tabel.ts: the one tables pipeline of `lkip tabel` and the browser page. The workbook it
 * returns from bytes must equal, cell by cell, the file `lkip tabel` writes — for the sample and
 * for randomised hostile workbooks (a few seeds) — and its findings must be `lkip periksa --json`'s.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { findingText, formatAddress } from "../../src/report";
import { tabelXlsx } from "../../src/xlsx";
import { run } from "../cli/run";
import { hostileWorkbook } from "../random/hostile";
import { toXlsx } from "../random/materialize";
import { workbookDifferences } from "./compare";

const SAMPLE = resolve(__dirname, "../../assets/contoh-lkip-2024.xlsx");
let dir: string;
let compared = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lkip-tabel-"));
});

/** What the CLI writes for a file, or null when it writes nothing (exit code 1). */
async function cliTabel(input: string): Promise<Uint8Array | null> {
  const output = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  const r = await run(["tabel", input, "-o", output]);
  if (r.code === 1) return null;
  expect(r.code, r.stderr).toBe(0);
  return new Uint8Array(await readFile(output));
}

describe("tabelXlsx", () => {
  it("gives the sample's workbook exactly as lkip tabel writes it, and lkip periksa's findings", async () => {
    const bytes = new Uint8Array(await readFile(SAMPLE));
    const page = await tabelXlsx(bytes);
    expect(page.bytes).not.toBeNull();
    expect(page.built.tables.length).toBeGreaterThan(5);
    const cli = await cliTabel(SAMPLE);
    expect(await workbookDifferences(page.bytes!, cli!)).toEqual([]);

    const periksa = await run(["periksa", SAMPLE, "--json"]);
    const json = JSON.parse(periksa.stdout) as { kode: string; lokasi: string; pesan: string }[];
    expect(page.findings.map((f) => [f.kode, formatAddress(f), findingText(f, "id")])).toEqual(
      json.map((f) => [f.kode, f.lokasi, f.pesan])
    );
  });

  it("notices a difference (the comparison can fail)", async () => {
    const bytes = new Uint8Array(await readFile(SAMPLE));
    const page = await tabelXlsx(bytes);
    // The input itself lacks the tables sheet: it must not compare equal to the output.
    expect((await workbookDifferences(page.bytes!, bytes)).length).toBeGreaterThan(0);
  });

  for (const seed of [1, 20_240_521, 777]) {
    it(`equals lkip tabel on randomised hostile workbooks (seed ${seed})`, async () => {
      const gens = fc.sample(hostileWorkbook, { seed, numRuns: 4 });
      for (const [i, gen] of gens.entries()) {
        const input = join(dir, `random-${seed}-${i}.xlsx`);
        await writeFile(input, await toXlsx(gen));
        const page = await tabelXlsx(new Uint8Array(await readFile(input)));
        const cli = await cliTabel(input);
        if (cli === null) {
          expect(page.bytes, `seed ${seed} #${i}: the CLI wrote nothing`).toBeNull();
          continue;
        }
        expect(page.bytes, `seed ${seed} #${i}`).not.toBeNull();
        expect(await workbookDifferences(page.bytes!, cli), `seed ${seed} #${i}`).toEqual([]);
        compared++;
      }
    });
  }

  it("compared real tables for some of those random workbooks, not only empty ones", () => {
    expect(compared).toBeGreaterThanOrEqual(3);
  });
});
