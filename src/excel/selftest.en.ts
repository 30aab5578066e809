/** "Excel compatibility test" in English; selftest.id.ts is the first language and the key list. */
import type { SelfTestWords } from "./selftest.id";

const en: SelfTestWords = {
  titles: {
    "teks-rumus": "Text that looks like a formula, number, date or error stays text",
    "teks-panjang": "Long text (> 255 characters) stays readable, not ####",
    "kolom-utuh": "A whole-column name ($J:$K) is clipped to the last row holding data",
    persen: "Percent-formatted cells are read as printed (0.9271 → 92.71)",
    "baris-total": "An Excel table's Total Row is not read as data",
    "pecah-permintaan": "Big data is written and read in several requests",
    "gabung-per-baris": "Merge across: each row one cell, its value kept",
    fungsi: "LKIP functions: blank → #N/A, one error per cell, percent cell ×100",
  },
  details: {
    longText: (length: number, format: string, shown: string) =>
      `${length} characters, format ${format}, shown ${shown}`,
    wholeColumn: (filled: boolean, rows: number, cols: number) =>
      `whole-column values: ${filled ? "filled" : "null"}; read ${rows}×${cols}`,
    percent: (value: string, flagged: boolean) => `value ${value}, percent format ${flagged}`,
    totalRow: (rows: number, firsts: string) => `table body ${rows} rows: ${firsts}`,
    requests: (batches: number, read: number) => `${batches} requests; ${read} rows read`,
    mergeAcross: (firsts: string) => `first column ${firsts}`,
    functions: (blank: string, blankOk: boolean, errors: string, percent: string) =>
      `blank ${blank}${blankOk ? "" : " (a blank cell arrives as 0: update Office)"}; errors ${errors}; percent ${percent}`,
    failed: (code: string) => `error ${code}`,
  },
  report: {
    head: (host: string, platform: string, version: string, at: string) =>
      `Excel compatibility test — ${host} ${platform} ${version} — ${at}`,
    pass: "PASS",
    fail: "FAIL",
  },
  pane: {
    title: "Excel compatibility test",
    intro:
      "Checks on a scratch sheet (created, then deleted) that this Excel behaves as the add-in relies on. Run it once on each computer before use.",
    run: "Run the test",
    running: "Testing…",
    passed: "passed",
    copy: "Copy result",
    copied: "Copied",
    block: "Result for a support message",
  },
};

export default en;
