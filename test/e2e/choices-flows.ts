/**
 * The pane's answers to the reader's questions (issue 21), end to end at 320 px in the in-memory
 * Excel: a header the reader cannot resolve offered as the missing Indikator → "Pakai kolom ini" →
 * the `Kolom Indikator` row in a new LKIP_INFO → tables built; and a workbook that names no year →
 * the pane asks → the tables' titles carry the year typed. Called by run-e2e.ts with its helpers.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { assert, check } from "./checks";

type Cells = (readonly [string, unknown, string | null])[];
interface WorkbookView {
  sheets: { name: string; cells: Cells }[];
  names: { name: string; value: string }[];
  tables: { name: string; sheet: string }[];
}

export interface PaneHelpers {
  openPane: (
    browser: Browser,
    url: string,
    width: number,
    fakeBundle: string
  ) => Promise<{ page: Page; errors: string[] }>;
  assertState: (page: Page, state: string, primary: string) => Promise<void>;
  typeBlock: (page: Page, sheet: string, row: number, values: unknown[][]) => Promise<void>;
  workbook: (page: Page) => Promise<WorkbookView>;
  out: string;
}

/** Names a block of the fake workbook, as the officer would have in Name Manager. */
async function nameBlock(page: Page, name: string, sheet: string, rows: number, cols: number) {
  await page.evaluate(
    ({ name, sheet, rows, cols }) => {
      const w = window as never as {
        __fakeWorkbook: unknown;
        __fake: { defineName: (wb: unknown, n: string, s: string, r: object) => void };
      };
      w.__fake.defineName(w.__fakeWorkbook, name, sheet, { row: 0, col: 0, rows, cols });
    },
    { name, sheet, rows, cols }
  );
}

/** RULES: capaian = realisasi / target × 100, rounded half away from zero to two decimals. */
const capaian = (target: number, realisasi: number) =>
  Math.round(((realisasi / target) * 100 + Number.EPSILON) * 100) / 100;

const ROWS: [string, string, number, number][] = [
  ["Meningkatnya pelayanan", "Persentase desa terlayani air bersih", 80, 88],
  ["Meningkatnya pelayanan", "Panjang jalan kondisi mantap", 64, 60],
];

