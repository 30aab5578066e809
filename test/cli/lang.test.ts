/**
 * The command's language (src/cli/lang.ts): English when the locale says "en", else Indonesian,
 * for everything it says — usage, a file it cannot read, what it wrote — and the same `--json`
 * keys in both. The Indonesian runs are every other test of test/cli/.
 */
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_WORDS, cliLang } from "../../src/cli/lang";
import { readFailureText } from "../../src/report";
import { run } from "./run";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = resolve(ROOT, "assets/contoh-lkip-2024.xlsx");
const EN = CLI_WORDS.en;
const ID = CLI_WORDS.id;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lkip-lang-"));
});

/** Words only the Indonesian texts use: none may show in an English run's own sentences. */
const INDONESIAN = /\b(berkas|ditulis|tidak|sebutkan|Membaca|Pemeriksaan|GALAT|PERINGATAN)\b/;

describe("which language: the first set of LC_ALL, LC_MESSAGES, LANG", () => {
  it.each([
    [{ LANG: "en_US.UTF-8" }, "en"],
    [{ LANG: "en" }, "en"],
    [{ LANG: "en_GB" }, "en"],
    [{ LANG: "id_ID.UTF-8" }, "id"],
    [{ LANG: "C.UTF-8" }, "id"],
    [{}, "id"],
    [{ LANG: "english" }, "id"], // not a locale name
    [{ LC_ALL: "en_US.UTF-8", LANG: "id_ID.UTF-8" }, "en"],
    [{ LC_ALL: "id_ID.UTF-8", LANG: "en_US.UTF-8" }, "id"],
    [{ LC_MESSAGES: "en_US.UTF-8", LANG: "id_ID.UTF-8" }, "en"],
    [{ LC_ALL: "", LC_MESSAGES: "id_ID", LANG: "en_US" }, "id"], // an empty one counts as unset
    [{ LC_ALL: "", LC_MESSAGES: "", LANG: "en_US" }, "en"],
  ])("%j → %s", (env, lang) => {
    expect(cliLang(env)).toBe(lang);
  });
});

describe("lkip in English", () => {
  it("usage: the help, and a wrong use named before the command's help", async () => {
    const none = await run([], undefined, "en");
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(EN.help.main);

    const help = await run(["tabel", "--help"], undefined, "en");
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(EN.help.tabel);

    const wrong = await run(["tabel"], undefined, "en");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`Wrong usage: name the .xlsx file to read\n\n${EN.help.tabel}`);
    // The parser's own errors too (a usage error carries its words, not a sentence).
    const twice = await run(["tabel", "a.xlsx", "-o", "b.xlsx", "-o", "c.xlsx"], undefined, "en");
    expect(twice.stderr.split("\n")[0]).toBe("Wrong usage: -o is given twice");
    const year = await run(["tabel", "a.xlsx", "-o", "b.xlsx", "--tahun", "24"], undefined, "en");
    expect(year.stderr.split("\n")[0]).toBe(`Wrong usage: ${EN.usage.tahunInvalid("24")}`);
  });

  it("a missing file: the read failure in English, exit 1, nothing else said", async () => {
    const missing = join(dir, "tidak-ada.xlsx");
    const r = await run(["periksa", missing], undefined, "en");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(readFailureText({ kode: "TIDAK_ADA", berkas: missing }, "en") + "\n");
    expect(r.stderr).toContain("File not found");
    // The same run in Indonesian says it in Indonesian: the words differ, the facts do not.
    const id = await run(["periksa", missing]);
    expect(id.stderr).toBe(readFailureText({ kode: "TIDAK_ADA", berkas: missing }, "id") + "\n");
    expect(id.stderr).not.toBe(r.stderr);
  });

  it("an existing output without --timpa: the output's sentence in English", async () => {
    const r = await run(
      ["tabel", SAMPLE, "-o", SAMPLE.replace(/\.xlsx$/, ".docx")],
      undefined,
      "en"
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(EN.output.wrongExt(SAMPLE.replace(/\.xlsx$/, ".docx"), ".xlsx") + "\n");
  });

  it("tabel: success lines in English, the tables themselves as the report prints them", async () => {
    const output = join(dir, "tabel-en.xlsx");
    const en = await run(["tabel", SAMPLE, "-o", output], undefined, "en");
    expect(en.code).toBe(0);
    expect((await stat(output)).size).toBeGreaterThan(0);
    expect(en.stdout).toContain(EN.reading(SAMPLE));
    expect(en.stdout).toMatch(
      /^\d+ tables? written to the sheet 'Tabel LKIP 2024' of the new workbook /m
    );
    expect(en.stdout).toMatch(
      /^ {2}Year 2024, .*; rounding \w+\. The input file is not changed\.$/m
    );
    expect(en.stdout).not.toMatch(INDONESIAN);

    // The Indonesian run of the same file says the same facts in its words.
    const id = await run(["tabel", SAMPLE, "-o", join(dir, "tabel-id.xlsx")]);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain(ID.reading(SAMPLE));
    expect(id.stdout).toMatch(
      /^\d+ tabel ditulis ke lembar 'Tabel LKIP 2024' di buku kerja baru /m
    );
    const count = (s: string) => s.match(/^(\d+) tab/m)?.[1];
    expect(count(en.stdout)).toBe(count(id.stdout));
  });

  it("periksa: findings in English; --json has the same keys and codes in both", async () => {
    const en = await run(["periksa", SAMPLE], undefined, "en");
    expect(en.code).toBe(1); // the sample keeps its printed report's slips
    expect(en.stdout).toMatch(/^ {2}ERROR /m);
    expect(en.stdout).toMatch(/^\d+ findings?: \d+ errors?, \d+ warnings?, \d+ notes?\.$/m);
    expect(en.stdout).not.toMatch(INDONESIAN);

    const je = JSON.parse(
      (await run(["periksa", SAMPLE, "--json"], undefined, "en")).stdout
    ) as Record<string, string>[];
    const ji = JSON.parse((await run(["periksa", SAMPLE, "--json"])).stdout) as Record<
      string,
      string
    >[];
    expect(je.map((f) => Object.keys(f))).toEqual(ji.map((f) => Object.keys(f)));
    expect(je.map((f) => [f.tingkat, f.kode, f.lokasi])).toEqual(
      ji.map((f) => [f.tingkat, f.kode, f.lokasi])
    );
    expect(je.map((f) => f.pesan)).not.toEqual(ji.map((f) => f.pesan));
  });

  it("bab3: the success line in English", async () => {
    const output = join(dir, "bab3-en.docx");
    const r = await run(["bab3", SAMPLE, "-o", output], undefined, "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Bab III written to .*: \d+ sasaran, \d+ tables? \(Tabel 3\.1–3\.\d+\)\./m
    );
    expect(r.stdout).toContain(EN.bab3.toFill);
  });
});
