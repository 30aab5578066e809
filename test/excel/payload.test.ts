import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { OP_OVERHEAD, jsonBytes, rowBlocks, toBatches, type Op } from "../../src/excel/payload";

/** Independent UTF-8 byte count of the JSON text, via Node's Buffer. */
const utf8 = (x: unknown) => Buffer.byteLength(JSON.stringify(x), "utf8");

describe("jsonBytes", () => {
  it("counts ASCII JSON text byte for byte, quotes and brackets included", () => {
    expect(jsonBytes("abc")).toBe(5); // "abc"
    expect(jsonBytes(12345)).toBe(5);
    expect(
      jsonBytes([
        ["a", 1],
        [null, true],
      ])
    ).toBe('[["a",1],[null,true]]'.length);
    expect(jsonBytes(null)).toBe(4);
  });

  it("counts UTF-8 bytes, not UTF-16 code units, for Indonesian and emoji text", () => {
    // "é" is 2 bytes, "—" 3 bytes, "😀" 4 bytes (2 UTF-16 code units).
    expect(jsonBytes("é")).toBe(2 + 2);
    expect(jsonBytes("—")).toBe(3 + 2);
    expect(jsonBytes("😀")).toBe(4 + 2);
    const teks = "Persentase Keluarga Penerima Manfaat — capaian 92,71 % 😀";
    expect(jsonBytes(teks)).toBe(utf8(teks));
    expect(jsonBytes(teks)).toBeGreaterThan(JSON.stringify(teks).length);
  });

  it("counts escapes as JSON writes them", () => {
    expect(jsonBytes('a"b')).toBe('"a\\"b"'.length);
    expect(jsonBytes("a\nb")).toBe('"a\\nb"'.length);
  });

  it("agrees with Buffer.byteLength for any string grid", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string({ unit: "grapheme" }), fc.integer()))),
        (g) => {
          expect(jsonBytes(g)).toBe(utf8(g));
        }
      )
    );
  });
});

/** Ops of the given sizes; each is a distinct object, so identity tells them apart. */
function ops(sizes: number[]): Op<string[]>[] {
  return sizes.map((bytes, id) => ({ bytes, apply: (log) => log.push(String(id)) }));
}

describe("toBatches", () => {
  it("keeps order and fills each batch greedily up to the limit", () => {
    const input = ops([40, 40, 30, 50, 60]);
    const ids = toBatches(input, 100).map((b) => b.map((o) => input.indexOf(o)));
    // 40+40 ≤ 100, +30 would be 110; 30+50 = 80, +60 would be 140; 60 alone.
    expect(ids).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("accepts a batch exactly at the limit", () => {
    const batches = toBatches(ops([50, 50, 1]), 100);
    expect(batches.map((b) => b.length)).toEqual([2, 1]);
  });

  it("puts an op larger than the limit in a batch of its own", () => {
    const input = ops([10, 500, 10, 10]);
    const ids = toBatches(input, 100).map((b) => b.map((o) => input.indexOf(o)));
    expect(ids).toEqual([[0], [1], [2, 3]]);
  });

  it("gives no batch for no ops", () => {
    expect(toBatches([], 100)).toEqual([]);
  });

  it("keeps every op once, in order, each batch under the limit unless it holds one op", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 250 }),
        (sizes, limit) => {
          const input = ops(sizes);
          const batches = toBatches(input, limit);
          expect(batches.flat()).toEqual(input);
          for (const b of batches) {
            expect(b.length).toBeGreaterThan(0);
            const total = b.reduce((a, o) => a + o.bytes, 0);
            if (b.length > 1) expect(total).toBeLessThanOrEqual(limit);
          }
          // Greedy: the next batch's first op did not fit into the previous batch.
          for (let i = 1; i < batches.length; i++) {
            const prev = batches[i - 1].reduce((a, o) => a + o.bytes, 0);
            expect(prev + batches[i][0].bytes).toBeGreaterThan(limit);
          }
        }
      )
    );
  });

  it("has an overhead estimate for small ops that is positive", () => {
    expect(OP_OVERHEAD).toBeGreaterThan(0);
  });
});

describe("rowBlocks", () => {
  it("gives one block for a small grid", () => {
    expect(rowBlocks([10, 10, 10], 1000)).toEqual([{ start: 0, count: 3 }]);
  });

  it("splits where the next row would pass the limit", () => {
    // 40+40 = 80; +30 = 110 > 100 → new block; 30+50 = 80; +60 → new block.
    expect(rowBlocks([40, 40, 30, 50, 60], 100)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 2 },
      { start: 4, count: 1 },
    ]);
  });

  it("gives a row larger than the limit a block of its own", () => {
    expect(rowBlocks([10, 500, 10], 100)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
      { start: 2, count: 1 },
    ]);
  });

  it("gives no block for no rows", () => {
    expect(rowBlocks([], 100)).toEqual([]);
  });

  it("covers every row exactly once, in order, each block under the limit unless one row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 250 }),
        (rows, limit) => {
          const blocks = rowBlocks(rows, limit);
          let next = 0;
          for (const { start, count } of blocks) {
            expect(start).toBe(next);
            expect(count).toBeGreaterThan(0);
            next = start + count;
            const size = rows.slice(start, start + count).reduce((a, b) => a + b, 0);
            if (count > 1) expect(size).toBeLessThanOrEqual(limit);
          }
          expect(next).toBe(rows.length);
        }
      )
    );
  });
});
