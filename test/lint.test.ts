/**
 * The layer rules of README.md are enforced by `npm run lint` (.eslint.config.mjs): a snippet that
 * breaks one, linted as if it lived at a path in src/, must fail with the rule that guards it, and
 * the same imports where the design allows them must pass.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ESLint } from "eslint";

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ overrideConfigFile: ".eslint.config.mjs" });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId ?? "fatal"}: ${m.message}`);
}

const IMPORTS = "no-restricted-imports";
const GLOBALS = "no-restricted-globals";

describe("lint fails on a layer violation", () => {
  it.each([
    ["src/core/bad.ts", 'import { a1 } from "../report";\n\nexport const x = a1;\n', IMPORTS],
    [
      "src/core/bad.ts",
      'import { rowsOf } from "../report/model";\n\nexport const x = rowsOf;\n',
      IMPORTS,
    ],
    [
      "src/core/bad.ts",
      'import { readFileSync } from "node:fs";\n\nexport const x = readFileSync;\n',
      IMPORTS,
    ],
    [
      "src/core/bad.ts",
      'import { useState } from "react";\n\nexport const x = useState;\n',
      IMPORTS,
    ],
    [
      "src/report/model/bad.ts",
      'import { readFileSync } from "node:fs";\n\nexport const x = readFileSync;\n',
      IMPORTS,
    ],
    ["src/report/model/bad.ts", 'import path from "path";\n\nexport const x = path;\n', IMPORTS],
    [
      "src/report/tables/bad.ts",
      'import { detectHost } from "../../excel";\n\nexport const x = detectHost;\n',
      IMPORTS,
    ],
    ["src/report/index.ts", 'export { writeXlsx } from "../xlsx";\n', IMPORTS],
    [
      "src/cli/bad.ts",
      'import { readSettings } from "../report/model/settings";\n\nexport const x = readSettings;\n',
      IMPORTS,
    ],
    [
      "src/taskpane/Bad.tsx",
      "export async function f(): Promise<void> {\n  await Excel.run(async () => {});\n}\n",
      GLOBALS,
    ],
    [
      "src/taskpane/index.tsx",
      "export const language = Office.context.displayLanguage;\n",
      GLOBALS,
    ],
    ["src/report/model/bad.ts", "export type R = Excel.Range;\n", "no-restricted-syntax"],
    [
      "src/web/bad.ts",
      'import { readFile } from "node:fs/promises";\n\nexport const x = readFile;\n',
      IMPORTS,
    ],
    [
      "src/web/bad.ts",
      'import { detectHost } from "../excel";\n\nexport const x = detectHost;\n',
      IMPORTS,
    ],
    [
      "src/taskpane/bad.ts",
      "export const office = globalThis.Office;\n",
      "no-restricted-properties",
    ],
  ])("%s: %s", async (filePath, code, rule) => {
    const found = await problems(filePath, code);
    expect(found.some((p) => p.startsWith(`${rule}:`))).toBe(true);
  });
});

describe("lint passes what the design allows", () => {
  it.each([
    [
      "src/core/good.ts",
      'import Decimal from "decimal.js";\nimport { x } from "./x";\n\nexport const y = [Decimal, x];\n',
    ],
    [
      "src/report/periksa/good.ts",
      'import { hitung } from "../../core";\nimport { readModel } from "../model";\n\nexport const y = [hitung, readModel];\n',
    ],
    [
      "src/excel/good.ts",
      'import { a1 } from "../report";\n\nexport async function f(): Promise<string> {\n  return Excel.run(async () => a1(0, 0));\n}\n',
    ],
    [
      "src/taskpane/Good.tsx",
      'import { detectHost } from "../excel";\n\nexport function Good(): JSX.Element {\n  return <p>{String(detectHost)}</p>;\n}\n',
    ],
    [
      "src/web/good.ts",
      'import { readModel } from "../report";\nimport { tabelXlsx } from "../xlsx";\n\nexport const y = [readModel, tabelXlsx];\n',
    ],
    [
      "src/cli/good.ts",
      'import { readFile } from "node:fs/promises";\nimport { loadXlsx } from "../xlsx";\n\nexport const y = [readFile, loadXlsx];\n',
    ],
  ])("%s", async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });
});

describe("lint covers every source and test file", () => {
  it("lints .ts, .tsx and .mts in src/ and test/", async () => {
    for (const file of [
      "src/taskpane/App.tsx",
      "src/core/capaian.ts",
      "test/lint.test.ts",
      "test/vitest.config.mts",
    ]) {
      expect(await eslint.isPathIgnored(file), file).toBe(false);
      const config = (await eslint.calculateConfigForFile(file)) as { rules?: object };
      expect(Object.keys(config.rules ?? {}), file).toContain("prettier/prettier");
    }
  });
});
