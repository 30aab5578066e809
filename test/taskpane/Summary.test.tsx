/**
 * The build summary as the pane renders it (server-rendered markup, no DOM needed), after a real
 * build against the in-memory Excel: the reasons a table was not built follow the pane's language.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import type { ExcelRun, HostInfo } from "../../src/excel";
import { TEXTS, type Language } from "../../src/taskpane/i18n";
import { TABLE_SPECS, reasonText, sampleInput } from "../../src/report";
import { REASON_WORDS } from "../../src/report/tables/reasons";
import { build, type BuildOutcome } from "../../src/taskpane/session";
import { Summary } from "../../src/taskpane/Summary";
import { TextsProvider } from "../../src/taskpane/texts";
import { fakeWorkbookFromPlan, makeRun, supportsFor } from "../host/fake-excel";
import "../host/fake-excel-setup";

/** The sample workbook without LKIP_ANGGARAN, LKIP_BELANJA and LKIP_TRIWULAN: seven tables are not built. */
async function buildWithout(language: Language): Promise<BuildOutcome> {
  const plan = sampleInput();
  const gone = ["LKIP_ANGGARAN", "LKIP_BELANJA", "LKIP_TRIWULAN"];
  plan.names = plan.names.filter((n) => !gone.includes(n.name));
  const wb = fakeWorkbookFromPlan(plan);
  const host: HostInfo = { inExcel: true, language, supports: supportsFor(wb) };
  const ids = TABLE_SPECS.map((s) => s.id);
  return build({ host, run: makeRun(wb) }, {}, ids, false, () => undefined);
}

/**
 * The whole sample on an ExcelApi 1.7 host whose chart series type then fails when the tables are
 * written: the tables are written, the charts are not, and the write says so by its note.
 */
async function buildChartsRefused(language: Language): Promise<BuildOutcome> {
  const wb = fakeWorkbookFromPlan(sampleInput());
  wb.excelApiMinor = 7;
  const claims = (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= 7;
  const run = makeRun(wb);
  let runs = 0;
  // The read (the first run) finds what 1.7 promises; the write then lacks the series type.
  const refusing: ExcelRun = (batch) => {
    runs += 1;
    if (runs > 1) wb.excelApiMinor = 6;
    return run(batch);
  };
  const host: HostInfo = { inExcel: true, language, supports: claims };
  const ids = TABLE_SPECS.map((s) => s.id);
  return build({ host, run: refusing }, {}, ids, false, () => undefined);
}

/** The summary's visible text in `language`. */
function summaryText(outcome: BuildOutcome, language: Language): string {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <TextsProvider language={language}>
        <Summary outcome={outcome} seq={1} onGoTo={() => undefined} />
      </TextsProvider>
    </FluentProvider>
  );
  return html
    .replace(/<[^>]*>/g, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every Indonesian reason the dictionary can give, for the sources of this workbook. */
function allIndonesianReasons(): string[] {
  const sumber = ["LKIP_IKU", "LKIP_ANGGARAN", "LKIP_BELANJA", "LKIP_TRIWULAN"] as const;
  return Object.values(REASON_WORDS.id).flatMap((text) =>
    sumber.flatMap((s) =>
      [true, false].map((lihatTemuan) =>
        (text as (p: unknown) => string)({ sumber: s, lihatTemuan })
      )
    )
  );
}

describe("Summary", () => {
  it("in English says why tables were not built in English, with no Indonesian reason", async () => {
    const outcome = await buildWithout("en");
    expect(outcome.leftOut.map((x) => x.id)).toEqual([1, 8, 9, 10, 11, 12, 13]);
    const text = summaryText(outcome, "en");
    expect(text).toContain("Not built");
    for (const x of outcome.leftOut) expect(text).toContain(reasonText(x.reason, "en"));
    expect(text).toContain("LKIP_ANGGARAN is not in the workbook.");
    for (const id of allIndonesianReasons()) expect(text).not.toContain(id);
    expect(text).not.toMatch(/tidak ada di buku kerja|lihat temuan|kosong semua|tidak punya kolom/);
  });

  it("in Indonesian keeps the Indonesian reasons", async () => {
    const outcome = await buildWithout("id");
    const text = summaryText(outcome, "id");
    expect(text).toContain("Tidak dibuat");
    expect(text).toContain("LKIP_ANGGARAN tidak ada di buku kerja.");
    expect(text).toContain("LKIP_BELANJA tidak ada di buku kerja.");
    expect(text).not.toContain("is not in the workbook");
  });

  it("in English says in English that the charts were left out, with no Indonesian note", async () => {
    const outcome = await buildChartsRefused("en");
    expect(outcome.write.status).toBe("written");
    expect(outcome.write.charts).toEqual([]);
    expect(outcome.write.note).toBe("GRAFIK_TIDAK_DIBUAT");
    const text = summaryText(outcome, "en");
    expect(text).toContain(TEXTS.en.writeNotes.GRAFIK_TIDAK_DIBUAT);
    for (const id of Object.values(TEXTS.id.writeNotes)) expect(text).not.toContain(id);
    expect(text).not.toMatch(/Grafik|tidak dapat|tetap ditulis/);
  });

  it("in Indonesian keeps the Indonesian chart note", async () => {
    const outcome = await buildChartsRefused("id");
    const text = summaryText(outcome, "id");
    expect(text).toContain("Grafik tidak dapat dibuat di Excel ini");
    expect(text).not.toContain(TEXTS.en.writeNotes.GRAFIK_TIDAK_DIBUAT);
  });
});