export async function flowKolom(
  browser: Browser,
  base: string,
  fakeBundle: string,
  h: PaneHelpers
) {
  const tag = "320 px";
  const { page, errors } = await h.openPane(browser, `${base}taskpane.html`, 320, fakeBundle);
  // The indicator's header is no word the reader knows, nor is its head word.
  const block = [
    ["SASARAN", "UKURAN KEBERHASILAN TUJUAN", "KETERANGAN", "TARGET 2024", "REALISASI 2024"],
    ...ROWS.map(([s, i, t, r]) => [s, i, "-", t, r]),
  ];

  await check(`${tag}: an unresolvable header — the pane offers the candidates`, async () => {
    await page.getByText("Belum ada data LKIP di buku kerja ini").waitFor({ timeout: 20_000 });
    await h.typeBlock(page, "Capaian IKU", 0, block);
    await nameBlock(page, "LKIP_IKU", "Capaian IKU", block.length, 5);
    await page.getByRole("button", { name: "Baca ulang" }).click();
    const section = page.getByTestId("pilih-kolom");
    await section.waitFor({ timeout: 20_000 });
    const group = section.getByRole("radiogroup", {
      name: "LKIP_IKU: kolom Indikator belum ada. Judul mana yang dimaksud?",
    });
    const options = await group.innerText();
    for (const c of [
      "UKURAN KEBERHASILAN TUJUAN ('Capaian IKU'!B1)",
      "KETERANGAN ('Capaian IKU'!C1)",
    ])
      assert(options.includes(c), `options: ${options}`);
    assert((await group.getByRole("radio").count()) === 2, `options: ${options}`);
    assert(
      (await group.getByRole("radio", { name: /UKURAN KEBERHASILAN TUJUAN/ }).isChecked()) === true,
      "the header naming the column word first is not the one preselected"
    );
    await section.getByText(/LKIP_INFO belum ada: dibuat tabel pengaturan kecil/).waitFor();
    assert(
      await page.getByRole("button", { name: "Buat Tabel", exact: true }).isDisabled(),
      "Buat Tabel enabled without an Indikator column"
    );
    const wb = await h.workbook(page);
    assert(!wb.names.some((n) => n.name === "LKIP_INFO"), "LKIP_INFO written before the click");
    await h.assertState(page, "column choice", "Buat Tabel");
    await page.screenshot({ path: join(h.out, "pane-kolom.png"), fullPage: true });
  });

  await check(
    `${tag}: "Pakai kolom ini" saves Kolom Indikator in LKIP_INFO and reads again`,
    async () => {
      await page.getByRole("button", { name: "Pakai kolom ini" }).click();
      await page
        .getByText(/Kolom Indikator = UKURAN KEBERHASILAN TUJUAN disimpan di LKIP_INFO/)
        .waitFor({ timeout: 20_000 });
      await page.getByText(/2 indikator/).waitFor({ timeout: 20_000 });
      assert((await page.getByTestId("pilih-kolom").count()) === 0, "the question is still asked");
      const wb = await h.workbook(page);
      const info = wb.sheets.find((s) => s.name === "LKIP Info");
      assert(info, `sheets: ${wb.sheets.map((s) => s.name).join()}`);
      const row = info.cells.filter(([k]) => k.startsWith("1,")).map(([, v]) => v);
      assert(
        row.join("|") === "Kolom Indikator|UKURAN KEBERHASILAN TUJUAN",
        `LKIP_INFO row: ${row.join("|")}`
      );
      assert(
        wb.tables.some((t) => t.name === "LKIP_INFO"),
        "no LKIP_INFO table"
      );
      const iku = wb.sheets.find((s) => s.name === "Capaian IKU")!;
      assert(
        iku.cells.some(([, v]) => v === "UKURAN KEBERHASILAN TUJUAN"),
        "the header changed"
      );
      await h.assertState(page, "column chosen", "Buat Tabel");
      await page.screenshot({ path: join(h.out, "pane-kolom-disimpan.png") });
    }
  );

  await check(`${tag}: the tables are built with that column`, async () => {
    await page.getByRole("button", { name: "Buat Tabel", exact: true }).click();
    await page.getByTestId("ringkasan").waitFor({ timeout: 30_000 });
    const wb = await h.workbook(page);
    const sheet = wb.sheets.find((s) => s.name === "Tabel LKIP 2024");
    assert(sheet, `sheets: ${wb.sheets.map((s) => s.name).join()}`);
    const values = new Set(sheet.cells.map(([, v]) => v));
    for (const [, indikator, t, r] of ROWS) {
      assert(values.has(indikator), `${indikator} not on the sheet`);
      assert(values.has(capaian(t, r)), `capaian ${capaian(t, r)} not on the sheet`);
    }
  });

  await check(`${tag}: no page errors (column choice)`, async () => {
    assert(errors.length === 0, errors.join("\n"));
  });
  await page.close();
}

export async function flowTahun(
  browser: Browser,
  base: string,
  fakeBundle: string,
  h: PaneHelpers
) {
  const tag = "320 px";
  const { page, errors } = await h.openPane(browser, `${base}taskpane.html`, 320, fakeBundle);
  const block = [["Sasaran", "Indikator", "Target", "Realisasi"], ...ROWS];

  await check(`${tag}: no year anywhere — the pane asks before building`, async () => {
    await page.getByText("Belum ada data LKIP di buku kerja ini").waitFor({ timeout: 20_000 });
    await h.typeBlock(page, "IKU", 0, block);
    await nameBlock(page, "LKIP_IKU", "IKU", block.length, 4);
    await page.getByRole("button", { name: "Baca ulang" }).click();
    await page.getByText(/2 indikator/).waitFor({ timeout: 20_000 });
    const tahun = page.getByRole("textbox", { name: "Tahun" });
    assert((await tahun.inputValue()) === "", `Tahun shows ${await tahun.inputValue()}`);
    await page
      .locator("footer")
      .getByText(/Tahun laporan belum diketahui/)
      .waitFor();
    assert(
      await page.getByRole("button", { name: "Buat Tabel", exact: true }).isDisabled(),
      "Buat Tabel enabled without a year"
    );
    await h.assertState(page, "year question", "Buat Tabel");
    await page.screenshot({ path: join(h.out, "pane-tahun.png") });
  });

  await check(`${tag}: the year typed is the tables' year, in every title`, async () => {
    const tahun = page.getByRole("textbox", { name: "Tahun" });
    await tahun.pressSequentially("2023");
    await page.getByText("Dipilih di panel ini.").waitFor();
    const build = page.getByRole("button", { name: "Buat Tabel", exact: true });
    assert(!(await build.isDisabled()), "Buat Tabel still disabled");
    await h.assertState(page, "year given", "Buat Tabel");
    await build.click();
    await page.getByTestId("ringkasan").waitFor({ timeout: 30_000 });
    const wb = await h.workbook(page);
    const sheet = wb.sheets.find((s) => s.name === "Tabel LKIP 2023");
    assert(sheet, `sheets: ${wb.sheets.map((s) => s.name).join()}`);
    const texts = sheet.cells.map(([, v]) => v).filter((v): v is string => typeof v === "string");
    const years = new Set(texts.flatMap((x) => x.match(/\b20\d\d\b/g) ?? []));
    assert(years.has("2023"), "no title names 2023");
    // The year a guess would have given (the one before the clock's) is nowhere.
    const guess = String(new Date().getFullYear() - 1);
    assert(guess === "2023" || !years.has(guess), `a guessed ${guess} in the tables`);
    assert(!wb.sheets.some((s) => s.name === "LKIP Info"), "a year was written without a click");
  });

  await check(`${tag}: no page errors (year question)`, async () => {
    assert(errors.length === 0, errors.join("\n"));
  });
  await page.close();
}

