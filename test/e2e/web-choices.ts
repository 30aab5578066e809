/**
 * lkip.html's three questions (issue 21) in Chromium: a header the reader cannot resolve (the
 * candidates as radio buttons → "Pakai kolom ini"), no year anywhere (a number input → "Pakai
 * tahun ini"), tied unnamed tables (a button each). Each answer applies to the file shown, is
 * listed as chosen on this page, and gives the workbook `lkip tabel` writes with the same
 * `--kolom`, `--tahun` or `--sumber`, cell by cell; a new upload starts without the answers.
 * Called by web-e2e.ts with its helpers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { workbookDifferences } from "../xlsx/compare";
import { assert, check } from "./checks";

export interface WebHelpers {
  upload: (page: Page, file: string, name: string) => Promise<{ status: string }>;
  cli: (argv: string[]) => Promise<{ code: number; stdout: string }>;
  out: string;
}

type Cell = string | number | null;

async function writeXlsx(
  file: string,
  sheets: Record<string, Cell[][]>,
  names: [string, string][] = []
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      })
    );
  }
  for (const [name, ref] of names) wb.definedNames.add(ref, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const ROWS: Cell[][] = [
  ["Meningkatnya pelayanan", "Persentase desa terlayani air bersih", 80, 88],
  ["Meningkatnya pelayanan", "Panjang jalan kondisi mantap", 64, 60],
];

/** After an answer: the file built again, the answer listed as chosen, the page done. */
async function answered(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = document.getElementById("status")?.textContent ?? "";
      return !document.getElementById("chosenBox")!.hidden && /^(Selesai|Done)\./.test(s);
    },
    null,
    { timeout: 60_000 }
  );
}

/** The page's download must be the CLI's with the same answer, cell by cell. */
async function sameAsCli(page: Page, h: WebHelpers, name: string, input: string, args: string[]) {
  assert(await page.isVisible("#download"), `${name}: no download after the answer`);
  const [d] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const saved = join(h.out, `${name}-browser.xlsx`);
  await d.saveAs(saved);
  const target = join(h.out, `${name}-cli.xlsx`);
  const r = await h.cli(["tabel", input, ...args, "-o", target, "--timpa"]);
  assert(r.code === 0, `${name}: lkip tabel ${args.join(" ")} exit ${r.code}`);
  const diff = await workbookDifferences(
    new Uint8Array(readFileSync(saved)),
    new Uint8Array(readFileSync(target))
  );
  assert(diff.length === 0, `${name}: differs from lkip tabel:\n${diff.join("\n")}`);
}

const chosen = (page: Page) =>
  page.$$eval("#chosen li", (lis) => lis.map((li) => li.textContent ?? ""));

