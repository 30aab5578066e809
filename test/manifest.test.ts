/**
 * The manifest, checked offline (office-addin-manifest validate needs a web service): well-formed
 * XML, the shared runtime, the LKIP namespace, one page for functions and pane, and the
 * production rewrite of every dev URL.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseStringPromise } from "xml2js";

const xml = readFileSync("manifest.xml", "utf8");
const require = createRequire(import.meta.url);
const webpackConfig = require("../webpack.config.js") as {
  toProd: (s: string, urlProd: string) => string;
  urls: { urlDev: string };
};

// xml2js is strict: a malformed manifest fails to parse. attributes merged into their element.
const parsed = await parseStringPromise(xml, { explicitArray: false, mergeAttrs: true });
const app = parsed.OfficeApp;
const host = app.VersionOverrides.Hosts.Host;
const resources = app.VersionOverrides.Resources;
const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
const urlOf = (resid: string): string =>
  list(resources["bt:Urls"]["bt:Url"] as { id: string; DefaultValue: string }[]).find(
    (u) => u["id"] === resid
  )!["DefaultValue"];

describe("manifest.xml", () => {
  it("is well-formed XML, and a broken one would be caught", async () => {
    expect(app.Id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(parseStringPromise(xml.replace("</Hosts>", ""))).rejects.toThrow();
  });

  it("requires the shared runtime 1.1 and runs one long-lived page", () => {
    const sets = list(app.Requirements.Sets.Set as { Name: string; MinVersion: string }[]);
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
    expect(host.Runtimes.Runtime).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
  });

  it("declares the custom functions in the LKIP namespace, on the same page as the pane", () => {
    const cf = list(host.AllFormFactors.ExtensionPoint as Record<string, unknown>[]).find(
      (e) => e["xsi:type"] === "CustomFunctions"
    ) as {
      Page: { SourceLocation: { resid: string } };
      Namespace: { resid: string };
      Metadata: { SourceLocation: { resid: string } };
    };
    expect(cf.Page.SourceLocation["resid"]).toBe("Taskpane.Url");
    const ns = list(
      resources["bt:ShortStrings"]["bt:String"] as { id: string; DefaultValue: string }[]
    ).find((s) => s["id"] === cf.Namespace["resid"]);
    expect(ns?.["DefaultValue"]).toBe("LKIP");
    expect(urlOf(cf.Metadata.SourceLocation["resid"])).toMatch(/\/functions\.json$/);
    expect(host.DesktopFormFactor.FunctionFile["resid"]).toBe("Taskpane.Url");
  });

  it("points every resource at the dev server in the source", () => {
    const urls = [...xml.matchAll(/https:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes("schemas.microsoft.com"));
    expect(urls.length).toBeGreaterThan(5);
    urls.forEach((u) => expect(u.startsWith("https://localhost:3000")).toBe(true));
  });

  it("has its production build rewrite every dev URL, not only the first", () => {
    const { urlDev } = webpackConfig.urls;
    const urlProd = "https://lkip.invalid/addin/";
    const prod = webpackConfig.toProd(xml, urlProd);
    expect(prod).not.toContain(urlDev);
    expect(prod).not.toContain("localhost");
    const count = (s: string, sub: string) => s.split(sub).length - 1;
    expect(count(prod, urlProd)).toBe(count(xml, urlDev));
    expect(count(xml, urlDev)).toBeGreaterThan(5);
  });
});
