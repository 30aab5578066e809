/**
 * Gzipped size of what the browser loads from dist/: the functions bundle, and everything the task
 * pane loads before its first paint (taskpane.html's own scripts plus the lazily imported chunks).
 * Chunks named `later-*` load only when the user first asks for their work (building tables,
 * inserting the sample): counted apart, never in the first load.
 * Office.js itself comes from Microsoft's CDN and is not ours, so it is not counted.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSizes {
  functionsKb: number;
  taskpaneKb: number;
  /** lkip.html's scripts (the browser page: ExcelJS and the tables pipeline). */
  webKb: number;
  /** File → gzipped KB, for the table. */
  files: Record<string, number>;
  /** The files counted for the pane (in load order). */
  paneFiles: string[];
  /** On-demand chunks (`later-*`), loaded on first use after the pane is on screen. */
  laterKb: number;
  laterFiles: string[];
  built: "fresh" | "existing" | "existing (stale: build failed)";
}

const kb = (bytes: number) => bytes / 1024;

/** The address test and benchmark builds are made for (.invalid never resolves, RFC 2606). */
export const TEST_ADDIN_URL = "https://lkip.invalid/";

/** An entry's bundle in dist/, content-hashed in production (`functions.1a2b3c4d.js`). */
export const isBundle = (file: string, entry: string) =>
  new RegExp(`^${entry}(\\.[0-9a-f]{8})?\\.js$`).test(file);

export function gzKb(file: string): number {
  return kb(gzipSync(readFileSync(file)).length);
}

/** A chunk loaded on first use, not at first paint (webpackChunkName "later-…"). */
export const isLater = (file: string) => /^later-[\w-]+(\.[0-9a-f]{8})?\.js$/.test(file);

/** Local scripts of an HTML page, in document order (absolute CDN URLs left out). */
export function localScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=("([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi)) {
    const src = m[2] ?? m[3] ?? m[4] ?? "";
    if (!/^(https?:)?\/\//i.test(src)) out.push(src.replace(/^\.?\//, ""));
  }
  return out;
}

export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than the sources the browser bundles. */
export function ensureDist(
  root: string,
  log: (s: string) => void,
  force = false
): BundleSizes["built"] {
  const dist = join(root, "dist");
  const marker = join(dist, "taskpane.html");
  const webMarker = join(dist, "lkip.html");
  const sources = ["src/functions", "src/taskpane", "src/core", "src/report", "src/excel"].map(
    (d) => join(root, d)
  );
  const stale =
    !existsSync(marker) ||
    !existsSync(webMarker) ||
    [...sources, join(root, "src/web"), join(root, "src/xlsx")].some(
      (d) => newestMtime(d) > Math.min(statSync(marker).mtimeMs, statSync(webMarker).mtimeMs)
    );
  if (!stale && !force) return "existing";
  log(
    existsSync(marker)
      ? "dist/ is older than src/: rebuilding (webpack, addin and web)"
      : "dist/ is missing: building (webpack, addin and web)"
  );
  try {
    execSync("npx webpack --mode production --config-name addin --config-name web", {
      cwd: root,
      // Measured, never deployed: an address that cannot resolve unless the caller gives one.
      env: { ...process.env, ADDIN_URL: process.env.ADDIN_URL || TEST_ADDIN_URL },
      stdio: ["ignore", "ignore", "inherit"],
    });
    return "fresh";
  } catch (e) {
    if (!existsSync(marker)) throw e;
    log("  build failed; measuring the existing dist/ instead");
    return "existing (stale: build failed)";
  }
}

export function bundleSizes(root: string, built: BundleSizes["built"]): BundleSizes {
  const dist = join(root, "dist");
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const scripts = localScripts(html);
  // Lazily imported chunks are every other top-level .js file (the build names them [name].[hash].js);
  // the pane's first dynamic import pulls them all (its own code and the vendor split), except the
  // `later-*` ones. The browser page's bundles live under web/ and are not counted here.
  const entries = new Set(scripts);
  const functionsJs = scripts.find((f) => isBundle(f, "functions"));
  if (!functionsJs)
    throw new Error(`taskpane.html loads no functions bundle: ${scripts.join(", ")}`);
  // functions.js is the manifest's fixed-name copy of the functions bundle; the pane never loads it.
  const chunks = readdirSync(dist).filter(
    (f) => f.endsWith(".js") && !entries.has(f) && f !== "functions.js" && !isBundle(f, "functions")
  );
  const paneFiles = [...scripts, ...chunks.filter((f) => !isLater(f)).sort()];
  const laterFiles = chunks.filter(isLater).sort();
  const files: Record<string, number> = {};
  for (const f of new Set([...paneFiles, ...laterFiles]))
    files[relative(dist, join(dist, f))] = gzKb(join(dist, f));
  const webScripts = localScripts(readFileSync(join(dist, "lkip.html"), "utf8"));
  for (const f of webScripts) files[f] = gzKb(join(dist, f));
  return {
    webKb: webScripts.reduce((s, f) => s + files[f], 0),
    functionsKb: files[functionsJs],
    taskpaneKb: paneFiles.reduce((s, f) => s + files[f], 0),
    files,
    paneFiles,
    laterKb: laterFiles.reduce((s, f) => s + files[f], 0),
    laterFiles,
    built,
  };
}
