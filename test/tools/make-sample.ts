/**
 * `npm run sample`: regenerates the committed sample files from the fixture.
 *   src/report/sample/contoh.json            the trimmed input part of the fixture
 *   assets/contoh-lkip-2024.xlsx      the demo input (typed columns as the report prints them)
 *   test/fixtures/periksa-dicetak.xlsx  the same, for the checker's tests
 *   test/fixtures/periksa-benar.xlsx    typed columns holding the correct values
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import JSZip from "jszip";
import { trimFixture } from "./contoh";

const ROOT = resolve(__dirname, "../..");
// Fixed so that regenerating without data changes leaves the workbook properties unchanged.
const STAMP = new Date(Date.UTC(2025, 1, 1));

/** Every zip entry stamped with STAMP (JSZip stamps "now"), so unchanged data gives unchanged bytes. */
async function fixZipTimes(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  zip.forEach((_, entry) => (entry.date = STAMP));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  const fixture = JSON.parse(
    await readFile(resolve(ROOT, "test/fixtures/lkip-dinsos-batola-2024.json"), "utf8")
  );
  const contohPath = resolve(ROOT, "src/report/sample/contoh.json");
  await writeFile(contohPath, JSON.stringify(trimFixture(fixture), null, 2) + "\n");
  console.log(`ditulis: ${contohPath}`);

  // Imported only now: sample.ts reads the contoh.json just written.
  const { sampleInput } = await import("../../src/report/sample/sample");
  const { writeInputPlan } = await import("../../src/xlsx/write");
  const outputs: [string, "dicetak" | "benar"][] = [
    ["assets/contoh-lkip-2024.xlsx", "dicetak"],
    ["test/fixtures/periksa-dicetak.xlsx", "dicetak"],
    ["test/fixtures/periksa-benar.xlsx", "benar"],
  ];
  for (const [rel, tertulis] of outputs) {
    const workbook = writeInputPlan(sampleInput({ tertulis, rumus: false }));
    workbook.creator = "lkip-excel-addin";
    workbook.created = STAMP;
    workbook.modified = STAMP;
    const path = resolve(ROOT, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await fixZipTimes(Buffer.from(await workbook.xlsx.writeBuffer())));
    console.log(`ditulis: ${path} (${tertulis})`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
