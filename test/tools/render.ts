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
import { PNG } from "pngjs";

const ROOT = resolve(__dirname, "../..");
const INPUT = resolve(ROOT, "out/contoh-lkip-2024-tabel.xlsx");
const OUTPUT = resolve(ROOT, "assets/tabel-contoh.png");

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What is drawn on the page (anything not near-white) plus a margin, or null for a blank page. */
function contentBox(page: PNG, margin = 12): Box | null {
  let [left, top, right, bottom] = [page.width, page.height, -1, -1];
  for (let y = 0; y < page.height; y++) {
    for (let x = 0; x < page.width; x++) {
      const o = (y * page.width + x) * 4;
      if (page.data[o] > 245 && page.data[o + 1] > 245 && page.data[o + 2] > 245) continue;
      [left, top, right, bottom] = [
        Math.min(left, x),
        Math.min(top, y),
        Math.max(right, x),
        Math.max(bottom, y),
      ];
    }
  }
  if (bottom < 0) return null;
  [left, top] = [Math.max(0, left - margin), Math.max(0, top - margin)];
  [right, bottom] = [
    Math.min(page.width - 1, right + margin),
    Math.min(page.height - 1, bottom + margin),
  ];
  return { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** The pages cropped to their content, one under the other, left-aligned on white. */
function stackPages(pages: PNG[], gap = 8): PNG | null {
  const drawn = pages
    .map((page) => ({ page, box: contentBox(page) }))
    .filter((p): p is { page: PNG; box: Box } => p.box !== null);
  if (drawn.length === 0) return null;
  const width = Math.max(...drawn.map((p) => p.box.width));
  const height = drawn.reduce((sum, p) => sum + p.box.height, 0) + gap * (drawn.length - 1);
  const out = new PNG({ width, height });
  out.data.fill(255);
  let y = 0;
  for (const { page, box } of drawn) {
    PNG.bitblt(page, out, box.left, box.top, box.width, box.height, 0, y);
    y += box.height + gap;
  }
  return out;
}

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
    execFileSync(
      "libreoffice",
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        xlsx,
      ],
      { stdio: "pipe" }
    );
    execFileSync("pdftoppm", ["-png", "-r", "80", join(dir, "tabel.pdf"), join(dir, "page")], {
      stdio: "pipe",
    });
    const pages = readdirSync(dir)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
      .map((f) => PNG.sync.read(readFileSync(join(dir, f))));
    const picture = stackPages(pages);
    if (!picture) throw new Error("PDF tidak berisi halaman bertabel");
    // RGB (the pages are opaque), no row filter, zlib's default strategy: about 40 % smaller than
    // pngjs's defaults for this mostly white picture.
    writeFileSync(
      OUTPUT,
      PNG.sync.write(picture, { colorType: 2, filterType: 0, deflateStrategy: 0 })
    );
    console.log(`ditulis: ${OUTPUT} (${pages.length} halaman)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
