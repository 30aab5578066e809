/**
 * Time from navigation start to every custom function registered, in headless Chromium (Debian's,
 * via playwright-core), with dist/ served locally and the in-memory host served in place of
 * office.js as the end-to-end test does. Also when the pane first paints its UI, and which
 * scripts were fetched by then (a check on the static count of bundle-size.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launch, OFFICE_JS_URL } from "../e2e/browser";
import { bundle } from "../e2e/bundle";
import { serve } from "../e2e/serve";
import { median } from "./stats";

export const FUNCTION_COUNT = 5;

export interface ReadyRun {
  functionsMs: number;
  paneMs: number;
  scriptsBeforePane: string[];
}

export interface ReadyResult {
  functionsReadyMs: number;
  paneReadyMs: number;
  runs: ReadyRun[];
  scriptsBeforePane: string[];
}

/** Installed before any page script: notes when the pane replaces its "Memuat…" placeholder. */
function watchFirstPaint(): void {
  const w = window as unknown as { __paneAt?: number };
  const observer = new MutationObserver(() => {
    const c = document.getElementById("container");
    if (
      w.__paneAt === undefined &&
      c &&
      c.firstElementChild &&
      c.firstElementChild.id !== "memuat"
    ) {
      const at = performance.now();
      observer.disconnect();
      // The next frame is when it is on screen.
      requestAnimationFrame(() => (w.__paneAt = Math.max(at, performance.now())));
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function oneLoad(browser: Browser, url: string, fakeOffice: Buffer): Promise<ReadyRun> {
  // A fresh context each time: nothing cached from the previous load.
  const context = await browser.newContext();
  try {
    await context.route(OFFICE_JS_URL, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOffice })
    );
    const page = await context.newPage();
    await page.addInitScript(watchFirstPaint);
    await page.goto(url);
    await page.waitForFunction(
      (n) =>
        Object.keys((window as never as { __associated?: object }).__associated ?? {}).length >= n,
      FUNCTION_COUNT,
      { timeout: 30_000 }
    );
    await page.waitForFunction(
      () => (window as never as { __paneAt?: number }).__paneAt !== undefined,
      undefined,
      { timeout: 30_000 }
    );
    return await page.evaluate((n) => {
      const w = window as unknown as { __associated: Record<string, number>; __paneAt: number };
      const times = Object.values(w.__associated).sort((a, b) => a - b);
      const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter(
          (e) =>
            e.initiatorType === "script" &&
            e.responseEnd <= w.__paneAt &&
            e.name.startsWith(location.origin)
        )
        .map((e) => new URL(e.name).pathname.replace(/^\//, ""));
      return { functionsMs: times[n - 1], paneMs: w.__paneAt, scriptsBeforePane: scripts };
    }, FUNCTION_COUNT);
  } finally {
    await context.close();
  }
}

export async function measureReady(root: string, loads = 7): Promise<ReadyResult> {
  const fakeFile = join(root, "out/bench/fake-office.js");
  await bundle(join(root, "test/e2e/fake-office-entry.ts"), fakeFile);
  const fakeOffice = readFileSync(fakeFile);
  const server = await serve(join(root, "dist"));
  const browser = await launch();
  try {
    const url = `${server.url}taskpane.html`;
    await oneLoad(browser, url, fakeOffice); // warm-up: browser start, disk cache of the OS
    const runs: ReadyRun[] = [];
    for (let i = 0; i < loads; i++) runs.push(await oneLoad(browser, url, fakeOffice));
    return {
      functionsReadyMs: median(runs.map((r) => r.functionsMs)),
      paneReadyMs: median(runs.map((r) => r.paneMs)),
      runs,
      scriptsBeforePane: runs[0].scriptsBeforePane,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
