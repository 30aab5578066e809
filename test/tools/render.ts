/**
 * `npm run render`: the demo output's table sheet as a picture, assets/tabel-contoh.png.
 * Only the table sheet is printed (a copy of the workbook without the input sheets), through
 * LibreOffice to PDF (landscape, fit to width, as the writer sets it), then pdftoppm at 80 dpi;
 * the pages are cropped to their content and stacked into one image.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { cropWhite, encodePng, readPpm, stack } from "./png";

const ROOT = resolve(__dirname, "../..");
const INPUT = resolve(ROOT, "out/contoh-lkip-2024-tabel.xlsx");
const OUTPUT = resolve(ROOT, "assets/tabel-contoh.png");

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(INPUT).catch(() => {
    throw new Error(`${INPUT} belum ada: jalankan dulu "npm run demo".`);
  });
  const sheet = workbook.worksheets.find((w) => /^Tabel LKIP/.test(w.name));
  if (!sheet) throw new Error(`tidak ada lembar "Tabel LKIP …" di ${INPUT}`);
  for (const w of [...workbook.worksheets]) if (w !== sheet) workbook.removeWorksheet(w.id);
  // The names point at the removed input sheets.
  workbook.definedNames.model = [];
  // The shared grid of twelve tables is ~250 characters wide: on A4 it prints at about half size,
  // too small to read at 80 dpi. The picture uses A3 (the writer's own setting stays A4).
  sheet.pageSetup.paperSize = 8 as unknown as ExcelJS.PaperSize; // A3 (not in ExcelJS's enum)

  const dir = mkdtempSync(join(tmpdir(), "lkip-render-"));
  try {
    const xlsx = join(dir, "tabel.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    execFileSync("libreoffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, xlsx], { stdio: "pipe" });
    execFileSync("pdftoppm", ["-r", "80", join(dir, "tabel.pdf"), join(dir, "page")], { stdio: "pipe" });
    const pages = readdirSync(dir)
      .filter((f) => /^page-\d+\.ppm$/.test(f))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
      .map((f) => cropWhite(readPpm(readFileSync(join(dir, f)))))
      .filter((p) => p !== null);
    if (pages.length === 0) throw new Error("PDF tidak berisi halaman bertabel");
    writeFileSync(OUTPUT, encodePng(stack(pages)));
    console.log(`ditulis: ${OUTPUT} (${pages.length} halaman)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
