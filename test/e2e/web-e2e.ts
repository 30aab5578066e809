/**
 * End-to-end test of the browser page (dist/lkip.html) in Debian's Chromium: upload the sample and
 * a few randomised workbooks with setInputFiles, take the download, and compare it cell by cell
 * with what `lkip tabel` writes for the same file; the findings listed must be `lkip periksa`'s.
 * Also: the page can open no connection (its CSP), it speaks Indonesian or English after the
 * browser's language, and it fits a laptop's width. Run after `npm run build`
 * (`npm run test:e2e:web`; built here when dist/lkip.html is missing). `-- --update-screenshot`
 * also copies the screenshot to assets/lkip-web.png.
 */
import { execSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { main as lkip } from "../../src/cli/main";
import { findingText, reasonText } from "../../src/report";
import { tabelXlsx } from "../../src/xlsx";
import { hostileWorkbook } from "../random/hostile";
import { toXlsx } from "../random/materialize";
import { workbookDifferences } from "../xlsx/compare";
import { openZip } from "../../src/xlsx/zip";
import { readPartText } from "../xlsx/docx-read";
import { launch } from "./browser";
import { serve } from "./serve";
import { assert, check, summary } from "./checks";
import { buildDocx, buildPdf } from "../xlsx/naskah-files";
import { webChoices } from "./web-choices";

const root = resolve(__dirname, "../..");
const dist = join(root, "dist");
const out = join(root, "out/e2e/web");
const SAMPLE = join(root, "assets/contoh-lkip-2024.xlsx");

async function cli(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await lkip(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => undefined },
  });
  return { code, stdout };
}

interface Upload {
  status: string;
  download: Uint8Array | null;
  findings: string[];
}

/** Uploads one file, waits until the page is done, and takes the download when it offers one. */
async function upload(page: Page, file: string, name: string, timeout = 60_000): Promise<Upload> {
  await page.setInputFiles("#file", file);
  await page.waitForFunction(
    () => {
      const s = document.getElementById("status");
      return s && (s.classList.contains("error") || /^(Selesai|Done)\./.test(s.textContent ?? ""));
    },
    null,
    { timeout }
  );
  const status = (await page.textContent("#status")) ?? "";
  const findings = await page.$$eval("#findings li", (lis) =>
    lis.map((li) => li.textContent ?? "")
  );
  let download: Uint8Array | null = null;
  if (await page.isVisible("#download")) {
    const [d] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const saved = join(out, `${name}-browser.xlsx`);
    await d.saveAs(saved);
    assert(/-tabel\.xlsx$/.test(d.suggestedFilename()), `download name ${d.suggestedFilename()}`);
    download = new Uint8Array(readFileSync(saved));
  }
  return { status, download, findings };
}

/** The browser's workbook must be the CLI's, cell by cell; its findings lkip periksa's. */
async function sameAsCli(page: Page, file: string, name: string): Promise<boolean> {
  const got = await upload(page, file, name);
  const target = join(out, `${name}-cli.xlsx`);
  const t = await cli(["tabel", file, "-o", target, "--timpa"]);
  if (t.code === 1) {
    assert(got.download === null, `${name}: the CLI wrote nothing, the page offered a download`);
  } else {
    assert(t.code === 0, `${name}: lkip tabel exit code ${t.code}`);
    assert(got.download !== null, `${name}: no download (status: ${got.status})`);
    const diff = await workbookDifferences(got.download, new Uint8Array(readFileSync(target)));
    assert(diff.length === 0, `${name}: differs from lkip tabel:\n${diff.join("\n")}`);
  }
  const p = await cli(["periksa", file, "--json"]);
  const json = JSON.parse(p.stdout) as { lokasi: string; pesan: string }[];
  assert(
    got.findings.length === json.length,
    `${name}: ${got.findings.length} findings on the page, ${json.length} from lkip periksa`
  );
  json.forEach((f, i) =>
    assert(
      got.findings[i].endsWith(f.pesan) && got.findings[i].includes(f.lokasi),
      `${name}: finding ${i + 1} on the page is "${got.findings[i]}", lkip periksa says "${f.lokasi}: ${f.pesan}"`
    )
  );
  return t.code === 0;
}

