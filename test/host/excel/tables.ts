/** Excel.Table: header row, data body and the optional Total Row as separate ranges (docs.ts: table). */
import { BaseProxy, CollectionProxy, Lazy } from "./base";
import type { FakeContext } from "./context";
import { richError } from "./errors";
import { RangeProxy } from "./range";
import { findSheet, same, type FakeRect, type FakeSheet, type FakeTable } from "./state";
import { WorksheetProxy } from "./worksheet";

export class TableCollectionProxy extends CollectionProxy<TableProxy> {
  constructor(
    context: FakeContext,
    private readonly scope: Lazy<FakeSheet> | null
  ) {
    super(context);
  }
  private store(): FakeTable[] {
    const all = this.context.wb.tables;
    if (!this.scope) return all;
    const s = this.scope.must("worksheet");
    return all.filter((t) => same(t.sheet, s.name));
  }
  protected list(): TableProxy[] {
    return this.store().map((t) => new TableProxy(this.context, new Lazy(() => t)));
  }
  getItemOrNullObject(name: string): TableProxy {
    const p = new TableProxy(
      this.context,
      new Lazy(() => this.store().find((t) => same(t.name, name)) ?? null)
    );
    p.queueNullCheck();
    return p;
  }
  getItem(name: string): TableProxy {
    return new TableProxy(
      this.context,
      new Lazy(() => this.store().find((t) => same(t.name, name)) ?? null)
    );
  }
}

type TableApi = Pick<Excel.Table, "name" | "showTotals" | "isNullObject">;

export class TableProxy extends BaseProxy implements TableApi {
  constructor(
    context: FakeContext,
    readonly target: Lazy<FakeTable>
  ) {
    super(context);
  }
  protected exists(): boolean {
    return this.target.get() !== null;
  }
  protected snapshot(p: string): unknown {
    const t = this.target.must("table");
    if (p === "name") return t.name;
    if (p === "showTotals") return t.showTotals === true;
    if (p === "showHeaders") return true;
    throw richError("InvalidArgument", `fake Table has no property ${p}`);
  }
  get name(): string {
    return this.prop("name");
  }
  get showTotals(): boolean {
    return this.prop("showTotals");
  }
  private part(f: (rect: FakeRect, t: FakeTable) => FakeRect | null): RangeProxy {
    return new RangeProxy(
      this.context,
      new Lazy(() => {
        const t = this.target.must("table");
        const rect = f(t.rect, t);
        if (!rect) throw richError("ItemNotFound", "this table has no Total Row");
        return { sheet: findSheet(this.context.wb, t.sheet)!, rect };
      })
    );
  }
  /** The whole table: header, body and Total Row. */
  getRange(): RangeProxy {
    return this.part((r) => ({ ...r }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.part((r) => ({ ...r, rows: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part((r, t) => ({
      ...r,
      row: r.row + 1,
      rows: Math.max(1, r.rows - 1 - (t.showTotals ? 1 : 0)),
    }));
  }
  getTotalRowRange(): RangeProxy {
    return this.part((r, t) => (t.showTotals ? { ...r, row: r.row + r.rows - 1, rows: 1 } : null));
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      new Lazy(() => {
        const t = this.target.get();
        return t ? (findSheet(this.context.wb, t.sheet) ?? null) : null;
      })
    );
  }
}
