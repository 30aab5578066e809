import { describe, expect, it } from "vitest";
import { poolSize } from "../../src/cli/rekap-pool";

describe("poolSize: one worker thread per two free cores", () => {
  it("works in this thread for one file or on one core", () => {
    expect(poolSize(1, 8, 0)).toBe(0);
    expect(poolSize(300, 1, 0)).toBe(0);
  });

  it("one thread per two cores on an idle machine (each thread's compiler takes the other), never more than the files", () => {
    expect(poolSize(300, 2, 0)).toBe(1);
    expect(poolSize(300, 8, 0.4)).toBe(4);
    expect(poolSize(300, 3, 0)).toBe(1);
    expect(poolSize(3, 16, 0)).toBe(3);
  });

  it("only the cores the load average leaves free, and always one thread", () => {
    expect(poolSize(300, 8, 5.2)).toBe(3);
    expect(poolSize(300, 16, 13.5)).toBe(3);
    expect(poolSize(300, 2, 0.9)).toBe(1);
    expect(poolSize(300, 2, 1.3)).toBe(1);
    expect(poolSize(300, 2, 19)).toBe(1);
  });
});
