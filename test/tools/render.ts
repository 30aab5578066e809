/**
 * `npm run render [masukan.xlsx] [keluaran.png]`: the table sheet of the sample workbook (or of
 * the given one) as a picture, assets/tabel-contoh.png. Only the table sheet is printed, through
 * LibreOffice (Indonesian locale) to PDF (A4 landscape at the scale and page breaks the writer sets), then pdftoppm at 80 dpi;
 * the pages are cropped to their content and stacked into one image.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";
import { readModel } from "../../src/report/model/read-model";
import { tabelSheet } from "../../src/report/tables/sheet";
import { loadXlsx } from "../../src/xlsx/read";
import { tablesXlsx } from "../../src/xlsx/stream-write";
import { writeTablesWorkbook } from "../../src/xlsx/write";
import { besar } from "./besar";

const ROOT = resolve(__dirname, "../..");
// `npm run render -- masukan.xlsx keluaran.png` renders another workbook's table sheet;
// `npm run render -- --besar 40 keluaran.png` the made-up workbook of 40 indicators (besar.ts).
// LKIP_HALAMAN=folder keeps each page as its own picture too, to look at the page breaks.
const BESAR = process.argv[2] === "--besar" ? Number(process.argv[3]) : null;
const args = BESAR === null ? process.argv.slice(2) : [null, ...process.argv.slice(4)];
const INPUT = resolve(ROOT, args[0] ?? "assets/contoh-lkip-2024.xlsx");
const OUTPUT = resolve(ROOT, args[1] ?? "assets/tabel-contoh.png");

/** A LibreOffice user profile setting whose locale is Indonesian (id-ID). */
const LOCALE_ID = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>
`;

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
  // The table sheet is written afresh from the input, as `lkip tabel` writes it: ExcelJS does not
  // read page breaks back, so a re-saved copy of the demo output would lose them.
  const raw =
    BESAR !== null
      ? besar(BESAR)
      : (
          await loadXlsx(readFileSync(INPUT), INPUT).catch(() => {
            throw new Error(`${INPUT} tidak dapat dibaca.`);
          })
        ).raw;
  const plan = tabelSheet(readModel(raw)).plan;

  const dir = mkdtempSync(join(tmpdir(), "lkip-render-"));
  try {
    const xlsx = join(dir, "tabel.xlsx");
    // What `lkip tabel` writes (stream-write.ts); LKIP_EXCELJS=1 renders ExcelJS's workbook of the
    // same plan instead, to compare the two pictures.
    if (process.env.LKIP_EXCELJS) await writeTablesWorkbook(plan).workbook.xlsx.writeFile(xlsx);
    else writeFileSync(xlsx, tablesXlsx(plan).bytes);
    // The Indonesian locale, as the users' Excel shows numbers: 626.877.613 and 69,02.
    mkdirSync(join(dir, "profile/user"), { recursive: true });
    writeFileSync(join(dir, "profile/user/registrymodifications.xcu"), LOCALE_ID);
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
    const keep = process.env.LKIP_HALAMAN;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      pages.forEach((page, i) =>
        writeFileSync(join(keep, `halaman-${i + 1}.png`), PNG.sync.write(page))
      );
    }
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