export async function flowSumber(
  browser: Browser,
  base: string,
  fakeBundle: string,
  h: PaneHelpers
) {
  const tag = "320 px";
  const { page, errors } = await h.openPane(browser, `${base}taskpane.html`, 320, fakeBundle);
  const block = (targets: number[]) => [
    ["Sasaran", "Indikator", "Target 2024", "Realisasi 2024"],
    ...ROWS.map(([s, i, , r], n) => [s, i, targets[n], r]),
  ];
  const perubahan = [100, 50];

  await check(`${tag}: two unnamed tables fit equally — the pane lists both`, async () => {
    await page.getByText("Belum ada data LKIP di buku kerja ini").waitFor({ timeout: 20_000 });
    await h.typeBlock(page, "IKU Murni", 0, block(ROWS.map((r) => r[2])));
    await h.typeBlock(page, "IKU Perubahan", 0, block(perubahan));
    await page.getByRole("button", { name: "Baca ulang" }).click();
    const section = page.getByTestId("pilih-sumber");
    await section.waitFor({ timeout: 20_000 });
    for (const s of ["IKU Murni", "IKU Perubahan"])
      await section.getByRole("button", { name: `Pakai '${s}'!A1:D3` }).waitFor();
    await h.assertState(page, "tied tables", "Buat Tabel");
    await page.screenshot({ path: join(h.out, "pane-calon.png"), fullPage: true });
  });

  await check(`${tag}: one chosen — selected, previewed, made LKIP_IKU after the yes`, async () => {
    await page.getByRole("button", { name: "Pakai 'IKU Perubahan'!A1:D3" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ timeout: 20_000 });
    await dialog.getByText("Semua kolom wajib ada.").waitFor();
    let wb = await h.workbook(page);
    assert(wb.tables.length === 0, "a table was made before the user said yes");
    await dialog.getByRole("button", { name: "Jadikan tabel LKIP_IKU" }).click();
    await page.getByText(/sekarang tabel Excel LKIP_IKU/).waitFor({ timeout: 20_000 });
    await page.getByText(/2 indikator/).waitFor({ timeout: 20_000 });
    assert((await page.getByTestId("pilih-sumber").count()) === 0, "still asked");
    wb = await h.workbook(page);
    const t = wb.tables.find((x) => x.name === "LKIP_IKU");
    assert(t?.sheet === "IKU Perubahan", JSON.stringify(wb.tables));
    await page.getByRole("button", { name: "Buat Tabel", exact: true }).click();
    await page.getByTestId("ringkasan").waitFor({ timeout: 30_000 });
    wb = await h.workbook(page);
    const sheet = wb.sheets.find((s) => s.name === "Tabel LKIP 2024");
    assert(sheet, `sheets: ${wb.sheets.map((s) => s.name).join()}`);
    const values = new Set(sheet.cells.map(([, v]) => v));
    ROWS.forEach(([, , , r], n) =>
      assert(values.has(capaian(perubahan[n], r as number)), `capaian of the chosen table`)
    );
  });

  await check(`${tag}: no page errors (tied tables)`, async () => {
    assert(errors.length === 0, errors.join("\n"));
  });
  await page.close();
}