export async function webChoices(browser: Browser, url: string, h: WebHelpers): Promise<void> {
  console.log("lkip.html: the reader's questions (Indonesian, 1024 px)");
  const context = await browser.newContext({
    locale: "id-ID",
    acceptDownloads: true,
    viewport: { width: 1024, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${url}lkip.html`);
  await page.waitForSelector("body[data-ready='1']");

  const kolomFile = await writeXlsx(
    join(h.out, "kolom.xlsx"),
    {
      "Capaian IKU": [
        ["SASARAN", "UKURAN KEBERHASILAN TUJUAN", "KETERANGAN", "TARGET 2024", "REALISASI 2024"],
        ...ROWS.map(([s, i, t, r]) => [s, i, "-", t, r]),
      ],
    },
    [["LKIP_IKU", "'Capaian IKU'!$A$1:$E$3"]]
  );
  await check(
    "a header the reader cannot resolve: the candidates offered; the answer builds",
    async () => {
      const got = await h.upload(page, kolomFile, "kolom-awal");
      assert(/^Selesai\./.test(got.status), got.status);
      assert(!(await page.isVisible("#download")), "a download without an Indikator column");
      const legend = page.locator("#questions legend");
      assert(
        (await legend.innerText()) ===
          "LKIP_IKU: kolom Indikator belum ada. Judul mana yang dimaksud?",
        await legend.innerText()
      );
      const radios = page.getByRole("radio");
      assert((await radios.count()) === 2, `${await radios.count()} candidates`);
      await page
        .getByRole("radio", { name: "UKURAN KEBERHASILAN TUJUAN ('Capaian IKU'!B1)" })
        .waitFor();
      await page.screenshot({ path: join(h.out, "web-kolom.png"), fullPage: true });
      await page.getByRole("button", { name: "Pakai kolom ini" }).click();
      await answered(page);
      const lines = await chosen(page);
      assert(
        lines.join() === "Kolom Indikator = UKURAN KEBERHASILAN TUJUAN (dipilih di halaman ini)",
        lines.join(" | ")
      );
      assert(!(await page.isVisible("#questions")), "still asked after the answer");
      await sameAsCli(page, h, "kolom", kolomFile, [
        "--kolom",
        "Indikator=UKURAN KEBERHASILAN TUJUAN",
      ]);
      await page.screenshot({ path: join(h.out, "web-kolom-dipilih.png"), fullPage: true });
    }
  );

  const tahunFile = await writeXlsx(
    join(h.out, "tanpa-tahun.xlsx"),
    { IKU: [["Sasaran", "Indikator", "Target", "Realisasi"], ...ROWS] },
    [["LKIP_IKU", "IKU!$A$1:$D$3"]]
  );
  await check("no year anywhere: asked with a number input; the year given builds", async () => {
    const got = await h.upload(page, tahunFile, "tahun-awal");
    assert(/^Selesai\./.test(got.status), got.status);
    assert((await chosen(page)).length === 0, "the previous file's answer is still shown");
    assert(!(await page.isVisible("#download")), "a download without a year");
    const input = page.getByRole("spinbutton", { name: "Tahun laporan" });
    await input.fill("20");
    await page.getByRole("button", { name: "Pakai tahun ini" }).click();
    await page.getByText("Isi tahun empat angka, misalnya 2024.").waitFor();
    await input.fill("2023");
    await page.getByRole("button", { name: "Pakai tahun ini" }).click();
    await answered(page);
    assert((await chosen(page)).join() === "Tahun 2023 (dipilih di halaman ini)", "chosen year");
    const summary = (await page.textContent("#summary")) ?? "";
    assert(summary.includes("Tabel LKIP 2023"), summary);
    await sameAsCli(page, h, "tahun", tahunFile, ["--tahun", "2023"]);
  });

  const block = (target: number): Cell[][] => [
    ["Sasaran", "Indikator", "Target 2024", "Realisasi 2024"],
    ["Meningkatnya kualitas jalan", "Persentase jalan mantap", target, 82],
  ];
  const tiedFile = await writeXlsx(join(h.out, "dua-calon.xlsx"), {
    "IKU Murni": block(80),
    "IKU Perubahan": block(100),
  });
  await check("tied unnamed tables: a button each; the one chosen builds", async () => {
    const got = await h.upload(page, tiedFile, "calon-awal");
    assert(/^Selesai\./.test(got.status), got.status);
    assert((await chosen(page)).length === 0, "the previous file's answer is still shown");
    await page.getByText("Beberapa tabel tanpa nama sama cocoknya sebagai LKIP_IKU").waitFor();
    await page.getByRole("button", { name: "Pakai 'IKU Murni'!A1:D2" }).waitFor();
    // No year asked while the table is: the one chosen names it ("Target 2024").
    assert(!(await page.isVisible("#tahunInput")), "the year asked before the table");
    await page.screenshot({ path: join(h.out, "web-calon.png"), fullPage: true });
    await page.getByRole("button", { name: "Pakai 'IKU Perubahan'!A1:D2" }).click();
    await answered(page);
    assert(
      (await chosen(page)).join() === "LKIP_IKU = 'IKU Perubahan'!A1:D2 (dipilih di halaman ini)",
      (await chosen(page)).join()
    );
    await sameAsCli(page, h, "calon", tiedFile, ["--sumber", "LKIP_IKU='IKU Perubahan'!A1:D2"]);
  });

  await check("a new upload of the same file starts without the answers", async () => {
    await h.upload(page, tiedFile, "calon-lagi");
    assert((await chosen(page)).length === 0, "answers kept across uploads");
    assert(await page.isVisible("#questions"), "the question is not asked again");
    assert(!(await page.isVisible("#download")), "a download without an answer");
  });

  await check("no page errors (questions)", async () => {
    assert(errors.length === 0, errors.join("\n"));
  });
  await context.close();
}
