/**
 * How the pane starts, without React: wait for Office (saying so when Excel is slow), load the UI
 * only once the pane is on screen (the shared runtime also runs this page for the functions alone),
 * tell the UI when it is shown again, and show a failed start instead of "Memuat LKIP…" forever.
 */
import type { DetectOptions, HostInfo } from "../excel";

export interface StartDeps {
  detect: (opts: DetectOptions) => Promise<HostInfo>;
  visibility: () => { visible: boolean; onChange: (h: (visible: boolean) => void) => void };
  /** Loads and mounts the UI (React comes in a lazily loaded chunk). */
  mount: (host: HostInfo, onShown: (cb: () => void) => () => void) => Promise<void>;
  /** Replaces the loading line with a plain text (before React is there). */
  say: (text: string) => void;
  explain: (e: unknown, language: "id" | "en") => string;
}

export const SLOW_NOTE =
  "Excel masih memuat add-in… Panel akan terbuka sendiri setelah Excel siap. / Excel is still starting the add-in; the pane opens when Excel is ready.";

export async function start(deps: StartDeps): Promise<void> {
  let language: "id" | "en" = "id";
  try {
    const host = await deps.detect({ onSlow: () => deps.say(SLOW_NOTE), slowMs: 4000 });
    language = host.language;
    const listeners = new Set<() => void>();
    const onShown = (cb: () => void) => {
      listeners.add(cb);
      return () => void listeners.delete(cb);
    };
    let mounted: Promise<void> | null = null;
    const mountOnce = () => (mounted ??= deps.mount(host, onShown));
    const pane = deps.visibility();
    pane.onChange((visible) => {
      if (!visible) return;
      if (mounted) listeners.forEach((cb) => cb());
      else void mountOnce().catch((e) => deps.say(failure(deps, e, language)));
    });
    // Outside Excel there are no functions to serve: the page is the pane.
    if (pane.visible || !host.inExcel) await mountOnce();
  } catch (e) {
    deps.say(failure(deps, e, language));
  }
}

function failure(deps: StartDeps, e: unknown, language: "id" | "en"): string {
  const head = language === "id" ? "LKIP tidak dapat dimulai." : "LKIP could not start.";
  return `${head} ${deps.explain(e, language)}`;
}
