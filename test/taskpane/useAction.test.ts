import { describe, expect, it } from "vitest";
import { runAction } from "../../src/taskpane/useAction";
import type { Action } from "../../src/taskpane/state";

describe("runAction", () => {
  it("marks busy, shows the error, and always ends busy", async () => {
    const seen: Action[] = [];
    await runAction(
      (a) => seen.push(a),
      { kind: "sample" },
      async () => {
        throw new Error("Lembar terkunci");
      }
    );
    expect(seen.map((a) => a.type)).toEqual(["start", "failed", "finish"]);
    expect(seen[1]).toEqual({ type: "failed", message: "Lembar terkunci" });
  });

  it("without an error: start, then finish", async () => {
    const seen: Action[] = [];
    await runAction(
      (a) => seen.push(a),
      { kind: "read" },
      async () => undefined
    );
    expect(seen.map((a) => a.type)).toEqual(["start", "finish"]);
  });
});
