/**
 * webpack.config.js: a production build cannot ship a placeholder address (ADDIN_URL), bundles are
 * content-hashed, and the dev server explains the certificate step instead of a stack trace. The
 * guards are proved by running webpack-cli itself; it stops while evaluating the config, before any
 * compilation, so these runs take seconds.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "..");
const require = createRequire(import.meta.url);
type FakeChunk = { name?: string; canBeInitial: () => boolean };
type Config = {
  name: string;
  output: { filename: string };
  entry?: Record<string, unknown>;
  optimization?: { splitChunks?: { chunks: (chunk: FakeChunk) => boolean } };
  plugins: { constructor: { name: string }; urlProd?: string }[];
};
const webpackConfig = require("../webpack.config.js") as ((
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<Config[] | Config>) & { addinUrl: (v: string | undefined) => string };
const cli = join(root, "node_modules/webpack-cli/bin/cli.js");

function webpack(args: string[], env: Record<string, string | undefined>) {
  const clean = { ...process.env, ...env };
  for (const k of Object.keys(clean)) if (clean[k] === undefined) delete clean[k];
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: clean as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 120_000,
  });
}

/** Evaluates the config in this process with ADDIN_URL set as given (never unset for the add-in). */
async function evaluate(argv: Record<string, unknown>, addinUrl?: string): Promise<Config[]> {
  const before = process.env.ADDIN_URL;
  if (addinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = addinUrl;
  try {
    return ([] as Config[]).concat(await webpackConfig({ WEBPACK_BUILD: true }, argv));
  } finally {
    if (before === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = before;
  }
}

describe("ADDIN_URL", () => {
  it("stops a production build without it, with a sentence saying what to set", () => {
    const r = webpack(["--mode", "production"], { ADDIN_URL: undefined });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("ADDIN_URL belum diatur");
    expect(r.stderr).toContain("ADDIN_URL is not set");
    expect(r.stderr).toMatch(/ADDIN_URL=https:\/\/\S+ npm run build/);
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
  });

  it("stops a production build with an address Office cannot load", () => {
    const r = webpack(["--mode", "production"], { ADDIN_URL: "http://lkip.invalid/" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("harus alamat https://");
  });

  it("accepts an HTTPS address and always makes it a folder", () => {
    expect(webpackConfig.addinUrl("https://lkip.dinas.go.id/addin")).toBe(
      "https://lkip.dinas.go.id/addin/"
    );
    expect(webpackConfig.addinUrl(" https://lkip.invalid/ ")).toBe("https://lkip.invalid/");
    expect(() => webpackConfig.addinUrl("")).toThrow(/ADDIN_URL belum diatur/);
    expect(() => webpackConfig.addinUrl("lkip.dinas.go.id")).toThrow(/bukan alamat/);
    expect(() => webpackConfig.addinUrl("https://localhost:3000/")).toThrow(/build:dev/);
    expect(() => webpackConfig.addinUrl("https://x.invalid/?v=1")).toThrow(/tanpa \?/);
  });

  it("writes the given address into the production build, and keeps localhost in development", async () => {
    const prod = await evaluate({ mode: "production" }, "https://lkip.invalid/addin");
    const rewrite = prod
      .find((c) => c.name === "addin")!
      .plugins.find((p) => p.constructor.name === "ProdUrlPlugin");
    expect(rewrite?.urlProd).toBe("https://lkip.invalid/addin/");

    const dev = await evaluate({ mode: "development" });
    const addin = dev.find((c) => c.name === "addin")!;
    expect(addin.plugins.some((p) => p.constructor.name === "ProdUrlPlugin")).toBe(false);
  });

  it("is not needed to build the lkip command alone", async () => {
    const configs = await evaluate({ mode: "production", configName: ["cli"] });
    expect(configs.map((c) => c.name)).toContain("cli");
  });
});

describe("bundle names", () => {
  it("carry a content hash in production, so an update is never served from a stale cache", async () => {
    const [addin] = await evaluate({ mode: "production" }, "https://lkip.invalid/");
    expect(addin.output.filename).toContain("[contenthash");
    const [dev] = await evaluate({ mode: "development" });
    expect(dev.output.filename).toBe("[name].js");
  });
});

describe("chunks", () => {
  it("the pane reuses the functions bundle's modules (loaded first) instead of its own copy", async () => {
    const [addin] = await evaluate({ mode: "production" }, "https://lkip.invalid/");
    expect(addin.entry?.taskpane).toMatchObject({ dependOn: "functions" });
  });

  it("splits vendors out of lazily loaded chunks, but never out of a later-* chunk", async () => {
    const [addin] = await evaluate({ mode: "development" });
    const chunks = addin.optimization!.splitChunks!.chunks;
    const chunk = (name: string | undefined, initial = false) => ({
      name,
      canBeInitial: () => initial,
    });
    expect(chunks(chunk("pane"))).toBe(true);
    expect(chunks(chunk(undefined))).toBe(true);
    expect(chunks(chunk("later-writing"))).toBe(false);
    expect(chunks(chunk("taskpane", true))).toBe(false);
  });
});

describe("dev server", () => {
  it("explains the certificate step where the certificate cannot be installed", () => {
    // A home without certificates and a PATH without sudo: the install step must fail.
    const home = mkdtempSync(join(tmpdir(), "lkip-certs-"));
    const r = webpack(["serve", "--mode", "development"], {
      HOME: home,
      USERPROFILE: home,
      PATH: dirname(process.execPath),
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("npx office-addin-dev-certs install");
    expect(r.stderr).toContain("Sertifikat pengembangan");
    expect(r.stderr).toContain("The development certificate");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