/**
 * A 24 MB workbook: a small LKIP_IKU (a defined name on "Data IKU") and
 * 200,000 rows of attachments on a sheet that is no source — what froze the page for seconds.
 * Written by ExcelJS's streaming writer, so the test itself stays light.
 */
async function bigWorkbook(file: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const iku = wb.addWorksheet("Data IKU");
  // The year in the headers: a workbook without one gets no tables (it is never guessed).
  iku.addRow(["Sasaran", "Indikator", "Satuan", "Target 2024", "Realisasi 2024"]).commit();
  for (let i = 1; i <= 5; i++)
    iku.addRow([`Sasaran ${i}`, `Indikator ${i}`, "Persen", 80 + i, 78 + i * 2]).commit();
  await iku.commit();
  wb.definedNames.add("'Data IKU'!$A$1:$E$6", "LKIP_IKU");
  const lampiran = wb.addWorksheet("Lampiran");
  for (let r = 0; r < 200_000; r++) {
    const row: (string | number)[] = [r + 1];
    for (let c = 0; c < 11; c++)
      row.push(
        c % 3 === 0
          ? ((r * 7919 + c * 104_729) % 1_000_003) / 7
          : `ket ${r}-${c} ${(r * 31 + c * 17) % 9973} ${(r * c) % 7919}`
      );
    lampiran.addRow(row).commit();
  }
  await lampiran.commit();
  await wb.commit();
  return readFileSync(file).length;
}

