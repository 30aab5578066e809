/* global clearTimeout, globalThis, setTimeout */
import type { Supports } from "./run";

export interface HostInfo {
  /** True when running inside Excel (Office.onReady reported host Excel). */
  inExcel: boolean;
  /** UI language: "id" when Office (or, outside Office, the browser) says Indonesian, else "en". */
  language: "id" | "en";
  /** Office.context.requirements.isSetSupported, or always false outside Excel. */
  supports: Supports;
}

/** The globals host detection looks at; a parameter so tests can pass their own. */
export interface HostGlobals {
  Office?: unknown;
  navigator?: { language?: string };
}

interface OfficeLike {
  onReady?: () => Promise<{ host?: unknown } | undefined>;
  context?: {
    displayLanguage?: string;
    requirements?: { isSetSupported?: (name: string, minVersion?: string) => boolean };
  };
}

function languageOf(tag: string | undefined): "id" | "en" | null {
  if (!tag) return null;
  const t = tag.toLowerCase();
  // "in" is the legacy ISO code for Indonesian that some hosts still report.
  if (t.startsWith("id") || t.startsWith("in-") || t === "in") return "id";
  return "en";
}

/**
 * The only place, besides Excel.run, that looks at Office globals. Safe when office.js is not
 * loaded at all (no `Office`), and when it is loaded outside Office (onReady gives host null).
 */
export async function detectHost(
  globals: HostGlobals = globalThis as unknown as HostGlobals,
  timeoutMs = 5000
): Promise<HostInfo> {
  const browserLanguage = languageOf(globals.navigator?.language) ?? "id";
  const office = globals.Office as OfficeLike | undefined;
  const outside: HostInfo = { inExcel: false, language: browserLanguage, supports: () => false };
  if (!office || typeof office.onReady !== "function") return outside;

  let info: { host?: unknown } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // onReady can stay pending when office.js is served but no host ever answers.
    info = await Promise.race([
      office.onReady(),
      new Promise<undefined>(
        (resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs))
      ),
    ]);
  } catch {
    return outside;
  } finally {
    clearTimeout(timer);
  }
  if (!info || info.host !== "Excel") return outside;

  const isSetSupported = office.context?.requirements?.isSetSupported;
  const supports: Supports = (set, version) => {
    try {
      return (
        typeof isSetSupported === "function" &&
        isSetSupported.call(office.context?.requirements, set, version) === true
      );
    } catch {
      return false;
    }
  };
  return {
    inExcel: true,
    language: languageOf(office.context?.displayLanguage) ?? browserLanguage,
    supports,
  };
}
