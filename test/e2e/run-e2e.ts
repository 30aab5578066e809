/**
 * End-to-end test of the built task pane in Debian's Chromium (playwright-core, no browser
 * download). Two pages:
 *  1. outside Office, with the real office.js served locally: the pane must say it runs in Excel,
 *     with no page error;
 *  2. with the in-memory workbook injected as the host (served in place of office.js): click
 *     "Sisipkan contoh data", then "Buat Tabel", and check the cells written.
 * Run after `npm run build`. `--update-screenshot` also copies the screenshot to assets/.
 */
import { existsSync, mkdirSync, copyFileSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { execSync } from "node:child_process";
import type { Page } from "playwright-core";
import { launch, OFFICE_JS_URL } from "./browser";
import { bundle } from "./bundle";
import { checkBuiltBundles } from "./bundles";
import { selfTestStep } from "./selftest-step";
import { serve } from "./serve";

const root = resolve(__dirname, "../..");
const dist = join(root, "dist");
const out = join(root, "out/e2e");
const officeDist = join(root, "node_modules/@microsoft/office-js/dist");
const fixture = JSON.parse(
  readFileSync(join(root, "test/fixtures/lkip-dinsos-batola-2024.json"), "utf8")
);

let passed = 0;
let failed = 0;
async function check(name: string, f: () => Promise<void>): Promise<void> {
  try {
    await f();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n    ${(e as Error).message.split("\n").join("\n    ")}`);
  }
}
function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

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
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await routeOffice(page, null);
      await page.goto(`${server.url}taskpane.html`);
      await check("says it runs in Excel", async () => {
        await page.getByText("Panel ini berjalan di Microsoft Excel").waitFor({ timeout: 20_000 });
      });
      await check("loads without page errors", async () => {
        // Office.js logs its own notices outside Office; only errors of our page count.
        const ours = errors.filter((e) => !/appsforoffice|office\.js|Office\.js/i.test(e));
        assert(ours.length === 0, ours.join("\n"));
      });
      await page.close();
    }

    console.log("task pane in the in-memory Excel");
    {
      const page = await browser.newPage({ viewport: { width: 380, height: 1400 } });
      const errors = watchErrors(page);
      await routeOffice(page, fakeBundle);
      await page.goto(`${server.url}taskpane.html`);

      await check("registers the five custom functions", async () => {
        await page.waitForFunction(
          () => Object.keys((window as never as { __associated: object }).__associated).length >= 5
        );
        const ids = await page.evaluate(() =>
          Object.keys((window as never as { __associated: object }).__associated).sort()
        );
        assert(
          ids.join() === "CAPAIAN,EFISIENSI,PREDIKAT,SERAPAN,TERBILANG",
          `registered: ${ids.join()}`
        );
      });

      await check("says what to do in a workbook without LKIP data", async () => {
        await page.getByText("Belum ada data LKIP_IKU").waitFor({ timeout: 20_000 });
        const disabled = await page.getByRole("button", { name: "Buat Tabel" }).last().isDisabled();
        assert(disabled, "Buat Tabel should wait for data");
      });

      await check("inserts the sample data", async () => {
        await page.getByRole("button", { name: "Sisipkan contoh data" }).click();
        await page.getByText("Contoh data disisipkan").waitFor({ timeout: 20_000 });
        await page.getByText(/3 indikator/).waitFor({ timeout: 20_000 });
      });

      await check("builds the tables with one click", async () => {
        await page.getByRole("button", { name: "Buat Tabel" }).last().click();
        await page.getByText(/Tabel ditulis ke lembar/).waitFor({ timeout: 30_000 });
      });

      const sheet = await page.evaluate(() => {
        const wb = (
          window as never as {
            __fakeWorkbook: {
              sheets: { name: string; cells: Map<string, { value: unknown; formula?: string }> }[];
            };
          }
        ).__fakeWorkbook;
        const s = wb.sheets.find((x) => x.name.startsWith("Tabel LKIP"));
        return s
          ? {
              name: s.name,
              cells: [...s.cells.entries()].map(
                ([k, c]) => [k, c.value, c.formula ?? null] as const
              ),
            }
          : null;
      });

      await check("writes the output sheet Tabel LKIP 2024", async () => {
        assert(sheet?.name === `Tabel LKIP ${fixture.tahun}`, `sheet: ${sheet?.name}`);
      });

      await check("prints each indicator's capaian as the rules give it (ROUND)", async () => {
        const numbers = new Set(
          (sheet?.cells ?? []).map(([, v]) => v).filter((v) => typeof v === "number")
        );
        for (const iku of fixture.iku) {
          const want = Number(iku.expected.capaian.ROUND);
          assert(numbers.has(want), `capaian ${want} not found on the sheet`);
        }
        assert(numbers.has(Number(fixture.belanja.total_pagu)), "total pagu not found");
      });

      await check("writes the indicators' text as text, no formula in the tables", async () => {
        const texts = new Set((sheet?.cells ?? []).map(([, v]) => v));
        for (const iku of fixture.iku)
          assert(texts.has(iku.indikator), `missing: ${iku.indikator}`);
        const formulas = (sheet?.cells ?? []).filter(([, , f]) => f !== null);
        assert(formulas.length === 0, `formulas: ${formulas.map(([k]) => k).join()}`);
      });

      const shot = join(out, "taskpane.png");
      await page.screenshot({ path: shot, fullPage: true });
      if (process.argv.includes("--update-screenshot"))
        copyFileSync(shot, join(root, "assets/taskpane.png"));
      console.log(`  screenshot: ${shot}`);

      await check("replaces its own sheet only after the user confirms", async () => {
        await page.getByRole("button", { name: "Buat Tabel" }).last().click();
        await page
          .getByText("Lembar ini dibuat oleh add-in sebelumnya")
          .waitFor({ timeout: 20_000 });
        await page.getByRole("button", { name: "Ganti" }).click();
        await page.getByText(/Tabel ditulis ke lembar/).waitFor({ timeout: 30_000 });
        const names = await page.evaluate(() =>
          (
            window as never as { __fakeWorkbook: { sheets: { name: string }[] } }
          ).__fakeWorkbook.sheets.map((x) => x.name)
        );
        assert(
          names.filter((n) => n.startsWith("Tabel LKIP")).join() === `Tabel LKIP ${fixture.tahun}`,
          names.join()
        );
      });

      await check("lists the report's slips under Periksa; a click selects the cell", async () => {
        await page.getByRole("tab", { name: /Periksa/ }).click();
        // Sasaran 2's capaian, typed 55,72 (truncated) where ROUND gives 55,73.
        const link = page.getByRole("button", { name: "'Data IKU'!K3" }).first();
        await link.click();
        await page.waitForFunction(() => {
          const sel = (
            window as never as {
              __fakeWorkbook: { selection: { sheet: string; address: string } | null };
            }
          ).__fakeWorkbook.selection;
          return sel !== null && sel.sheet === "Data IKU" && /K3$/.test(sel.address);
        });
        await page.screenshot({ path: join(out, "taskpane-periksa.png"), fullPage: true });
      });

      await selfTestStep(page, check);

      await check("no page errors", async () => {
        assert(errors.length === 0, errors.join("\n"));
      });
      await page.close();
    }

    console.log("task pane in English Office");
    {
      const page = await browser.newPage();
      await routeOffice(page, fakeBundle);
      await page.goto(`${server.url}taskpane.html?lang=en-US`);
      await check("follows Office's display language", async () => {
        await page.getByRole("button", { name: "Insert sample data" }).waitFor({ timeout: 20_000 });
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
