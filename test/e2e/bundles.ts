/**
 * Every built bundle must parse at the ECMAScript level of the webviews we claim
 * (src/taskpane/webviews.cjs): acorn (webpack's own parser) at that ecmaVersion.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { createRequire } from "node:module";

export function unparsable(code: string, ecmaVersion: number): string | null {
  try {
    parse(code, { ecmaVersion: ecmaVersion as 2020, sourceType: "script" });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Bundles in `dir` (not the CLI) that do not parse at `ecmaVersion`, with the reason. */
export function bundlesAbove(dir: string, ecmaVersion: number): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => [f, unparsable(readFileSync(join(dir, f), "utf8"), ecmaVersion)] as const)
    .filter(([, why]) => why !== null)
    .map(([f, why]) => `${f}: ${why}`);
}

/** The level src/taskpane/webviews.cjs states, and the built bundles of `dist` above it. */
export function checkBuiltBundles(dist: string): { level: number; problems: string[] } {
  const webviews = createRequire(join(process.cwd(), "package.json"))(
    "./src/taskpane/webviews.cjs"
  ) as { ECMA_VERSION: number };
  return { level: webviews.ECMA_VERSION, problems: bundlesAbove(dist, webviews.ECMA_VERSION) };
}
