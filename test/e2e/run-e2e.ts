/**
 * End-to-end test of the built task pane in Debian's Chromium (playwright-core, no browser
 * download), at real task-pane widths (320 and 350 px, 700 px high):
 *  1. outside Office, with the real office.js served locally: the pane says it runs in Excel;
 *  2. with the in-memory workbook injected as the host (served in place of office.js), as a
 *     finance officer would use it: an empty workbook → select their own block (a two-row
 *     header) → "Gunakan pilihan ini sebagai LKIP_IKU" → Buat Tabel; the sample → a row typed
 *     under a named range reported and taken in with "Perluas rentang"; Periksa; settings saved;
 *     keyboard only; English.
 * In every state: no horizontal scroll, the primary button in view without scrolling, and axe-core
 * finds no serious or critical violation. Run after `npm run build`; `--update-screenshot` copies
 * the 320 px screenshots to assets/.
 */
import { existsSync, mkdirSync, copyFileSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { execSync } from "node:child_process";
import type { Browser, Page } from "playwright-core";
import { launch, OFFICE_JS_URL } from "./browser";
import { bundle } from "./bundle";
import { checkBuiltBundles } from "./bundles";
import { selfTestStep } from "./selftest-step";
import { serve } from "./serve";
import { assert, check, summary } from "./checks";
import { writeFileSync } from "node:fs";
import { buildDocx, buildPdf } from "../xlsx/naskah-files";
import { flowKolom, flowSumber, flowTahun } from "./choices-flows";
import { flowTriwulan } from "./triwulan-flow";

const root = resolve(__dirname, "../..");
const dist = join(root, "dist");
const out = join(root, "out/e2e");
const officeDist = join(root, "node_modules/@microsoft/office-js/dist");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const fixture = JSON.parse(
  readFileSync(join(root, "test/fixtures/lkip-dinsos-batola-2024.json"), "utf8")
);
const HEIGHT = 700;

/** office.js asks for its siblings (strings, host scripts) relative to its own URL. */
async function routeOffice(page: Page, fakeBundle: string | null): Promise<void> {
  const prefix = OFFICE_JS_URL.replace(/office\.js$/, "");
  await page.route(`${prefix}**`, async (route) => {
    const rest = route.request().url().slice(prefix.length).split("?")[0];
    const file = fakeBundle && rest === "office.js" ? fakeBundle : join(officeDist, rest);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
    await route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
  });
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** The page is never wider than the pane: no horizontal scroll anywhere. */
async function assertNoOverflow(page: Page, state: string): Promise<void> {
  const m = await page.evaluate(() => {
    const el = document.scrollingElement!;
    const wide = [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > el.clientWidth + 1)
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${(e.className || "").toString().slice(0, 40)}`);
    return { scroll: el.scrollWidth, client: el.clientWidth, wide };
  });
  assert(
    m.scroll <= m.client,
    `${state}: page ${m.scroll} px wide in a ${m.client} px pane (${m.wide.join(", ")})`
  );
}

/** The primary action is on screen without scrolling. */
async function assertPrimaryInView(page: Page, name: string, state: string): Promise<void> {
  const box = await page.getByRole("button", { name, exact: true }).boundingBox();
  assert(box, `${state}: no "${name}" button`);
  const vh = page.viewportSize()!.height;
  assert(box.y >= 0 && box.y + box.height <= vh, `${state}: "${name}" at y=${box.y} (pane ${vh})`);
}

/** axe-core in the page: no serious or critical violation. */
async function assertAccessible(page: Page, state: string): Promise<void> {
  // Colours are judged after Fluent's open/close transitions (a fading dialog is not its colour).
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((x) => x.finished.catch(() => undefined)))
  );
  const has = await page.evaluate(() => "axe" in window);
  if (!has) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as never as {
        axe: {
          run: (o: object) => Promise<{
            violations: {
              id: string;
              impact: string;
              nodes: { target: string[]; html: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run({ resultTypes: ["violations"] });
    // Fluent's focus manager (tabster) adds aria-hidden focus sentinels that hand focus on at
    // once: a known false positive of aria-hidden-focus (microsoft/tabster#288, suppressed the
    // same way in microsoft/accessibility-insights-web#7605). Only those nodes are let through.
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .filter((v) =>
        v.nodes.some((n) => v.id !== "aria-hidden-focus" || !n.html.includes("data-tabster-dummy"))
      )
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`
      );
  });
  assert(violations.length === 0, `${state}: ${violations.join("\n")}`);
}

/** Every check a state must pass, at every width. */
async function assertState(page: Page, state: string, primary: string): Promise<void> {
  await assertNoOverflow(page, state);
  await assertPrimaryInView(page, primary, state);
  await assertAccessible(page, state);
}

type Fake = {
  __fakeWorkbook: {
    sheets: { name: string; cells: Map<string, { value: unknown; formula?: string }> }[];
    names: { name: string; value: string }[];
    tables: {
      name: string;
      sheet: string;
      rect: { row: number; col: number; rows: number; cols: number };
    }[];
    selection: { sheet: string; address: string } | null;
  };
  __fake: {
    addSheet: (wb: unknown, name: string) => unknown;
    findSheet: (wb: unknown, name: string) => unknown;
    setCells: (sheet: unknown, row: number, col: number, values: unknown[][]) => void;
  };
};

/** Types a block into a sheet of the fake workbook, as the user would. */
async function typeBlock(page: Page, sheet: string, row: number, values: unknown[][]) {
  await page.evaluate(
    ({ sheet, row, values }) => {
      const w = window as never as Fake;
      const s =
        w.__fake.findSheet(w.__fakeWorkbook, sheet) ?? w.__fake.addSheet(w.__fakeWorkbook, sheet);
      w.__fake.setCells(s, row, 0, values);
    },
    { sheet, row, values }
  );
}

async function select(page: Page, sheet: string, address: string) {
  await page.evaluate(
    ({ sheet, address }) => {
      (window as never as Fake).__fakeWorkbook.selection = {
        sheet,
        address: `'${sheet}'!${address}`,
      };
    },
    { sheet, address }
  );
}

async function workbook(page: Page) {
  return page.evaluate(() => {
    const wb = (window as never as Fake).__fakeWorkbook;
    return {
      sheets: wb.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].map(([k, c]) => [k, c.value, c.formula ?? null] as const),
      })),
      names: wb.names.map((n) => ({ name: n.name, value: n.value })),
      tables: wb.tables.map((t) => ({ name: t.name, sheet: t.sheet, rect: t.rect })),
      selection: wb.selection,
    };
  });
}

