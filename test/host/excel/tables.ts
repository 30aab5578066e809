/** Excel.Table: header row, data body and the optional Total Row as separate ranges (docs.ts: table). */
import { BaseProxy, CollectionProxy, Lazy } from "./base";
import type { FakeContext } from "./context";
import { richError } from "./errors";
import { parseRect } from "./address";
import { guardProtected, RangeProxy } from "./range";
import { findSheet, key, same, type FakeRect, type FakeSheet, type FakeTable } from "./state";
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
  /** Tables.add on this sheet's address (or a range), header row included. */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    void hasHeaders; // the double always takes the first row as the header
    let created: FakeTable | null = null;
    const proxy = new TableProxy(this.context, new Lazy(() => created));
    this.context.queue({
      bytes: 80,
      write: true,
      run: () => {
        const wb = this.context.wb;
        const t =
          typeof address === "string"
            ? { sheet: this.scope!.must("worksheet"), rect: parseRect(address) }
            : address.target.must("range");
        guardProtected(t.sheet);
        let i = wb.tables.length + 1;
        while (wb.tables.some((x) => same(x.name, `Table${i}`))) i++;
        created = { name: `Table${i}`, sheet: t.sheet.name, rect: { ...t.rect } };
        wb.tables.push(created);
      },
    });
    return proxy;
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
  /** Turning the Total Row on adds it under the body, with "Total" and column sums (docs.ts: table). */
  set showTotals(v: boolean) {
    this.op(10, () => {
      const t = this.target.must("table");
      if (Boolean(t.showTotals) === v) return;
      const sheet = findSheet(this.context.wb, t.sheet)!;
      if (v) {
        const row = t.rect.row + t.rect.rows;
        for (let c = 0; c < t.rect.cols; c++) {
          let sum = 0;
          for (let r = t.rect.row + 1; r < row; r++) {
            const x = sheet.cells.get(key(r, t.rect.col + c))?.value;
            if (typeof x === "number") sum += x;
          }
          sheet.cells.set(key(row, t.rect.col + c), {
            value: c === 0 ? "Total" : sum,
            numberFormat: "General",
          });
        }
        t.rect = { ...t.rect, rows: t.rect.rows + 1 };
      } else t.rect = { ...t.rect, rows: t.rect.rows - 1 };
      t.showTotals = v;
    });
  }
  set name(v: string) {
    this.op(10, () => {
      const t = this.target.must("table");
      if (this.context.wb.tables.some((x) => x !== t && same(x.name, v)))
        throw richError("ItemAlreadyExists", `A table named ${v} exists`);
      t.name = v;
    });
  }
  delete(): void {
    this.op(0, () => {
      const t = this.target.must("table");
      this.context.wb.tables = this.context.wb.tables.filter((x) => x !== t);
    });
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
