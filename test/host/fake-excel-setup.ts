/**
 * The in-memory Excel's setup methods (what src/excel/setup.ts calls), kept apart from
 * fake-excel.ts and installed on its proxy classes when this module is imported. Each behaviour
 * cites the Microsoft page it follows, and fails where that page says Excel fails.
 *
 * - Workbook.getSelectedRange — https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
 *   "If there are multiple ranges selected, this method will throw an error."
 * - TableCollection.add(address, hasHeaders) — https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
 *   "If the table cannot be added (e.g., because the address is invalid, or the table would
 *   overlap with another table), an error will be thrown." Header cells become text; a blank
 *   header becomes "Column1", "Column2"… and a repeated one gets a number ("Realisasi2"), as
 *   "Overview of Excel tables" (support.microsoft.com) describes for header rows.
 * - Table.name — https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member
 *   and "Rename an Excel table": a letter or underscore first, no spaces, unique among the
 *   workbook's tables and defined names.
 * - TableRowCollection.add(index, values) — https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
 *   rows appended at the end when index is omitted; the values' width must be the table's; rows
 *   are inserted (alwaysInsert defaults to true): the cells under the table, in its columns, move
 *   down, never overwritten — as ListRows.Add says for Excel itself ("If AlwaysInsert is not
 *   specified, the cells below the table will be shifted down one row",
 *   https://learn.microsoft.com/office/vba/api/excel.listrows.add). Tables and names wholly in
 *   the moved cells move with them; a table only partly in them makes the insert fail, as
 *   Excel refuses to shift part of a table (InsertDeleteConflict, docs.ts: errors).
 * - NamedItem.formula (set, ExcelApi 1.7) — https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member
 *   the name then refers to what the formula says; no cell changes.
 * The double's classes are private to fake-excel.ts, so they are reached through instances and
 * extended through their prototypes (typed loosely here).
 *
 * - NamedItem.delete (ExcelApi 1.4) — https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-delete-member(1)
 */
import {
  FakeContext,
  createFakeWorkbook,
  findSheet,
  parseRect,
  rectAddress,
  type FakeCell,
  type FakeName,
  type FakeRect,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
} from "./fake-excel";

interface RichError extends Error {
  code: string;
}
function richError(code: string, message: string): RichError {
  const e = new Error(message) as RichError;
  e.name = "RichApi.Error";
  e.code = code;
  return e;
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();
const overlaps = (a: FakeRect, b: FakeRect) =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

/** "'Data IKU'!A1:B2" or "A1:B2" → sheet and rect (sheet null when the address has none). */
function splitRef(address: string): { sheet: string | null; rect: FakeRect } {
  const text = address.replace(/^=/, "");
  const i = text.lastIndexOf("!");
  if (i < 0) return { sheet: null, rect: parseRect(text) };
  let sheet = text.slice(0, i);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, rect: parseRect(text.slice(i + 1)) };
}

function headerTexts(sheet: FakeSheet, rect: FakeRect): void {
  const seen = new Set<string>();
  for (let c = 0; c < rect.cols; c++) {
    const k = `${rect.row},${rect.col + c}`;
    const cell = sheet.cells.get(k);
    let text = cell && cell.value !== "" ? String(cell.value) : `Column${c + 1}`;
    if (seen.has(text.toUpperCase())) {
      let n = 2;
      while (seen.has(`${text}${n}`.toUpperCase())) n++;
      text = `${text}${n}`;
    }
    seen.add(text.toUpperCase());
    sheet.cells.set(k, { ...(cell ?? { numberFormat: "General" }), value: text });
  }
}

/**
 * Inserting n rows under table `t`: the cells under it in its columns move down by n, with the
 * tables and names wholly inside them; a table partly inside stops the insert (see the header).
 */
function shiftDown(wb: FakeWorkbook, sheet: FakeSheet, t: FakeTable, n: number): void {
  const top = t.rect.row + t.rect.rows;
  const inCols = (r: FakeRect) => r.col >= t.rect.col && r.col + r.cols <= t.rect.col + t.rect.cols;
  const touches = (r: FakeRect) =>
    r.row + r.rows > top && r.col < t.rect.col + t.rect.cols && t.rect.col < r.col + r.cols;
  const others = wb.tables.filter((x) => x !== t && same(x.sheet, sheet.name) && touches(x.rect));
  if (others.some((x) => !inCols(x.rect) || x.rect.row < top))
    throw richError("InsertDeleteConflict", "This would shift cells in a table on the worksheet.");
  const moved: [string, FakeCell][] = [];
  for (const [k, v] of sheet.cells) {
    const [r, col] = k.split(",").map(Number);
    if (r >= top && col >= t.rect.col && col < t.rect.col + t.rect.cols) {
      moved.push([`${r + n},${col}`, v]);
      sheet.cells.delete(k);
    }
  }
  for (const [k, v] of moved) sheet.cells.set(k, v);
  for (const x of others) x.rect = { ...x.rect, row: x.rect.row + n };
  for (const name of [...wb.names, ...wb.sheets.flatMap((s) => s.names)])
    if (name.ref && same(name.ref.sheet, sheet.name) && name.ref.row >= top && inCols(name.ref)) {
      name.ref = { ...name.ref, row: name.ref.row + n };
      name.value = rectAddress(sheet.name, name.ref, true);
    }
}

let installed = false;