async function openPane(browser: Browser, url: string, width: number, fakeBundle: string) {
  const page = await browser.newPage({ viewport: { width, height: HEIGHT } });
  const errors = watchErrors(page);
  await routeOffice(page, fakeBundle);
  await page.goto(url);
  return { page, errors };
}

const IKU_TWO_ROW_HEADER = [
  ["No", "Sasaran", "Indikator", "Satuan", "2024", null],
  [null, null, null, null, "Target", "Realisasi"],
  ...fixture.iku.map(
    (x: {
      no: number;
      sasaran: string;
      indikator: string;
      satuan: string;
      target: string;
      realisasi: string;
    }) => [x.no, x.sasaran, x.indikator, x.satuan, Number(x.target), Number(x.realisasi)]
  ),
];

async function flowOwnData(browser: Browser, base: string, width: number, fakeBundle: string) {
  const tag = `${width} px`;
  const { page, errors } = await openPane(browser, `${base}taskpane.html`, width, fakeBundle);
  const shots = width === 320;

  await check(`${tag}: registers the five custom functions`, async () => {
    await page.waitForFunction(
      () => Object.keys((window as never as { __associated: object }).__associated).length >= 5
    );
  });

  await check(`${tag}: empty workbook — says what it needs; Buat Tabel waits`, async () => {
    await page.getByText("Belum ada data LKIP di buku kerja ini").waitFor({ timeout: 20_000 });
    await page
      .getByRole("link", { name: "Coba dengan contoh" })
      .or(page.getByRole("button", { name: "Coba dengan contoh" }))
      .first()
      .waitFor();
    assert(
      await page.getByRole("button", { name: "Buat Tabel", exact: true }).isDisabled(),
      "Buat Tabel enabled"
    );
    await assertState(page, "empty", "Buat Tabel");
    if (shots) await page.screenshot({ path: join(out, "pane-kosong.png") });
  });

  await check(
    `${tag}: own block with a two-row header — preview before anything is written`,
    async () => {
      await typeBlock(page, "IKU Saya", 0, IKU_TWO_ROW_HEADER);
      await select(page, "IKU Saya", `A1:F${IKU_TWO_ROW_HEADER.length}`);
      await page
        .getByRole("button", { name: "Gunakan pilihan ini sebagai LKIP_IKU" })
        .first()
        .click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor({ timeout: 20_000 });
      const recognised = await dialog
        .getByRole("list", { name: "Kolom yang dikenali" })
        .innerText();
      for (const label of [
        "Sasaran",
        "Indikator",
        "Target 2024 → Target",
        "Realisasi 2024 → Realisasi",
      ])
        assert(recognised.includes(label), `recognised: ${recognised}`);
      await dialog.getByText("Semua kolom wajib ada.").waitFor();
      const wb = await workbook(page);
      assert(wb.tables.length === 0, "a table was made before the user said yes");
      await assertNoOverflow(page, "adopt dialog");
      await assertAccessible(page, "adopt dialog");
    }
  );

  await check(
    `${tag}: "Jadikan tabel LKIP_IKU" makes the Excel table; the year comes from the headers`,
    async () => {
      await page.getByRole("button", { name: "Jadikan tabel LKIP_IKU" }).click();
      await page.getByText(/sekarang tabel Excel LKIP_IKU/).waitFor({ timeout: 20_000 });
      await page.getByText(/3 indikator/).waitFor({ timeout: 20_000 });
      const wb = await workbook(page);
      const table = wb.tables.find((t) => t.name === "LKIP_IKU");
      assert(
        table && table.sheet === "IKU Saya" && table.rect.row === 1,
        JSON.stringify(wb.tables)
      );
      const tahun = await page.getByRole("textbox", { name: "Tahun" }).inputValue();
      assert(tahun === "2024", `tahun ${tahun}`);
      await assertState(page, "own table", "Buat Tabel");
    }
  );

  await check(
    `${tag}: Buat Tabel — progress in the footer, summary brought into view`,
    async () => {
      // Every progress line the footer shows while the build runs.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as never as { __progress: string[] }).__progress = seen;
        const footer = document.querySelector("footer")!;
        new MutationObserver(() => {
          const m = /Langkah \d dari \d: [^\n]*/.exec(footer.textContent ?? "");
          if (m && !seen.includes(m[0])) seen.push(m[0]);
        }).observe(footer, { subtree: true, childList: true, characterData: true });
      });
      await page.getByRole("button", { name: "Buat Tabel", exact: true }).click();
      const summary = page.getByTestId("ringkasan");
      await summary.waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      const box = await summary.boundingBox();
      assert(box && box.y >= 0 && box.y < HEIGHT, `summary at y=${box?.y}`);
      const progress = await page.evaluate(
        () => (window as never as { __progress: string[] }).__progress
      );
      assert(
        progress.some((p) => p.startsWith("Langkah 4 dari 4: menulis tabel")),
        `progress seen: ${progress.join(" | ")}`
      );
      const wb = await workbook(page);
      const sheet = wb.sheets.find((s) => s.name === `Tabel LKIP ${fixture.tahun}`);
      assert(sheet, `sheets: ${wb.sheets.map((s) => s.name).join()}`);
      const numbers = new Set(sheet.cells.map(([, v]) => v).filter((v) => typeof v === "number"));
      for (const iku of fixture.iku) {
        const want = Number(iku.expected.capaian.ROUND);
        assert(numbers.has(want), `capaian ${want} not found on the sheet`);
      }
      assert(
        sheet.cells.every(([, , f]) => f === null),
        "a formula in the tables"
      );
      await assertState(page, "after build", "Buat Tabel");
      if (shots) await page.screenshot({ path: join(out, "pane-tabel.png") });
    }
  );

  await check(`${tag}: no page errors`, async () => {
    assert(errors.length === 0, errors.join("\n"));
  });
  await page.close();
}

