/**
 * `npm run render:bab3`: the LibreOffice check of Bab III, for the lead and for CI machines that
 * have `libreoffice-writer` and `poppler-utils` (the unit tests parse the .docx instead, so none
 * is skipped). Writes Bab III of the sample, of every real-report fixture and of the 40-indicator
 * workbook to out/bab3/, converts each to PDF with LibreOffice, and fails (exit 1) when one does
 * not open or has no page. Then puts two pages of the sample side by side in assets/bab3-contoh.png.
 * LKIP_HALAMAN=folder keeps every page of every document as a picture, to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";
import { bab3FromLoaded } from "../../src/xlsx/bab3";
import { loadXlsx, type LoadedXlsx } from "../../src/xlsx/read";
import { writeInputPlan } from "../../src/xlsx/write";
import { besar } from "./besar";
import { laporanNyata, plan } from "./real-fixtures";

const ROOT = resolve(__dirname, "../..");
const OUT = resolve(ROOT, "out/bab3");
const PICTURE = resolve(ROOT, "assets/bab3-contoh.png");
/** The sample's pages shown in the README: the start of Bab III and a sasaran's seven items. */
const SHOWN = [2, 4];

async function inputs(): Promise<{ name: string; loaded: LoadedXlsx }[]> {
  const sample = resolve(ROOT, "assets/contoh-lkip-2024.xlsx");
  const out = [{ name: "contoh", loaded: await loadXlsx(readFileSync(sample), sample) }];
  for (const { file, data } of laporanNyata()) {
    const wb = writeInputPlan(plan(data));
    out.push({
      name: `real-${file.replace(/\.json$/, "")}`,
      loaded: await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer())),
    });
  }
  out.push({ name: "besar-40", loaded: { raw: besar(40) } as LoadedXlsx });
  return out;
}

function pages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

function sideBySide(files: string[], output: string): void {
  const imgs = files.map((f) => PNG.sync.read(readFileSync(f)));
  const width = imgs.reduce((a, p) => a + p.width, 0) + 8 * (imgs.length - 1);
  const height = Math.max(...imgs.map((p) => p.height));
  const out = new PNG({ width, height });
  out.data.fill(200);
  let x = 0;
  for (const p of imgs) {
    PNG.bitblt(p, out, 0, 0, p.width, p.height, x, 0);
    x += p.width + 8;
  }
  writeFileSync(output, PNG.sync.write(out));
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const keep = process.env.LKIP_HALAMAN ? resolve(process.env.LKIP_HALAMAN) : null;
  if (keep) mkdirSync(keep, { recursive: true });
  let failed = 0;
  for (const { name, loaded } of await inputs()) {
    const run = await bab3FromLoaded(loaded);
    if (!run.bytes) {
      console.log(`${name}: tidak ada indikator, Bab III tidak dibuat (lkip bab3 keluar 1)`);
      continue;
    }
    const docx = join(OUT, `${name}.docx`);
    writeFileSync(docx, run.bytes);
    execFileSync("libreoffice", ["--headless", "--convert-to", "pdf", "--outdir", OUT, docx], {
      stdio: "ignore",
      timeout: 180_000,
    });
    const pdf = docx.replace(/\.docx$/, ".pdf");
    let n = 0;
    try {
      n = pages(pdf);
    } catch {
      n = 0;
    }
    console.log(`${name}: ${n > 0 ? `${n} halaman` : "TIDAK DIBUKA LibreOffice"}`);
    if (n === 0) failed++;
    if (keep && n > 0) execFileSync("pdftoppm", ["-r", "60", "-png", pdf, join(keep, name)]);
    if (name === "contoh" && n > 0) {
      const prefix = join(OUT, "contoh-halaman");
      execFileSync("pdftoppm", ["-r", "60", "-png", pdf, prefix]);
      const files = readdirSync(OUT)
        .filter((f) => f.startsWith("contoh-halaman-"))
        .sort();
      sideBySide(
        SHOWN.map((i) => join(OUT, files[i - 1])),
        PICTURE
      );
      console.log(`  halaman ${SHOWN.join(" dan ")} → ${PICTURE}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e);
    process.exitCode = 1;
  }
);
