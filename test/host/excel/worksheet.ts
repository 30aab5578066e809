/** Excel.Worksheet and its collection: sheet-name rules, structure protection, used range. */
import { MAX_COLS, MAX_ROWS, parseRect } from "./address";
import { BaseProxy, bytesOf, CollectionProxy, Lazy } from "./base";
import { ChartCollectionProxy } from "./charts";
import { PageLayoutProxy, pageBreaksOf } from "./print";
import type { FakeContext } from "./context";

import { richError } from "./errors";
import { NamedItemCollectionProxy } from "./names";
import { CustomPropertyCollectionProxy } from "./properties";
import { RangeProxy } from "./range";
import { RangeAreasProxy } from "./areas";
import {
  addSheet,
  findSheet,
  same,
  sheetNameProblem,
  type FakeRect,
  type FakeSheet,
  type FakeWorkbook,
} from "./state";
import { TableCollectionProxy } from "./tables";

/** Adding, renaming or deleting a sheet of a workbook whose structure is protected fails (DOCS.workbookProtection). */
function guardStructure(wb: FakeWorkbook): void {
  if (wb.protectedStructure)
    throw richError("AccessDenied", "The workbook's structure is protected.");
}

function guardName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw richError("InvalidArgument", `Bad sheet name "${name}": ${problem}.`);
}

export class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  protected list(): WorksheetProxy[] {
    const wb = this.context.wb;
    return wb.sheets.map((s) => new WorksheetProxy(this.context, new Lazy(() => s)));
  }
  add(name?: string): WorksheetProxy {
    const wb = this.context.wb;
    let created: FakeSheet | null = null;
    const proxy = new WorksheetProxy(this.context, new Lazy(() => created));
    this.context.queue({
      bytes: 60 + bytesOf(name),
      write: true,
      run: () => {
        guardStructure(wb);
        let n = name;
        if (!n) for (let i = 1; !n || findSheet(wb, n); i++) n = `Sheet${i}`;
        guardName(n);
        if (findSheet(wb, n)) throw richError("ItemAlreadyExists", `A sheet named ${n} exists`);
        created = addSheet(wb, n);
      },
    });
    return proxy;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      new Lazy(() => findSheet(this.context.wb, name) ?? null),
      `worksheet ${name}`
    );
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const p = new WorksheetProxy(
      this.context,
      new Lazy(() => findSheet(this.context.wb, name) ?? null)
    );
    p.queueNullCheck();
    return p;
  }
  getActiveWorksheet(): WorksheetProxy {
    const wb = this.context.wb;
    return new WorksheetProxy(
      this.context,
      new Lazy(() =>
        wb.activeSheet ? (findSheet(wb, wb.activeSheet) ?? null) : (wb.sheets[0] ?? null)
      )
    );
  }
}

type WorksheetApi = Pick<
  Excel.Worksheet,
  "name" | "position" | "isNullObject" | "activate" | "delete"
>;

export class WorksheetProxy extends BaseProxy implements WorksheetApi {
  constructor(
    context: FakeContext,
    readonly target: Lazy<FakeSheet>,
    private readonly what = "worksheet"
  ) {
    super(context);
  }
  protected exists(): boolean {
    return this.target.get() !== null;
  }
  protected snapshot(p: string): unknown {
    const s = this.target.must(this.what);
    if (p === "name") return s.name;
    if (p === "position") return this.context.wb.sheets.indexOf(s);
    if (p === "visibility") return "Visible";
    throw richError("InvalidArgument", `fake Worksheet has no property ${p}`);
  }
  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.op(bytesOf(value), () => {
      const wb = this.context.wb;
      const s = this.target.must(this.what);
      guardStructure(wb);
      guardName(value);
      const clash = findSheet(wb, value);
      if (clash && clash !== s)
        throw richError("ItemAlreadyExists", `A sheet named ${value} exists`);
      if (wb.activeSheet && same(wb.activeSheet, s.name)) wb.activeSheet = value;
      for (const n of wb.names) if (n.ref && same(n.ref.sheet, s.name)) n.ref.sheet = value;
      for (const n of wb.names)
        if (n.ref) n.value = String(n.value).replace(/^.*!/, `${quote(n.ref.sheet)}!`);
      for (const t of wb.tables) if (same(t.sheet, s.name)) t.sheet = value;
      s.name = value;
    });
  }
  get position(): number {
    return this.prop("position");
  }
  get protection(): { protected: boolean; load(p?: string): unknown } {
    const self = this;
    let value: boolean | undefined;
    const proxy = {
      load() {
        self.context.queue({
          bytes: 40,
          isLoad: true,
          run: () => (value = self.target.must(self.what).protected === true),
        });
        return proxy;
      },
      get protected(): boolean {
        if (value === undefined) throw richError("PropertyNotLoaded", "protection.protected");
        return value;
      },
    };
    return proxy;
  }
  activate(): void {
    this.op(0, () => (this.context.wb.activeSheet = this.target.must(this.what).name));
  }
  /**
   * Deleting a sheet leaves the names that pointed at it in place with a #REF! reference, type
   * Error (DOCS.namedItem); its tables go with it.
   */
  delete(): void {
    this.op(0, () => {
      const wb = this.context.wb;
      const s = this.target.must(this.what);
      guardStructure(wb);
      if (wb.sheets.length === 1)
        throw richError("InvalidOperation", "cannot delete the only sheet");
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      for (const n of wb.names) {
        if (n.ref && same(n.ref.sheet, s.name)) {
          n.type = "Error";
          n.value = "#REF!";
          delete n.ref;
        }
      }
      wb.tables = wb.tables.filter((t) => !same(t.sheet, s.name));
      if (wb.activeSheet && same(wb.activeSheet, s.name))
        wb.activeSheet = wb.sheets[0]?.name ?? null;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      new Lazy(() => {
        const s = this.target.must(this.what);
        return {
          sheet: s,
          rect: address ? parseRect(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS },
        };
      })
    );
  }
  /** DOCS.multipleRanges: comma-separated areas of this sheet (ExcelApi 1.9). */
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, this.target, address);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(
      this.context,
      new Lazy(() => ({ sheet: this.target.must(this.what), rect: { row, col, rows, cols } }))
    );
  }
  /**
   * The smallest rectangle holding every cell with a value (valuesOnly) or with anything,
   * formats included; a blank sheet gives A1, or a null object from the OrNullObject form (DOCS.usedRange).
   */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      new Lazy(() => {
        const s = this.target.must(this.what);
        return { sheet: s, rect: usedRect(s, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
      })
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const p = new RangeProxy(
      this.context,
      new Lazy(() => {
        const s = this.target.get();
        const rect = s ? usedRect(s, valuesOnly) : null;
        return s && rect ? { sheet: s, rect } : null;
      })
    );
    p.queueNullCheck();
    return p;
  }
  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.context, this.target);
  }
  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.context, this.target);
  }
  get customProperties(): CustomPropertyCollectionProxy {
    return new CustomPropertyCollectionProxy(this.context, this.target);
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, this.target);
  }
  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.context, this.target);
  }
  get horizontalPageBreaks(): ReturnType<typeof pageBreaksOf> {
    return pageBreaksOf(this.context, this.target);
  }
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function usedRect(s: FakeSheet, valuesOnly: boolean): FakeRect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [k, cell] of s.cells) {
    if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
    const [r, c] = k.split(",").map(Number);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
