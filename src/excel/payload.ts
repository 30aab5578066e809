/* global TextEncoder */
/**
 * Splitting queued writes into syncs by estimated request size. Excel on the web refuses a
 * request over 5 MB; each batch here stays under `limit` bytes of JSON (values and formats
 * dominate, so they are measured; other operations get a fixed estimate).
 */

const encoder = new TextEncoder();

/** UTF-8 bytes of the JSON text of x — close to what Office.js puts on the wire for an argument. */
export function jsonBytes(x: unknown): number {
  return encoder.encode(JSON.stringify(x)).length;
}

/** Rough size of one queued action with small arguments (object path, method, ids). */
export const OP_OVERHEAD = 160;

export interface Op<C> {
  bytes: number;
  apply: (c: C) => void;
}

/** Greedy grouping, order kept; an op larger than the limit gets a batch of its own. */
export function toBatches<C>(ops: Op<C>[], limit: number): Op<C>[][] {
  const batches: Op<C>[][] = [];
  let current: Op<C>[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Row blocks of a 2-D grid (values and formats written together) such that each block's JSON
 * stays under `limit`; the count is 1 for ordinary sheets.
 */
export function rowBlocks(rowBytes: number[], limit: number): { start: number; count: number }[] {
  const blocks: { start: number; count: number }[] = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((b, r) => {
    if (r > start && size + b > limit) {
      blocks.push({ start, count: r - start });
      start = r;
      size = 0;
    }
    size += b;
  });
  if (rowBytes.length > start) blocks.push({ start, count: rowBytes.length - start });
  return blocks;
}
