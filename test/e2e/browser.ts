/**
 * Debian's Chromium through playwright-core: never a browser download. The flags keep it off the
 * network (this machine has none) and let it run as root in CI.
 */
import { execFileSync } from "node:child_process";
import { chromium, type Browser } from "playwright-core";

export function chromiumPath(): string {
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error("Chromium tidak ditemukan: pasang dengan `apt-get install chromium`.");
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The CDN address taskpane.html loads Office.js from; tests answer it locally. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
