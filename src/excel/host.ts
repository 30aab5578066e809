/* global clearTimeout, globalThis, setTimeout */
import type { Supports } from "./run";

export interface HostInfo {
  /** True when running inside Excel (Office.onReady reported host Excel). */
  inExcel: boolean;
  /** UI language: "id" when Office (or, outside Office, the browser) says Indonesian, else "en". */
  language: "id" | "en";
  /** Office.context.requirements.isSetSupported, or always false outside Excel. */
  supports: Supports;
  /** Office.context.diagnostics: host, platform (PC, Mac, OfficeOnline…) and build, for support messages. */
  diagnostics?: { host: string; platform: string; version: string };
}

/** The globals host detection looks at; a parameter so tests can pass their own. */
export interface HostGlobals {
  Office?: unknown;
  navigator?: { language?: string };
  document?: { visibilityState?: string };
}

interface OfficeLike {
  onReady?: () => Promise<{ host?: unknown; platform?: unknown } | undefined>;
  context?: {
    displayLanguage?: string;
    requirements?: { isSetSupported?: (name: string, minVersion?: string) => boolean };
    diagnostics?: { host?: unknown; platform?: unknown; version?: unknown };
  };
  addin?: {
    onVisibilityModeChanged?: (
      handler: (args: { visibilityMode?: string }) => void
    ) => Promise<unknown>;
  };
}

export interface DetectOptions {
  /** Called once when Office has not answered after `slowMs` (the pane then says Excel is still starting). */
  onSlow?: () => void;
  slowMs?: number;
}

function languageOf(tag: string | undefined): "id" | "en" | null {
  if (!tag) return null;
  const t = tag.toLowerCase();
  // "in" is the legacy ISO code for Indonesian that some hosts still report.
  if (t.startsWith("id") || t.startsWith("in-") || t === "in") return "id";
  return "en";
}

const globalsNow = () => globalThis as unknown as HostGlobals;

/**
 * The only place, besides Excel.run, that looks at Office globals. Safe when office.js is not
 * loaded at all (no `Office`: outside Office at once) and when it is loaded outside Office
 * (onReady gives host null). While Office is there it waits for onReady however long Excel takes
 * to start ("Initialize your Office Add-in"), calling `onSlow` after a few seconds so the pane
 * can say so, rather than deciding "not in Excel" inside a slow Excel.
 */
export async function detectHost(
  globals: HostGlobals = globalsNow(),
  opts: DetectOptions = {}
): Promise<HostInfo> {
  const browserLanguage = languageOf(globals.navigator?.language) ?? "id";
  const office = globals.Office as OfficeLike | undefined;
  const outside: HostInfo = { inExcel: false, language: browserLanguage, supports: () => false };
  if (!office || typeof office.onReady !== "function") return outside;

  let info: { host?: unknown } | undefined;
  const timer = setTimeout(() => opts.onSlow?.(), opts.slowMs ?? 4000);
  try {
    info = await office.onReady();
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
  const d = office.context?.diagnostics;
  return {
    inExcel: true,
    language: languageOf(office.context?.displayLanguage) ?? browserLanguage,
    supports,
    diagnostics: {
      host: String(d?.host ?? "Excel"),
      platform: String(d?.platform ?? (info as { platform?: unknown }).platform ?? ""),
      version: String(d?.version ?? ""),
    },
  };
}

/**
 * Whether the task pane is showing, and a subscription to changes. In the shared runtime this page
 * also runs when only a cell's =LKIP.… formula started it, with no pane on screen; nothing should
 * read the workbook then. Office.addin.onVisibilityModeChanged (SharedRuntime 1.1, "Show or hide
 * the task pane of your Office Add-in") reports later changes; the start state is the page's own
 * visibility, as Office gives no call for it.
 */
export function paneVisibility(globals: HostGlobals = globalsNow()): {
  visible: boolean;
  onChange: (handler: (visible: boolean) => void) => void;
} {
  const office = globals.Office as OfficeLike | undefined;
  const visible = globals.document?.visibilityState !== "hidden";
  return {
    visible,
    onChange: (handler) => {
      const subscribe = office?.addin?.onVisibilityModeChanged;
      if (typeof subscribe !== "function") return;
      subscribe
        .call(office!.addin, (args) => handler(args?.visibilityMode !== "Hidden"))
        .catch(() => undefined);
    },
  };
}
