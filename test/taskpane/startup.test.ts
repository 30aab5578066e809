/** The pane's start: wait for Office, load nothing until shown, re-read when shown again, show failures. */
import { describe, expect, it } from "vitest";
import type { HostInfo } from "../../src/excel";
import { explainError } from "../../src/excel";
import { SLOW_NOTE, start, type StartDeps } from "../../src/taskpane/startup";

const inExcel: HostInfo = { inExcel: true, language: "id", supports: () => true };

function deps(over: Partial<StartDeps> & { visible?: boolean } = {}) {
  const said: string[] = [];
  const mounts: ((cb: () => void) => () => void)[] = [];
  let change: (v: boolean) => void = () => undefined;
  const d: StartDeps = {
    detect: async () => inExcel,
    visibility: () => ({ visible: over.visible ?? true, onChange: (h) => (change = h) }),
    mount: async (_host, onShown) => void mounts.push(onShown),
    say: (t) => said.push(t),
    explain: explainError,
    ...over,
  };
  return { d, said, mounts, show: (v: boolean) => change(v) };
}

describe("start", () => {
  it("loads the UI at once when the pane is on screen", async () => {
    const t = deps();
    await start(t.d);
    expect(t.mounts).toHaveLength(1);
  });

  it("loads nothing while the shared runtime runs without a visible pane, then on being shown", async () => {
    const t = deps({ visible: false });
    await start(t.d);
    expect(t.mounts).toHaveLength(0);
    t.show(true);
    await Promise.resolve();
    expect(t.mounts).toHaveLength(1);
  });

  it("tells the UI when the pane is shown again, so it reads the workbook afresh", async () => {
    const t = deps();
    await start(t.d);
    let reads = 0;
    t.mounts[0](() => reads++);
    t.show(false);
    t.show(true);
    expect(reads).toBe(1);
  });

  it("shows a failed start instead of swallowing it", async () => {
    const t = deps({
      mount: async () => {
        throw Object.assign(new Error("ChunkLoadError: Loading chunk pane failed."), { code: "" });
      },
    });
    await start(t.d);
    expect(t.said.at(-1)).toMatch(/^LKIP tidak dapat dimulai\./);
    expect(t.said.at(-1)).not.toContain("ChunkLoadError");
  });

  it("says Excel is still starting when Office is slow", async () => {
    const t = deps({
      detect: async (opts) => {
        opts.onSlow?.();
        return inExcel;
      },
    });
    await start(t.d);
    expect(t.said).toEqual([SLOW_NOTE]);
    expect(t.mounts).toHaveLength(1);
  });
});
