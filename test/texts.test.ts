/**
 * The one completeness test of every text shown to a person: each dictionary `src/**\/X.id.ts`
 * (Indonesian, the first language) has its English `X.en.ts` with every key, the same
 * placeholders, and the same parameters shown. A new dictionary pair is found by its name; a
 * dictionary whose texts are functions of structured parameters gets its samples in SAMPLES.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FINDING_CODES } from "../src/report/contract/findings";
import { LEFT_OUT_CODES } from "../src/report/tables/reasons";
import { compareDictionaries, type Samples } from "./dictionaries";
import { C, SAMPLES as FINDING_SAMPLES } from "./report/contract/finding-samples";
import { refAddress } from "../src/report/contract/address";
import { REASON_SAMPLES } from "./report/tables/reason-samples";
import { ANGKA_SAMPLES, CORE_SAMPLES } from "./report/contract/core-samples";
import {
  BESAR_SAMPLES,
  READ_FAILURE_SAMPLES,
  RUSAK_SAMPLES,
} from "./report/contract/read-failure-samples";

const SRC = join(__dirname, "../src");

/** Every dictionary pair under src/, as paths relative to src/ without ".id.ts". */
function dictionaries(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".id.ts"))
    .map((f) => f.slice(0, -".id.ts".length).split("\\").join("/"))
    .sort();
}

/** Samples of one-argument texts, keyed "prefix.KEY". */
const byPath = (prefix: string, samples: Record<string, unknown[]>): Samples =>
  Object.fromEntries(
    Object.entries(samples).map(([k, xs]) => [`${prefix}.${k}`, xs.map((x) => [x])])
  );

/** Sample arguments for the dictionaries whose texts take structured parameters. */
const SAMPLES: Record<string, Samples> = {
  "report/contract/findings": Object.fromEntries(
    FINDING_CODES.map((k) => [k, FINDING_SAMPLES[k].map((p) => [p, refAddress(C)])])
  ),
  "report/contract/core": {
    ...Object.fromEntries(
      Object.entries(CORE_SAMPLES).map(([k, rs]) => [`reasons.${k}`, rs.map((r) => [r])])
    ),
    ...Object.fromEntries(
      Object.entries(ANGKA_SAMPLES).map(([k, ss]) => [`angka.${k}`, ss.map((x) => [x])])
    ),
  },
  "report/contract/read-failure": {
    ...byPath("failures", READ_FAILURE_SAMPLES),
    ...byPath("rusak", RUSAK_SAMPLES),
    ...byPath("besar", BESAR_SAMPLES),
  },
  // Bab III: the texts that word a predikat take its label (the core's words).
  "report/tables/bab3/bab3": {
    predikat: [["Melebihi target"], ["Tercapai"], ["Tidak tercapai"]],
    predikatBand: [[12, "Melebihi target"]],
    item1Kualitatif: [["Opini BPK", "WTP", "WDP", "Tidak tercapai"]],
    item5Kualitatif: [["Tercapai"]],
  },
  "report/tables/reasons": Object.fromEntries(
    LEFT_OUT_CODES.map((k) => [k, REASON_SAMPLES[k].map((r) => [r.param])])
  ),
};

describe("every text in both languages", () => {
  const pairs = dictionaries();

  it("finds the dictionaries of every area", () => {
    for (const area of [
      "report/contract/findings",
      "report/tables/reasons",
      "taskpane/pane",
      "web/page",
      "excel/errors",
      "report/contract/core",
      "report/contract/read-failure",
      "cli/cli",
      "excel/selftest",
    ])
      expect(pairs).toContain(area);
    for (const p of pairs)
      expect(readdirSync(join(SRC, p, ".."))).toContain(`${p.split("/").pop()}.en.ts`);
  });

  it.each(dictionaries())("%s: English has every key, placeholder and parameter", async (p) => {
    const id = ((await import(join(SRC, `${p}.id.ts`))) as { default: unknown }).default;
    const en = ((await import(join(SRC, `${p}.en.ts`))) as { default: unknown }).default;
    expect(id, `${p}.id.ts has a default export`).toBeTypeOf("object");
    expect(compareDictionaries(id, en, SAMPLES[p])).toEqual([]);
  });
});

describe("the completeness check itself", () => {
  const id = {
    title: "Tabel LKIP",
    stepOf: "Langkah {n} dari {total}",
    nested: { a: "satu", b: "dua" },
    reading: (name: string) => `Membaca ${name} …`,
  };

  it("passes a complete English dictionary", () => {
    const en = {
      title: "LKIP tables",
      stepOf: "Step {n} of {total}",
      nested: { a: "one", b: "two" },
      reading: (name: string) => `Reading ${name} …`,
    };
    expect(compareDictionaries(id, en)).toEqual([]);
  });

  it("fails on a missing English key, at any depth", () => {
    const en = {
      title: "LKIP tables",
      stepOf: "Step {n} of {total}",
      nested: { a: "one" },
      reading: (name: string) => `Reading ${name} …`,
    };
    expect(compareDictionaries(id, en)).toEqual(["nested.b: string in id, missing in en"]);
    expect(
      compareDictionaries(id, { ...en, nested: { a: "one", b: "two" }, title: undefined })
    ).toEqual(["title: string in id, missing in en"]);
  });

  it("fails on a placeholder or a parameter left out in English", () => {
    const en = {
      title: "LKIP tables",
      stepOf: "Step {n}",
      nested: { a: "one", b: "two" },
      reading: () => "Reading the file …",
    };
    expect(compareDictionaries(id, en)).toEqual([
      "stepOf: placeholders {n,total} in id, {n} in en",
      'reading: en does not show "9001"',
    ]);
  });

  it("fails on a key only English has, and on a hole in a text", () => {
    const en = {
      title: "LKIP tables",
      stepOf: "Step {n} of {total}",
      nested: { a: "one", b: "two", c: "three" },
      reading: (name: string) => `Reading ${name} … ${String(undefined)}`,
    };
    expect(compareDictionaries(id, en)).toEqual([
      "nested.c: in en only",
      "reading: en text has a hole: Reading 9001 … undefined",
    ]);
  });

  it("the compiler refuses an English dictionary without every key", () => {
    type Texts = typeof id;
    // @ts-expect-error -- `nested.b` and `reading` are missing: tsc --noEmit fails on this line otherwise
    const en: Texts = { title: "t", stepOf: "{n} {total}", nested: { a: "one" } };
    expect(en.title).toBe("t");
  });
});
