/** Excel.NamedItem and its collections (workbook scope and worksheet scope). */
import { rectAddress } from "./address";
import { BaseProxy, bytesOf, CollectionProxy, Lazy } from "./base";
import type { FakeContext } from "./context";
import { richError } from "./errors";
import { RangeProxy, type RangeTarget } from "./range";
import { findSheet, same, type FakeName, type FakeSheet } from "./state";

export class NamedItemCollectionProxy extends CollectionProxy<NamedItemProxy> {
  constructor(
    context: FakeContext,
    private readonly scope: Lazy<FakeSheet> | null
  ) {
    super(context);
  }
  private store(): FakeName[] {
    return this.scope ? this.scope.must("worksheet").names : this.context.wb.names;
  }
  protected list(): NamedItemProxy[] {
    return this.store().map((n) => new NamedItemProxy(this.context, new Lazy(() => n)));
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    const p = new NamedItemProxy(
      this.context,
      new Lazy(() => this.store().find((n) => same(n.name, name)) ?? null)
    );
    p.queueNullCheck();
    return p;
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      new Lazy(() => this.store().find((n) => same(n.name, name)) ?? null)
    );
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    let created: FakeName | null = null;
    const proxy = new NamedItemProxy(this.context, new Lazy(() => created));
    this.context.queue({
      bytes: 80 + bytesOf([name, comment]),
      write: true,
      run: () => {
        const store = this.store();
        if (store.some((n) => same(n.name, name)))
          throw richError("ItemAlreadyExists", `name ${name} exists`);
        if (typeof reference === "string") {
          created = { name, type: "String", value: reference };
        } else {
          const { sheet, rect } = reference.target.must("range");
          created = {
            name,
            type: "Range",
            value: rectAddress(sheet.name, rect, true),
            ref: { sheet: sheet.name, ...rect },
          };
        }
        store.push(created);
      },
    });
    return proxy;
  }
}

type NamedItemApi = Pick<Excel.NamedItem, "name" | "value" | "formula" | "isNullObject">;

export class NamedItemProxy extends BaseProxy implements NamedItemApi {
  constructor(
    context: FakeContext,
    readonly target: Lazy<FakeName>
  ) {
    super(context);
  }
  protected exists(): boolean {
    return this.target.get() !== null;
  }
  protected snapshot(p: string): unknown {
    const n = this.target.must("named item");
    if (p === "name") return n.name;
    if (p === "type") return n.type;
    if (p === "value") return n.value;
    if (p === "formula") return `=${n.value}`;
    if (p === "visible") return true;
    throw richError("InvalidArgument", `fake NamedItem has no property ${p}`);
  }
  get name(): string {
    return this.prop("name");
  }
  get type(): string {
    return this.prop("type");
  }
  get value(): any {
    return this.prop("value");
  }
  get formula(): any {
    return this.prop("formula");
  }
  /** getRange fails the sync for a name that is not a range (docs.ts: namedItem); the OrNullObject form gives null. */
  private resolve(orNull: boolean): RangeTarget | null {
    const n = this.target.get();
    if (!n || n.type !== "Range" || !n.ref) {
      if (orNull) return null;
      throw richError("InvalidArgument", "The named item is not a range");
    }
    const sheet = findSheet(this.context.wb, n.ref.sheet);
    if (!sheet) {
      if (orNull) return null;
      throw richError("InvalidReference", "The named item refers to a missing sheet");
    }
    return { sheet, rect: { row: n.ref.row, col: n.ref.col, rows: n.ref.rows, cols: n.ref.cols } };
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, new Lazy(() => this.resolve(false)));
  }
  delete(): void {
    this.op(0, () => {
      const n = this.target.must("named item");
      const wb = this.context.wb;
      wb.names = wb.names.filter((x) => x !== n);
      for (const s of wb.sheets) s.names = s.names.filter((x) => x !== n);
    });
  }
  getRangeOrNullObject(): RangeProxy {
    const p = new RangeProxy(this.context, new Lazy(() => this.resolve(true)));
    p.queueNullCheck();
    return p;
  }
}
