/**
 * Quarterly progress in the pane (issue 25), end to end at 320 px in the in-memory Excel: a
 * workbook laid out as the Renja evaluation form (LKIP_TRIWULAN, "Realisasi" above TW I … TW IV,
 * data up to TW III) shows its quarter; choosing TW II re-titles Tabel 13 "s.d. Triwulan II" with
 * every s.d. figure and capaian worked out here by RULES §14; a Triwulan saved to LKIP_INFO is
 * cleared again from the same dropdown. Called by run-e2e.ts with its helpers.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Browser } from "playwright-core";
import { assert, check } from "./checks";
import type { PaneHelpers } from "./choices-flows";
import { quarterlyPlan } from "../report/model/triwulan-books";
import { QUARTERLY, type Quarterly } from "../report/model/triwulan-raw";

const LABEL = "Triwulan (Tabel capaian s.d. triwulan)";

/** Puts the plan's sheets and names into the fake workbook, as the officer typed and named them. */
async function typePlan(page: Page, h: PaneHelpers) {
  const plan = quarterlyPlan("two");
  for (const s of plan.sheets) await h.typeBlock(page, s.name, 0, s.values);
  await page.evaluate((names) => {
    const w = window as never as {
      __fakeWorkbook: unknown;
      __fake: { defineName: (wb: unknown, n: string, s: string, r: object) => void };
    };
    for (const n of names) w.__fake.defineName(w.__fakeWorkbook, n.name, n.sheet, n);
  }, plan.names);
}

/** RULES §14 by hand: the figure s.d. TW n by jenis (blank jenis = akhir); null when none. */
function sd(qs: (number | null)[] | undefined, jenis: string | null, n: number): number | null {
  const filled = (qs ?? []).slice(0, n).filter((q): q is number => q !== null);
  if (filled.length === 0) return null;
  const sum = filled.reduce((a, b) => a + b, 0);
  if (jenis === "kumulatif") return sum;
  if (jenis === "rata-rata") return sum / filled.length;
  return filled[filled.length - 1];
}

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/** Capaian s.d. TW n against the target s.d. TW n, else the annual target (RULES §2, §14). */
function capaian(q: Quarterly, n: number): number | null {
  const r = sd(q.realisasiTw, q.jenis, n);
  if (r === null) return null;
  const tq = sd(q.targetTw, q.jenis, n);
  const t = tq !== null ? round2(tq) : q.target;
  const rr = round2(r);
  return round2(((q.arah === "turun" ? 2 * t - rr : rr) / t) * 100);
}