/** Installs the setup methods on the double's proxies (idempotent). */
export function installSetupMethods(): void {
  if (installed) return;
  installed = true;
  const probeWb = createFakeWorkbook();
  const ctx = new FakeContext(probeWb);
  const workbook = ctx.workbook as any;
  const WorkbookProto = Object.getPrototypeOf(workbook);
  const sheetProxy = workbook.worksheets.getItem("x");
  const rangeProxy = sheetProxy.getRange("A1");
  const RangeProxy = rangeProxy.constructor as new (c: unknown, t: unknown) => any;
  const Lazy = rangeProxy.target.constructor as new (f: () => unknown) => any;
  const TableCollectionProto = Object.getPrototypeOf(workbook.tables);
  const tableProxy = workbook.tables.getItem("x");
  const TableProto = Object.getPrototypeOf(tableProxy);
  const NamedItemProto = Object.getPrototypeOf(workbook.names.getItem("x"));

  WorkbookProto.getSelectedRange = function (this: any) {
    const c = this.context as FakeContext;
    return new RangeProxy(
      c,
      new Lazy(() => {
        const wb = c.wb;
        if (!wb.selection) {
          const active = (wb.activeSheet && findSheet(wb, wb.activeSheet)) || wb.sheets[0];
          if (!active) return null;
          return { sheet: active, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
        }
        if (wb.selection.address.includes(","))
          throw richError("InvalidSelection", "Multiple ranges are selected.");
        const ref = splitRef(wb.selection.address);
        const sheet = findSheet(wb, ref.sheet ?? wb.selection.sheet);
        return sheet ? { sheet, rect: ref.rect } : null;
      })
    );
  };

  TableCollectionProto.add = function (this: any, address: any, hasHeaders: boolean) {
    const c = this.context as FakeContext;
    let created: FakeTable | null = null;
    const proxy = new (tableProxy.constructor as new (c: unknown, t: unknown) => any)(
      c,
      new Lazy(() => created)
    );
    c.queue({
      bytes: 120,
      run: () => {
        const wb = c.wb;
        let sheet: FakeSheet | undefined;
        let rect: FakeRect;
        if (typeof address === "string") {
          const ref = splitRef(address);
          const scoped = this.scope?.must("worksheet") as FakeSheet | undefined;
          sheet = ref.sheet ? findSheet(wb, ref.sheet) : scoped;
          rect = ref.rect;
        } else {
          const t = address.target.must("range");
          sheet = t.sheet;
          rect = { ...t.rect };
        }
        if (!sheet) throw richError("InvalidArgument", "The address is invalid.");
        if (!hasHeaders)
          throw richError("InvalidArgument", "The double only models tables with headers.");
        if (wb.tables.some((t) => same(t.sheet, sheet!.name) && overlaps(t.rect, rect)))
          throw richError("InvalidArgument", "A table can't overlap another table.");
        headerTexts(sheet, rect);
        let n = wb.tables.length + 1;
        while (wb.tables.some((t) => same(t.name, `Table${n}`))) n++;
        created = { name: `Table${n}`, sheet: sheet.name, rect };
        wb.tables.push(created);
      },
    });
    return proxy;
  };

  const nameGetter = Object.getOwnPropertyDescriptor(TableProto, "name")!.get!;
  Object.defineProperty(TableProto, "name", {
    configurable: true,
    get: nameGetter,
    set(this: any, value: string) {
      const c = this.context as FakeContext;
      c.queue({
        bytes: 60 + value.length,
        run: () => {
          const t = this.target.must("table") as FakeTable;
          const wb = c.wb;
          if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(value))
            throw richError("InvalidArgument", `"${value}" is not a valid table name.`);
          const clash =
            wb.tables.some((x) => x !== t && same(x.name, value)) ||
            wb.names.some((x) => same(x.name, value));
          if (clash) throw richError("InvalidArgument", `The name ${value} is already used.`);
          t.name = value;
        },
      });
    },
  });

  Object.defineProperty(TableProto, "rows", {
    configurable: true,
    get(this: any) {
      const self = this;
      const c = this.context as FakeContext;
      return {
        add(_index: number | undefined, values: (string | number | boolean)[][]) {
          c.queue({
            bytes: 60 + JSON.stringify(values).length,
            run: () => {
              const t = self.target.must("table") as FakeTable;
              const sheet = findSheet(c.wb, t.sheet)!;
              if (values.some((r) => r.length !== t.rect.cols))
                throw richError("InvalidArgument", "The values don't match the table's columns.");
              shiftDown(c.wb, sheet, t, values.length);
              values.forEach((row, r) =>
                row.forEach((v, col) =>
                  sheet.cells.set(`${t.rect.row + t.rect.rows + r},${t.rect.col + col}`, {
                    value: v,
                    numberFormat: "General",
                  })
                )
              );
              t.rect = { ...t.rect, rows: t.rect.rows + values.length };
            },
          });
        },
      };
    },
  });

  Object.defineProperty(NamedItemProto, "formula", {
    configurable: true,
    get(this: any) {
      return this.prop("formula");
    },
    set(this: any, value: string) {
      const c = this.context as FakeContext;
      c.queue({
        bytes: 60 + String(value).length,
        run: () => {
          if (c.wb.excelApiMinor < 7)
            throw richError("ApiNotFound", "NamedItem.formula needs ExcelApi 1.7");
          const n = this.target.must("named item") as FakeName;
          const ref = splitRef(String(value));
          const sheet = findSheet(c.wb, ref.sheet ?? "");
          if (!sheet) throw richError("InvalidArgument", "The reference is invalid.");
          n.type = "Range";
          n.ref = { sheet: sheet.name, ...ref.rect };
          n.value = rectAddress(sheet.name, ref.rect, true);
        },
      });
    },
  });

  NamedItemProto.delete = function (this: any) {
    const c = this.context as FakeContext;
    c.queue({
      bytes: 60,
      run: () => {
        const n = this.target.must("named item") as FakeName;
        const wb: FakeWorkbook = c.wb;
        wb.names = wb.names.filter((x) => x !== n);
        for (const s of wb.sheets) s.names = s.names.filter((x) => x !== n);
      },
    });
  };
}

installSetupMethods();
