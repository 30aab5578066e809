import { describe, expect, it } from "vitest";
import { UsageError, parseArgs } from "../../src/cli/args";

/** The options of `lkip tabel` and `lkip periksa` (src/cli/main.ts). */
const TABEL = { output: true, flags: ["timpa"] };
const PERIKSA = { flags: ["json"] };

function usageError(f: () => unknown): UsageError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error("expected a UsageError");
}

describe("parseArgs", () => {
  it("reads a value option as --name file or --name=file, once", () => {
    const opts = { flags: ["json"], values: ["laporan"] };
    expect(parseArgs(["a.xlsx", "--laporan", "Bab III.docx"], opts).values).toEqual({
      laporan: "Bab III.docx",
    });
    expect(parseArgs(["--laporan=b.pdf", "a.xlsx"], opts).values).toEqual({ laporan: "b.pdf" });
    expect(usageError(() => parseArgs(["a.xlsx", "--laporan"], opts)).message).toMatch(
      /perlu nama berkas/
    );
    expect(usageError(() => parseArgs(["--laporan", "--json"], opts)).message).toMatch(
      /perlu nama berkas/
    );
    expect(usageError(() => parseArgs(["--laporan=a", "--laporan=b"], opts)).message).toMatch(
      /dua kali/
    );
    expect(usageError(() => parseArgs(["--laporan", "x"], PERIKSA)).message).toMatch(
      /tidak dikenal/
    );
  });

  it("collects positionals in order", () => {
    const p = parseArgs(["a.xlsx", "b.xlsx"], PERIKSA);
    expect(p.positionals).toEqual(["a.xlsx", "b.xlsx"]);
    expect(p.output).toBeUndefined();
    expect([...p.flags]).toEqual([]);
  });

  it("reads -o and --keluaran with the file as the next argument", () => {
    expect(parseArgs(["in.xlsx", "-o", "hasil.xlsx"], TABEL)).toEqual({
      positionals: ["in.xlsx"],
      output: "hasil.xlsx",
      flags: new Set(),
    });
    expect(parseArgs(["--keluaran", "hasil.xlsx", "in.xlsx"], TABEL).output).toBe("hasil.xlsx");
    expect(parseArgs(["--keluaran", "hasil.xlsx", "in.xlsx"], TABEL).positionals).toEqual([
      "in.xlsx",
    ]);
  });

  it("reads --keluaran=file", () => {
    const p = parseArgs(["in.xlsx", "--keluaran=laporan 2024.xlsx"], TABEL);
    expect(p.output).toBe("laporan 2024.xlsx");
    expect(p.positionals).toEqual(["in.xlsx"]);
  });

  it("takes the argument after -o as the file even when it starts with a dash", () => {
    expect(parseArgs(["-o", "-hasil.xlsx"], TABEL).output).toBe("-hasil.xlsx");
  });

  it("reads the allowed flags with one or two dashes", () => {
    expect([...parseArgs(["in.xlsx", "--timpa", "-o", "x.xlsx"], TABEL).flags]).toEqual(["timpa"]);
    expect(parseArgs(["--json", "in.xlsx"], PERIKSA).flags.has("json")).toBe(true);
    expect(parseArgs(["-json", "in.xlsx"], PERIKSA).flags.has("json")).toBe(true);
  });

  it("reads -h, --help and --bantuan as help, whatever the command allows", () => {
    for (const h of ["-h", "--help", "--bantuan"]) {
      expect(parseArgs([h], { flags: [] }).flags.has("help")).toBe(true);
      expect(parseArgs(["in.xlsx", h], TABEL).flags.has("help")).toBe(true);
    }
  });

  it("takes everything after -- as positionals, and a lone - as a positional", () => {
    const p = parseArgs(["--json", "--", "--timpa", "-o", "x"], PERIKSA);
    expect(p.positionals).toEqual(["--timpa", "-o", "x"]);
    expect([...p.flags]).toEqual(["json"]);
    expect(parseArgs(["-"], PERIKSA).positionals).toEqual(["-"]);
  });

  describe("usage errors", () => {
    it("an unknown option, named in the message", () => {
      expect(usageError(() => parseArgs(["--paksa"], TABEL)).message).toContain("--paksa");
      // A flag of another command is unknown here.
      expect(usageError(() => parseArgs(["in.xlsx", "--json"], TABEL)).message).toContain("--json");
      expect(usageError(() => parseArgs(["--timpa"], PERIKSA)).message).toContain("--timpa");
      expect(usageError(() => parseArgs(["--timpa=ya"], TABEL)).message).toContain("--timpa=ya");
    });

    it("-o where the command writes no file", () => {
      expect(usageError(() => parseArgs(["-o", "x.xlsx"], PERIKSA)).message).toContain("-o");
      expect(usageError(() => parseArgs(["--keluaran=x.xlsx"], PERIKSA)).message).toContain(
        "--keluaran=x.xlsx"
      );
    });

    it("-o or --keluaran without a file", () => {
      expect(usageError(() => parseArgs(["in.xlsx", "-o"], TABEL)).message).toContain("-o");
      expect(usageError(() => parseArgs(["in.xlsx", "--keluaran"], TABEL)).message).toContain(
        "--keluaran"
      );
      expect(usageError(() => parseArgs(["in.xlsx", "-o", ""], TABEL)).message).toContain("-o");
      expect(usageError(() => parseArgs(["in.xlsx", "--keluaran="], TABEL)).message).toContain(
        "--keluaran"
      );
    });

    it("the output file given twice, in either spelling", () => {
      const twice = [
        ["-o", "a.xlsx", "-o", "b.xlsx"],
        ["-o", "a.xlsx", "--keluaran", "b.xlsx"],
        ["-o", "a.xlsx", "--keluaran=b.xlsx"],
        ["--keluaran=a.xlsx", "-o", "b.xlsx"],
        ["--keluaran=a.xlsx", "--keluaran=b.xlsx"],
      ];
      for (const argv of twice)
        expect(usageError(() => parseArgs(argv, TABEL)).message).toContain("dua kali");
    });
  });
});
