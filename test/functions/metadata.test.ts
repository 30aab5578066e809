/**
 * functions.json as Excel reads it, generated from the JSDoc exactly as the build does
 * (custom-functions-metadata), checked against the reviewed golden file and for the properties
 * that matter: explicit ids, `any` value parameters, ranges where ranges are taken.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { createRequire } from "node:module";

// The build step webpack runs after the JSDoc generator (src/functions/metadata-flags.cjs).
const { withFlags } = createRequire(import.meta.url)("../../src/functions/metadata-flags.cjs") as {
  withFlags: (m: object) => Record<string, unknown>;
};

interface Param {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

const generated = generateCustomFunctionsMetadata("src/functions/functions.ts", false);
const golden = JSON.parse(readFileSync("test/functions/functions.golden.json", "utf8"));

async function functions(): Promise<Fn[]> {
  const r = await generated;
  expect(r.errors).toEqual([]);
  return JSON.parse(r.metadataJson).functions;
}

describe("functions.json", () => {
  it("equals the reviewed golden file, after the build step adds what JSDoc cannot say", async () => {
    const r = await generated;
    expect(withFlags(JSON.parse(r.metadataJson))).toEqual(golden);
  });

  it("lets error inputs and data types reach the functions (custom-functions-json)", () => {
    // Without allowErrorForDataTypeAny Excel never calls a function whose input holds an error.
    expect(golden.allowErrorForDataTypeAny).toBe(true);
    expect(golden.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("declares the six functions with explicit ids, associated by those ids", async () => {
    const fns = await functions();
    expect(fns.map((f) => f.id)).toEqual([
      "CAPAIAN",
      "PREDIKAT",
      "EFISIENSI",
      "SERAPAN",
      "REALISASI",
      "TERBILANG",
    ]);
    fns.forEach((f) => expect(f.name).toBe(f.id));
    const r = await generated;
    expect(r.associate.map((a) => [a.id, a.functionName])).toEqual([
      ["CAPAIAN", "capaian"],
      ["PREDIKAT", "predikat"],
      ["EFISIENSI", "efisiensi"],
      ["SERAPAN", "serapan"],
      ["REALISASI", "realisasi"],
      ["TERBILANG", "terbilang"],
    ]);
  });

  it("types every value parameter `any`, so blanks and text reach the function", async () => {
    for (const f of await functions())
      for (const p of f.parameters) expect([f.id, p.name, p.type]).toEqual([f.id, p.name, "any"]);
  });

  it("takes ranges where src/core/README.md says so, and parameters in its order", async () => {
    const byId = Object.fromEntries((await functions()).map((f) => [f.id, f]));
    const shape = (id: string) =>
      byId[id].parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false]);
    expect(shape("CAPAIAN")).toEqual([
      ["target", "matrix", false],
      ["realisasi", "matrix", false],
      ["arah", "matrix", true],
    ]);
    expect(shape("PREDIKAT")).toEqual([
      ["nilai", "matrix", false],
      ["skala", "matrix", true],
    ]);
    expect(shape("EFISIENSI")).toEqual([
      ["pagu", "matrix", false],
      ["capaian", "matrix", false],
      ["realisasi_anggaran", "matrix", false],
      ["batasi", "scalar", true],
    ]);
    expect(shape("SERAPAN")).toEqual([
      ["pagu", "matrix", false],
      ["realisasi", "matrix", false],
    ]);
    expect(shape("REALISASI")).toEqual([
      ["nilai_tw", "matrix", false],
      ["jenis", "scalar", true],
    ]);
    expect(shape("TERBILANG")).toEqual([
      ["angka", "scalar", false],
      ["satuan", "scalar", true],
    ]);
    // CAPAIAN and PREDIKAT spill an array of the input's shape.
    expect(byId.CAPAIAN.result.dimensionality).toBe("matrix");
    expect(byId.PREDIKAT.result.dimensionality).toBe("matrix");
  });

  it("describes every function and parameter, with a help page shipped with the add-in", async () => {
    for (const f of await functions()) {
      expect(f.description?.length ?? 0).toBeGreaterThan(20);
      f.parameters.forEach((p) => expect(p.description?.length ?? 0).toBeGreaterThan(5));
      const url = new URL(f.helpUrl ?? "");
      expect(url.pathname).toBe("/bantuan.html");
      const page = readFileSync("src/taskpane/bantuan.html", "utf8");
      expect(page).toContain(`id="${url.hash.slice(1)}"`);
    }
  });
});
