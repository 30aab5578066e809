/**
 * The request model of Office.js: proxies queue operations and loads; nothing happens until
 * `context.sync()`, which applies the queue in order; reading a property that was not loaded (and
 * synced) throws PropertyNotLoaded; `*OrNullObject` proxies know `isNullObject` only after a sync.
 */
import type { FakeContext } from "./context";
import { richError } from "./errors";

export interface Step {
  /** Bytes this step adds to the request (writes and arguments). */
  bytes: number;
  run: () => unknown;
  /** For loads: the JSON sent back. */
  isLoad?: boolean;
  /** A write to cells or structure (fails in cell-edit mode like every request). */
  write?: boolean;
}

export function bytesOf(x: unknown): number {
  return JSON.stringify(x ?? null).length;
}

/** Something resolved lazily at sync time, once; null = a null object. */
export class Lazy<T> {
  private done = false;
  private value: T | null = null;
  constructor(private readonly find: () => T | null) {}
  get(): T | null {
    if (!this.done) {
      this.value = this.find();
      if (this.value !== null) this.done = true;
    }
    return this.value;
  }
  must(what: string): T {
    const v = this.get();
    if (v === null) throw richError("ItemNotFound", `${what} not found`);
    return v;
  }
}

export function propList(props?: string | string[] | object): string[] {
  if (props !== undefined && typeof props === "object" && !Array.isArray(props))
    throw richError("InvalidArgument", "the double takes load() with property names only");
  return (Array.isArray(props) ? props : ((props as string | undefined) ?? "").split(","))
    .map((p) => p.trim().replace(/^items\//, ""))
    .filter(Boolean);
}

export abstract class BaseProxy {
  protected loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  constructor(readonly context: FakeContext) {}
  protected prop<T>(name: string): T {
    if (this.nullKnown === true)
      throw richError("InvalidOperation", `property ${name} of a null object`);
    if (!this.loaded.has(name)) {
      throw richError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return this.loaded.get(name) as T;
  }
  protected abstract snapshot(prop: string): unknown;
  protected abstract exists(): boolean;
  /** For *OrNullObject proxies: queue the null check. */
  queueNullCheck(): void {
    this.context.queue({ bytes: 40, isLoad: true, run: () => (this.nullKnown = !this.exists()) });
  }
  get isNullObject(): boolean {
    if (this.nullKnown === undefined)
      throw richError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
    return this.nullKnown;
  }
  load(props?: string | string[]): this {
    const list = propList(props);
    this.context.queue({
      bytes: 40 + bytesOf(list),
      isLoad: true,
      run: () => {
        if (!this.exists()) {
          if (this.nullKnown === undefined)
            throw richError("ItemNotFound", "load on an object that does not exist");
          return null;
        }
        return this.loadNow(list);
      },
    });
    return this;
  }
  /** Used by collection loads: load the listed props now (we are inside sync). */
  loadNow(props: string[]): unknown {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      const v = this.snapshot(p);
      this.loaded.set(p, v);
      out[p] = v;
    }
    return out;
  }
  protected op(bytes: number, run: () => void): void {
    this.context.queue({ bytes: 60 + bytes, run, write: true });
  }
}

/** Collections: load("items/a,items/b") or load("a,b") both load the listed props of each item. */
export abstract class CollectionProxy<T extends BaseProxy> {
  private itemsLoaded: T[] | null = null;
  constructor(readonly context: FakeContext) {}
  protected abstract list(): T[];
  get items(): T[] {
    if (!this.itemsLoaded)
      throw richError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load() and context.sync()."
      );
    return this.itemsLoaded;
  }
  load(props?: string | string[]): this {
    const list = propList(props);
    this.context.queue({
      bytes: 40 + bytesOf(list),
      isLoad: true,
      run: () => {
        const items = this.list();
        const out = items.map((it) => it.loadNow(list)); // item loads at the same point of the queue
        this.itemsLoaded = items;
        return out;
      },
    });
    return this;
  }
}