async function flowSample(browser: Browser, base: string, width: number, fakeBundle: string) {
  const tag = `${width} px`;
  const { page, errors } = await openPane(browser, `${base}taskpane.html`, width, fakeBundle);
  const shots = width === 320;

  await check(`${tag}: keyboard only — "Coba dengan contoh" with Tab and Enter`, async () => {
    await page.getByText("Belum ada data LKIP di buku kerja ini").waitFor({ timeout: 20_000 });
    let found = false;
    for (let i = 0; i < 25 && !found; i++) {
      await page.keyboard.press("Tab");
      found = await page.evaluate(
        () => document.activeElement?.textContent === "Coba dengan contoh"
      );
    }
    assert(found, "Tab never reached Coba dengan contoh");
    await page.keyboard.press("Enter");
    await page.getByText(/Contoh data disisipkan/).waitFor({ timeout: 20_000 });
    await page.getByText(/3 indikator/).waitFor({ timeout: 20_000 });
  });

  await check(`${tag}: the workbook's own errors get a banner at the top`, async () => {
    const banner = page.getByTestId("banner");
    await banner.waitFor();
    assert(/memuat \d+ kesalahan/.test(await banner.innerText()), await banner.innerText());
    await assertState(page, "sample", "Buat Tabel");
  });

  await check(`${tag}: keyboard only — Buat Tabel with Tab and Enter`, async () => {
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press("Tab");
      found = await page.evaluate(() => document.activeElement?.textContent === "Buat Tabel");
    }
    assert(found, "Tab never reached Buat Tabel");
    await page.keyboard.press("Enter");
    await page.getByTestId("ringkasan").waitFor({ timeout: 30_000 });
  });

  await check(
    `${tag}: "Salin Bab III ke Word" puts the chapter on the clipboard as HTML`,
    async () => {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
        origin: new URL(base).origin,
      });
      const button = page.getByRole("button", { name: "Salin Bab III ke Word" });
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await page.getByText(/^Bab III disalin\./).waitFor({ timeout: 30_000 });
      const html = await page.evaluate(async () => {
        const items = await navigator.clipboard.read();
        const item = items.find((i) => i.types.includes("text/html"));
        return item ? await (await item.getType("text/html")).text() : "";
      });
      // Headings and tables as Word takes them; the sample's figures as the tables print them.
      for (const piece of ["<h1>", "<h3>", "<table", "capaian terhadap Renstra sebesar 135,38 %"])
        assert(html.includes(piece), `clipboard HTML lacks ${piece}`);
      await assertState(page, "Bab III copied", "Buat Tabel");
    }
  );

  await check(
    `${tag}: a row typed under LKIP_IKU is reported; "Perluas rentang" takes it in`,
    async () => {
      const before = await workbook(page);
      const name = before.names.find((n) => n.name === "LKIP_IKU")!;
      const m = /!\$A\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(String(name.value));
      assert(m, `LKIP_IKU = ${name.value}`);
      const last = Number(m[3]);
      const sheet = before.sheets.find((s) => String(name.value).includes(s.name))!.name;
      // A copy of the last indicator row, typed just under the name.
      const row = await page.evaluate(
        ({ sheet, last }) => {
          const w = window as never as Fake;
          const s = w.__fakeWorkbook.sheets.find((x) => x.name === sheet)!;
          return Array.from(
            { length: 20 },
            (_, c) => s.cells.get(`${last - 1},${c}`)?.value ?? null
          );
        },
        { sheet, last }
      );
      await typeBlock(page, sheet, last, [row]);
      await page.getByRole("button", { name: "Baca ulang" }).click();
      const line = page.locator('li[data-kode="BARIS_DI_LUAR_RENTANG"]').first();
      await line.waitFor({ timeout: 20_000 });
      assert((await line.innerText()).includes(`A${last + 1}`), await line.innerText());
      await assertState(page, "row under a name", "Buat Tabel");
      await line.getByRole("button", { name: "Perluas rentang", exact: true }).click();
      await page.getByText(/LKIP_IKU sekarang merujuk ke/).waitFor({ timeout: 20_000 });
      await page.getByText(/4 indikator/).waitFor({ timeout: 20_000 });
      const after = await workbook(page);
      const grown = after.names.find((n) => n.name === "LKIP_IKU")!;
      assert(String(grown.value).endsWith(`$${last + 1}`), `LKIP_IKU = ${grown.value}`);
      const cellsBefore = before.sheets.find((s) => s.name === sheet)!.cells.length;
      const cellsAfter = after.sheets.find((s) => s.name === sheet)!.cells.length;
      assert(cellsAfter === cellsBefore + row.filter((v) => v !== null).length, "cells changed");
    }
  );

  await check(
    `${tag}: Periksa — one line per finding, grouped with counts; a click selects the cell`,
    async () => {
      await page.getByRole("tab", { name: /Periksa/ }).click();
      await page
        .getByText(/kesalahan · \d+ peringatan/)
        .first()
        .waitFor();
      const text = await page.locator("main").innerText();
      assert(text.includes("Kesalahan") && !/\bGalat\b/.test(text), "errors are called Kesalahan");
      const link = page.getByRole("button", { name: "Pilih sel 'Data IKU'!K3" }).first();
      await link.click();
      await page.waitForFunction(() => {
        const cell = (window as never as Fake).__fakeWorkbook.selection;
        return cell !== null && cell.sheet === "Data IKU" && /K3$/.test(cell.address);
      });
      const line = page.locator('li[data-kode="CAPAIAN_BEDA"]').first();
      const toggle = line.locator("button[aria-expanded]");
      assert(!(await line.getByText(/^Tertulis: /).isVisible()), "details shown before expand");
      await toggle.click();
      assert((await toggle.getAttribute("aria-expanded")) === "true", "not expanded");
      await line.getByText(/^Tertulis: /).waitFor();
      await assertState(page, "periksa", "Buat Tabel");
      if (shots) await page.screenshot({ path: join(out, "pane-periksa.png") });
    }
  );

  await check(
    `${tag}: Periksa naskah — a .docx and a PDF picked, findings by paragraph with the quote`,
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
      await page.locator('[data-testid="naskah-file"]').setInputFiles(docx);
      const line = page.locator('li[data-kode="NASKAH_ANGKA_BEDA"]').first();
      await line.waitFor({ timeout: 30_000 });
      const text = await line.innerText();
      assert(text.includes("¶2") && text.includes(renstra), text);
      await page.getByText("Naskah: Bab III.docx").waitFor();
      await assertState(page, "periksa naskah", "Buat Tabel");
      if (shots) await page.screenshot({ path: join(out, "pane-naskah.png"), fullPage: true });
      const pdf = join(out, "Bab III.pdf");
      writeFileSync(
        pdf,
        buildPdf([["Sasaran 1 capaian terhadap target Renstra", "sebesar 134,32%."]])
      );
      await page.locator('[data-testid="naskah-file"]').setInputFiles(pdf);
      await page.getByText("Naskah: Bab III.pdf").waitFor({ timeout: 30_000 });
      const fromPdf = await page.locator('li[data-kode="NASKAH_ANGKA_BEDA"]').first().innerText();
      assert(fromPdf.includes("¶1") && fromPdf.includes("135,38"), fromPdf);
    }
  );

  await check(
    `${tag}: settings — Tahun cleared and retyped, saved to LKIP_INFO after a question`,
    async () => {
      await page.getByRole("tab", { name: "Data" }).click();
      const tahun = page.getByRole("textbox", { name: "Tahun" });
      await tahun.fill("");
      await page.getByText("Isi tahun empat angka").waitFor();
      await tahun.pressSequentially("2024");
      await page.getByRole("radio", { name: /TRUNC/ }).check();
      const options = await page.getByRole("combobox", { name: "Skala kategori" }).innerText();
      assert(!options.includes("permendagri86"), `scale names: ${options}`);
      await page.getByRole("button", { name: "Simpan ke LKIP_INFO" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("Pembulatan: TRUNC").waitFor();
      await assertNoOverflow(page, "save dialog");
      await dialog.getByRole("button", { name: "Simpan" }).click();
      await page.getByText(/Pengaturan disimpan ke/).waitFor({ timeout: 20_000 });
      const wb = await workbook(page);
      const info = wb.sheets.find((s) => s.name === "Info")!;
      assert(
        info.cells.some(([, v]) => v === "TRUNC"),
        "TRUNC not in LKIP_INFO"
      );
    }
  );

  await check(`${tag}: replaces its own sheet only after the user confirms`, async () => {
    await page.getByRole("button", { name: "Buat Tabel", exact: true }).click();
    await page.getByText("Lembar ini dibuat oleh add-in sebelumnya").waitFor({ timeout: 20_000 });
    await assertNoOverflow(page, "replace dialog");
    await page.getByRole("button", { name: "Ganti", exact: true }).click();
    await page.getByTestId("ringkasan").waitFor({ timeout: 30_000 });
    const wb = await workbook(page);
    const names = wb.sheets.map((s) => s.name).filter((n) => n.startsWith("Tabel LKIP"));
    assert(names.join() === `Tabel LKIP ${fixture.tahun}`, names.join());
  });

  // The Excel compatibility self-test lives in the Help area.
  await page.getByRole("button", { name: "Bantuan" }).click();
  await selfTestStep(page, check);

  await check(`${tag}: no page errors`, async () => {
    assert(errors.length === 0, errors.join("\n"));
  });
  await page.close();
}

async function main(): Promise<number> {
  mkdirSync(out, { recursive: true });
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.log("dist/ is missing: building");
    execSync("npx webpack --mode production --config-name addin", {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ADDIN_URL: process.env.ADDIN_URL || "https://lkip.invalid/" },
    });
  }
  const fakeBundle = join(out, "fake-office.js");
  await bundle(join(root, "test/e2e/fake-office-entry.ts"), fakeBundle);

  await check("every built bundle parses at the webviews' ECMAScript level", async () => {
    const { level, problems } = checkBuiltBundles(dist);
    assert(problems.length === 0, `above ES${level}:\n${problems.join("\n")}`);
  });

  const server = await serve(dist);
  const browser = await launch();
  try {
    console.log("task pane outside Office");
    {
      const page = await browser.newPage({ viewport: { width: 320, height: HEIGHT } });
      const errors = watchErrors(page);
      await routeOffice(page, null);
      await page.goto(`${server.url}taskpane.html`);
      await check("says it runs in Excel, within 320 px", async () => {
        await page.getByText("Panel ini berjalan di Microsoft Excel").waitFor({ timeout: 20_000 });
        await assertNoOverflow(page, "outside Office");
      });
      await check("loads without page errors", async () => {
        // Office.js logs its own notices outside Office; only errors of our page count.
        const ours = errors.filter((e) => !/appsforoffice|office\.js|Office\.js/i.test(e));
        assert(ours.length === 0, ours.join("\n"));
      });
      await page.close();
    }

    console.log("task pane in the in-memory Excel, 320 px: the reader's questions");
    {
      const helpers = { openPane, assertState, typeBlock, workbook, out };
      await flowKolom(browser, server.url, fakeBundle, helpers);
      await flowTahun(browser, server.url, fakeBundle, helpers);
      await flowSumber(browser, server.url, fakeBundle, helpers);
      console.log("task pane in the in-memory Excel, 320 px: a quarterly workbook");
      await flowTriwulan(browser, server.url, fakeBundle, helpers);
    }

    for (const width of [320, 350]) {
      console.log(`task pane in the in-memory Excel, ${width} px: your own data`);
      await flowOwnData(browser, server.url, width, fakeBundle);
      console.log(`task pane in the in-memory Excel, ${width} px: the sample`);
      await flowSample(browser, server.url, width, fakeBundle);
    }

    console.log("task pane in English Office");
    {
      const { page } = await openPane(
        browser,
        `${server.url}taskpane.html?lang=en-US`,
        320,
        fakeBundle
      );
      await check("follows Office's display language", async () => {
        await page
          .getByRole("button", { name: "Insert empty template" })
          .first()
          .waitFor({ timeout: 20_000 });
        await assertState(page, "english", "Build tables");
      });
      await check("findings in English in the English UI", async () => {
        await page.getByRole("button", { name: "Try with the sample" }).click();
        await page.getByText(/Sample data inserted/).waitFor({ timeout: 20_000 });
        await page.getByRole("tab", { name: /Check/ }).click();
        const line = page.locator('li[data-kode="CAPAIAN_BEDA"]').first();
        const text = await line.innerText();
        assert(/ is written /.test(text) && !/tertulis/.test(text), `finding: ${text}`);
        const all = await page.locator("main").innerText();
        assert(/\d+ errors · \d+ warnings/.test(all), "counts in English");
        await assertState(page, "english check", "Build tables");
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (process.argv.includes("--update-screenshot"))
    for (const f of ["pane-kosong.png", "pane-tabel.png", "pane-periksa.png"])
      if (existsSync(join(out, f))) copyFileSync(join(out, f), join(root, "assets", f));
  return summary();
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