async function run(browser: Browser, url: string): Promise<void> {
  console.log("lkip.html (Indonesian browser, laptop width)");
  const requests: string[] = [];
  const context = await browser.newContext({
    locale: "id-ID",
    acceptDownloads: true,
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${url}lkip.html`);
  await page.waitForSelector("body[data-ready='1']");

  await check("speaks Indonesian and says that nothing is sent anywhere", async () => {
    assert((await page.textContent("h1")) === "LKIP di browser", "title");
    const privacy = (await page.textContent(".privacy")) ?? "";
    assert(
      /tidak dikirim ke mana pun/.test(privacy) && /connect-src 'none'/.test(privacy),
      privacy
    );
  });

  await check("the sample: the download equals lkip tabel's workbook cell by cell", async () => {
    assert(await sameAsCli(page, SAMPLE, "contoh"), "the sample must give tables");
    const summary = (await page.textContent("#summary")) ?? "";
    assert(/13 tabel ditulis ke lembar "Tabel LKIP 2024"/.test(summary), summary);
  });

  await check(
    "the sample: Unduh Bab III gives the .docx lkip bab3 writes (same document.xml)",
    async () => {
      const link = page.locator("#downloadBab3");
      assert(await link.isVisible(), "no Bab III download beside the workbook");
      assert((await link.textContent()) === "Unduh Bab III (.docx)", `${await link.textContent()}`);
      const [d] = await Promise.all([page.waitForEvent("download"), link.click()]);
      assert(d.suggestedFilename() === "contoh-lkip-2024-bab3.docx", d.suggestedFilename());
      const saved = join(out, "contoh-bab3-browser.docx");
      await d.saveAs(saved);
      const cliOut = join(out, "contoh-bab3-cli.docx");
      assert((await cli(["bab3", SAMPLE, "-o", cliOut, "--timpa"])).code === 0, "lkip bab3 failed");
      const part = (f: string) =>
        readPartText(openZip(new Uint8Array(readFileSync(f))), "word/document.xml");
      const browser = part(saved);
      assert(browser !== null && browser === part(cliOut), "document.xml differs from lkip bab3's");
      assert(browser!.includes("capaian terhadap Renstra sebesar"), "not the Indonesian chapter");
    }
  );

  await check(
    "Periksa naskah: a .docx and a PDF beside the workbook, findings by paragraph with the quote, as lkip periksa --laporan",
    async () => {
      const renstra = "Capaian terhadap target Renstra tahun 2024 sebesar 134,32%.";
      const docx = join(out, "Bab III.docx");
      writeFileSync(
        docx,
        await buildDocx([
          "Sasaran 1: Meningkatnya Pemenuhan Kebutuhan Dasar Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)",
          renstra,
        ])
      );
      const pdf = join(out, "Bab III.pdf");
      writeFileSync(
        pdf,
        buildPdf([["Sasaran 1 capaian terhadap target Renstra", "sebesar 134,32%."]])
      );
      const scan = join(out, "pindai.pdf");
      writeFileSync(scan, buildPdf([[""]], { scan: true }));
      const naskah = async (file: string) => {
        await page.setInputFiles("#naskahFile", file);
        await page.waitForFunction(
          () =>
            /temuan|lapisan teks|tidak dapat/.test(
              document.getElementById("naskahStatus")?.textContent ?? ""
            ),
          null,
          { timeout: 60_000 }
        );
        return {
          status: (await page.textContent("#naskahStatus")) ?? "",
          items: await page.$$eval("#naskahFindings li", (lis) =>
            lis.map((li) => li.textContent ?? "")
          ),
        };
      };
      const d = await naskah(docx);
      const json = JSON.parse(
        (await cli(["periksa", SAMPLE, "--laporan", docx, "--json"])).stdout
      ) as {
        kode: string;
      }[];
      const fromCli = json.filter((f) => f.kode.startsWith("NASKAH_")).length;
      assert(
        d.items.length === fromCli,
        `${d.items.length} findings in the page, ${fromCli} from lkip periksa`
      );
      assert(
        d.items.some(
          (t) => t.includes("Bab III.docx ¶2") && t.includes("135,38") && t.includes(renstra)
        ),
        d.items.join("\n")
      );
      const p = await naskah(pdf);
      assert(
        p.items.some((t) => t.includes("Bab III.pdf ¶1") && t.includes("135,38")),
        p.items.join("\n")
      );
      const s = await naskah(scan);
      assert(/lapisan teks/.test(s.status), s.status);
    }
  );

  await check("fits a laptop's width (1280 and 1024 px) with the results shown", async () => {
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 720 });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(wide <= width, `${wide} px wide at ${width}`);
    }
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.screenshot({ path: join(out, "lkip-web.png") });
    if (process.argv.includes("--update-screenshot"))
      copyFileSync(join(out, "lkip-web.png"), join(root, "assets/lkip-web.png"));
  });

  await check("randomised workbooks (seeds 1, 20240521): the same as lkip tabel", async () => {
    let withTables = 0;
    for (const seed of [1, 20_240_521]) {
      for (const [i, gen] of fc.sample(hostileWorkbook, { seed, numRuns: 3 }).entries()) {
        const file = join(out, `random-${seed}-${i}.xlsx`);
        writeFileSync(file, await toXlsx(gen));
        if (await sameAsCli(page, file, `random-${seed}-${i}`)) withTables++;
      }
    }
    assert(withTables >= 2, `only ${withTables} random workbooks gave tables`);
  });

  await check(
    "the results name their file; a new upload clears them and the download first",
    async () => {
      await upload(page, SAMPLE, "contoh-again");
      const named = (await page.textContent("#resultFile")) ?? "";
      assert(named.includes("contoh-lkip-2024.xlsx"), `results for: ${named}`);
      const broken = join(out, "rusak.xlsx");
      writeFileSync(broken, "PK bukan zip");
      await page.setInputFiles("#file", broken);
      // At once, before the broken file is even read: nothing of the previous file is offered.
      assert(!(await page.isVisible("#result")), "the previous results are gone");
      assert(!(await page.isVisible("#download")), "the previous download is gone");
      await page.waitForFunction(() =>
        document.getElementById("status")?.classList.contains("error")
      );
      assert(!(await page.isVisible("#result")), "no results for the broken file");
      assert(
        (await page.getAttribute("#download", "href")) === null,
        "the previous file's download link is removed"
      );
    }
  );

  await check(
    "a 24 MB workbook (200,000 rows off the sources): no task over 200 ms, steps shown",
    async () => {
      const file = join(out, "besar-24mb.xlsx");
      const bytes = await bigWorkbook(file);
      assert(
        bytes > 20 * 1024 * 1024,
        `the workbook is only ${Math.round(bytes / 1024 / 1024)} MB`
      );
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[]; steps: string[] };
        w.longTasks = [];
        w.steps = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push(e.duration);
        }).observe({ type: "longtask" });
        new MutationObserver(() =>
          w.steps.push(document.getElementById("status")?.textContent ?? "")
        ).observe(document.getElementById("status")!, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      const started = Date.now();
      const got = await upload(page, file, "besar-24mb", 600_000);
      assert(/^Selesai\./.test(got.status) && got.download !== null, got.status);
      const { longTasks, steps } = await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[]; steps: string[] };
        return { longTasks: w.longTasks, steps: w.steps };
      });
      const worst = Math.max(0, ...longTasks);
      console.log(
        `    24 MB: ${Math.round((Date.now() - started) / 1000)} s, longest main-thread task ${Math.round(worst)} ms (${longTasks.length} over 50 ms); steps: ${[...new Set(steps)].join(" → ")}`
      );
      assert(worst <= 200, `a task of ${Math.round(worst)} ms blocked the page`);
      assert(
        steps.some((x) => /^Membaca lembar 1 dari 1…/.test(x)) &&
          steps.some((x) => /^Membuat/.test(x)),
        steps.join(" | ")
      );
      // Responsive meanwhile is what the long tasks say; the results name this file.
      assert(((await page.textContent("#resultFile")) ?? "").includes("besar-24mb.xlsx"), "named");
    }
  );

  await check("says plainly when a file is not a workbook", async () => {
    const file = join(out, "bukan.xlsx");
    writeFileSync(file, "Sasaran;Indikator\n");
    const got = await upload(page, file, "bukan");
    assert(/bukan\.xlsx bukan berkas \.xlsx/.test(got.status), got.status);
    assert(got.download === null, "no download for a broken file");
  });

  await check("many files: the rekap equals lkip rekap's workbook cell by cell", async () => {
    const folder = join(out, "rekap");
    mkdirSync(folder, { recursive: true });
    const names = [
      "contoh.xlsx",
      "rusak berkas.xlsx",
      "Dinas Uji ñ.v2.xlsx",
      "catatan.txt",
      "contoh.docx",
    ];
    copyFileSync(SAMPLE, join(folder, names[0]));
    writeFileSync(join(folder, names[1]), "PK bukan zip");
    writeFileSync(
      join(folder, names[2]),
      await toXlsx(fc.sample(hostileWorkbook, { seed: 7, numRuns: 1 })[0])
    );
    writeFileSync(join(folder, names[3]), "bukan buku kerja");
    // The sample's naskah beside it, with the report's Renstra slip (RULES §15).
    writeFileSync(
      join(folder, names[4]),
      await buildDocx([
        "Sasaran 1: Meningkatnya Pemenuhan Kebutuhan Dasar Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)",
        "Capaian terhadap target Renstra tahun 2024 sebesar 134,32%.",
      ])
    );
    await page.setInputFiles(
      "#file",
      names.map((n) => join(folder, n))
    );
    await page.waitForFunction(
      () => /^(Selesai|Done)\./.test(document.getElementById("status")?.textContent ?? ""),
      null,
      { timeout: 120_000 }
    );
    const rows = await page.$$eval("#rekapTable tr", (trs) => trs.length - 1);
    assert(rows === 3, `${rows} rows in the page's rekap`);
    assert(await page.isVisible("#rekapSkipped"), "the .txt is named as skipped");
    const skipped = (await page.textContent("#rekapSkipped")) ?? "";
    assert(!skipped.includes("contoh.docx"), `the naskah is not skipped: ${skipped}`);
    assert(!(await page.isVisible("#download")), "no single-file download beside the rekap");
    const [d] = await Promise.all([page.waitForEvent("download"), page.click("#rekapDownload")]);
    const saved = join(out, "rekap-browser.xlsx");
    await d.saveAs(saved);
    // The command over the same files, named as the page names them (cwd = their folder).
    const here = process.cwd();
    process.chdir(folder);
    try {
      const r = await cli([
        "rekap",
        ...names.slice(0, 3),
        "-o",
        join(out, "rekap-cli.xlsx"),
        "--timpa",
      ]);
      assert(r.code === 0, `lkip rekap exit ${r.code}`);
    } finally {
      process.chdir(here);
    }
    const diff = await workbookDifferences(
      new Uint8Array(readFileSync(saved)),
      new Uint8Array(readFileSync(join(out, "rekap-cli.xlsx")))
    );
    assert(diff.length === 0, diff.join("\n"));
    assert(
      readFileSync(saved).length > 0 &&
        (await page.textContent("#rekapTable"))?.includes("contoh.xlsx"),
      "the sample's row names its file"
    );
    const naskahFound = await cli(["rekap", join(folder, names[0]), "--json"]);
    const row = JSON.parse(naskahFound.stdout)[0] as { temuan_naskah: number | null };
    assert((row.temuan_naskah ?? 0) > 0, "the naskah beside the sample is checked");
    // A single file afterwards clears the rekap and its download.
    await upload(page, SAMPLE, "after-rekap");
    assert(!(await page.isVisible("#rekap")), "the rekap is cleared by the next upload");
  });

  await check("opens no connection: only its own files, and fetch is refused", async () => {
    const origin = new URL(url).origin;
    const foreign = requests.filter((r) => !r.startsWith(origin) && !r.startsWith("blob:"));
    assert(foreign.length === 0, foreign.join("\n"));
    const fetched = await page.evaluate(() =>
      fetch(location.href).then(
        () => "allowed",
        () => "blocked"
      )
    );
    assert(fetched === "blocked", `fetch was ${fetched}`);
  });

  await check("no page errors", async () => {
    // The CSP refusal of the fetch above is ours, on purpose.
    const ours = errors.filter((e) => !/Content Security Policy|Failed to fetch/i.test(e));
    assert(ours.length === 0, ours.join("\n"));
  });
  await context.close();

  console.log("lkip.html (English browser)");
  const en = await browser.newContext({ locale: "en-US", acceptDownloads: true });
  const enPage = await en.newPage();
  await enPage.goto(`${url}lkip.html`);
  await enPage.waitForSelector("body[data-ready='1']");
  await check("follows the browser's language, with a switch back to Indonesian", async () => {
    assert((await enPage.textContent("h1")) === "LKIP in the browser", "English title");
    const got = await upload(enPage, SAMPLE, "contoh-en");
    assert(/^Done\./.test(got.status) && got.download !== null, got.status);
    // The findings in English, worded by the catalogue exactly as the pipeline gives them.
    const { findings } = await tabelXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const english = findings.map((f) => findingText(f, "en"));
    assert(english.length === got.findings.length, "as many findings in English");
    english.forEach((m, i) =>
      assert(got.findings[i].endsWith(m), `finding ${i + 1}: ${got.findings[i]}`)
    );
    await enPage.click("#lang");
    assert((await enPage.textContent("h1")) === "LKIP di browser", "switched to Indonesian");
    const indonesian = await enPage.$$eval("#findings li", (lis) =>
      lis.map((li) => li.textContent ?? "")
    );
    findings.forEach((f, i) =>
      assert(indonesian[i].endsWith(findingText(f, "id")), `after the switch: ${indonesian[i]}`)
    );
  });
  await check("names the tables not made in the page's language", async () => {
    // Back to English; this workbook has no LKIP_BELANJA and no earlier year, so tables are left out.
    await enPage.click("#lang");
    assert((await enPage.textContent("h1")) === "LKIP in the browser", "switched to English");
    const file = join(root, "test/fixtures/produsen-openpyxl.xlsx");
    const got = await upload(enPage, file, "produsen-openpyxl-en");
    assert(/^Done\./.test(got.status), got.status);
    const { built } = await tabelXlsx(new Uint8Array(readFileSync(file)));
    assert(built.leftOut.length > 0, "the workbook must leave tables out");
    const items = () =>
      enPage.$$eval("#leftOut li", (lis) => lis.map((li) => li.textContent ?? ""));
    const english = await items();
    assert(english.length === built.leftOut.length, `${english.length} items on the page`);
    built.leftOut.forEach((x, i) =>
      assert(english[i] === `Table ${x.id} (${x.title}): ${reasonText(x.reason, "en")}`, english[i])
    );
    await enPage.click("#lang");
    const indonesian = await items();
    built.leftOut.forEach((x, i) =>
      assert(
        indonesian[i] === `Tabel ${x.id} (${x.title}): ${reasonText(x.reason, "id")}`,
        indonesian[i]
      )
    );
  });
  await en.close();
}

async function main(): Promise<number> {
  mkdirSync(out, { recursive: true });
  if (!existsSync(join(dist, "lkip.html"))) {
    console.log("dist/lkip.html is missing: building (webpack, web only)");
    execSync("npx webpack --mode production --config-name web", { cwd: root, stdio: "inherit" });
  }
  const server = await serve(dist);
  const browser = await launch();
  try {
    await run(browser, server.url);
    await webChoices(browser, server.url, { upload, cli, out });
  } finally {
    await browser.close();
    await server.close();
  }
  return summary();
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