export async function flowTriwulan(
  browser: Browser,
  base: string,
  fakeBundle: string,
  h: PaneHelpers
) {
  const tag = "320 px";
  const { page, errors } = await h.openPane(browser, `${base}taskpane.html`, 320, fakeBundle);
  const select = page.getByRole("combobox", { name: LABEL });

  await check(`${tag}: a quarterly workbook (Renja form) shows its quarter, TW III`, async () => {
    await page.getByText("Belum ada data LKIP di buku kerja ini").waitFor({ timeout: 20_000 });
    await typePlan(page, h);
    await page.getByRole("button", { name: "Baca ulang" }).click();
    await select.waitFor({ timeout: 20_000 });
    const shown = await select.evaluate((e) => {
      const s = e as HTMLSelectElement;
      return s.options[s.selectedIndex].text;
    });
    assert(shown === "Triwulan terakhir yang terisi (TW III)", `shown: ${shown}`);
    await page.getByText(/4 indikator triwulan \(terisi s\.d\. TW III\)/).waitFor();
    // The blank jenis is named at its cell among the data's findings.
    await page
      .getByText(/Jenis indikator .*'Evaluasi Renja'!F9 kosong/)
      .first()
      .waitFor({ timeout: 20_000 });
    await h.assertState(page, "quarterly workbook", "Buat Tabel");
    await page.screenshot({ path: join(h.out, "pane-triwulan.png"), fullPage: true });
  });

  await check(
    `${tag}: TW II chosen — Tabel 13 "s.d. Triwulan II", every figure by §14`,
    async () => {
      await select.selectOption({ label: "s.d. Triwulan II" });
      await page.getByRole("button", { name: "Buat Tabel", exact: true }).click();
      await page.getByTestId("ringkasan").waitFor({ timeout: 30_000 });
      const wb = await h.workbook(page);
      const sheet = wb.sheets.find((s) => s.name === "Tabel LKIP 2025");
      assert(sheet, `sheets: ${wb.sheets.map((s) => s.name).join()}`);
      const titles = sheet.cells
        .map(([, v]) => v)
        .filter((v): v is string => typeof v === "string");
      assert(
        titles.some((x) => x.includes("Capaian Kinerja s.d. Triwulan II ")),
        `titles: ${titles.filter((x) => x.startsWith("Tabel")).join(" | ")}`
      );
      const rows = new Map<number, unknown[]>();
      for (const [k, v] of sheet.cells) {
        const r = Number(k.split(",")[0]);
        rows.set(r, [...(rows.get(r) ?? []), v]);
      }
      for (const q of QUARTERLY) {
        const row = [...rows.values()].find((cells) => cells.includes(q.indikator));
        assert(row, `no row for ${q.indikator}`);
        const r = sd(q.realisasiTw, q.jenis, 2);
        const c = capaian(q, 2);
        for (const want of [r === null ? null : round2(r), c])
          if (want !== null)
            assert(row.includes(want), `${q.indikator}: ${want} not in ${JSON.stringify(row)}`);
      }
      await h.assertState(page, "Tabel 13 to TW II", "Buat Tabel");
      await page.screenshot({ path: join(h.out, "pane-triwulan-tabel.png") });
    }
  );

  await check(`${tag}: TW II saved to LKIP_INFO, then cleared from the same dropdown`, async () => {
    await page.getByRole("button", { name: "Simpan ke LKIP_INFO" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByText("Triwulan: 2").waitFor();
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await page.getByText(/Pengaturan disimpan ke/).waitFor({ timeout: 20_000 });
    const saved = await h.workbook(page);
    const info = () => saved.sheets.find((s) => s.name === "Info")!;
    assert(
      info().cells.some(([, v]) => v === "Triwulan"),
      "no Triwulan row in LKIP_INFO"
    );
    await select.selectOption({ index: 0 });
    const save = page.getByRole("button", { name: "Simpan ke LKIP_INFO" });
    assert(!(await save.isDisabled()), "clearing a saved Triwulan leaves nothing to save");
    await save.click();
    dialog = page.getByRole("dialog");
    await dialog.getByText("Triwulan: (dikosongkan: triwulan terakhir yang terisi)").waitFor();
    await h.assertState(page, "clear Triwulan dialog", "Simpan");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await page.getByText(/Pengaturan disimpan ke/).waitFor({ timeout: 20_000 });
    const after = await h.workbook(page);
    const cells = after.sheets.find((s) => s.name === "Info")!.cells;
    const label = cells.find(([, v]) => v === "Triwulan")!;
    const [r, c] = label[0].split(",").map(Number);
    const value = cells.find(([k]) => k === `${r},${c + 1}`)?.[1] ?? "";
    assert(value === "", `Triwulan cell holds ${JSON.stringify(value)}`);
    const shown = await select.evaluate((e) => {
      const s = e as HTMLSelectElement;
      return s.options[s.selectedIndex].text;
    });
    assert(shown === "Triwulan terakhir yang terisi (TW III)", `shown after clearing: ${shown}`);
    assert(await save.isDisabled(), "something left to save after clearing");
  });

  await check(`${tag}: no page errors (quarterly)`, async () => {
    assert(errors.length === 0, errors.join("\n"));
  });
  await page.close();
}
