/** The ECMAScript level of the bundles, and the checker the e2e runs on every built bundle. */
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { unparsable } from "../e2e/bundles";

const { ECMA_VERSION, TS_TARGET, WEBVIEWS, dependenciesRule } = createRequire(import.meta.url)(
  "../../src/taskpane/webviews.cjs"
) as {
  ECMA_VERSION: number;
  TS_TARGET: string;
  WEBVIEWS: { host: string; minimum: string }[];
  dependenciesRule: () => {
    include: RegExp;
    use: { options: { compilerOptions: { target: string } } };
  };
};

describe("webviews", () => {
  it("names a minimum for Windows (WebView2), Mac (Safari) and the web", () => {
    expect(WEBVIEWS.map((w) => w.host)).toEqual([
      "Excel on Windows (Microsoft 365)",
      "Excel on Mac",
      "Excel on the web",
    ]);
    expect(`ES${ECMA_VERSION}`).toBe(TS_TARGET);
  });

  it("transpiles dependencies to the same level", () => {
    const rule = dependenciesRule();
    expect(rule.include.test("/x/node_modules/@fluentui/react/lib/index.js")).toBe(true);
    expect(rule.use.options.compilerOptions.target).toBe(TS_TARGET);
  });

  it("rejects syntax above that level and accepts what it allows", () => {
    expect(unparsable("let a = { b: 1 }; const c = a?.b ?? 2;", ECMA_VERSION)).toBeNull();
    expect(unparsable("let a = null; a ??= 1;", ECMA_VERSION)).not.toBeNull();
    expect(unparsable("class A { static { } }", ECMA_VERSION)).not.toBeNull();
    expect(unparsable("class A { #x = 1 }", ECMA_VERSION)).not.toBeNull();
  });
});
