/** Excel.Range of the double, with the cell-level rules Excel applies to big and unbounded ranges. */
import { isUnbounded, rectAddress } from "./address";
import { BaseProxy, bytesOf, Lazy } from "./base";
import type { FakeContext } from "./context";
import { DOCS } from "./docs";
import { richError } from "./errors";
import { assign, shownText, valueType } from "./input";
import { key, type FakeCell, type FakeRect, type FakeSheet } from "./state";
import { usedRect, WorksheetProxy } from "./worksheet";
import { mergedAreasOf, type MergedAreasProxy } from "./merged";

export interface RangeTarget {
  sheet: FakeSheet;
  rect: FakeRect;
}

/** The members of Excel.Range the gateway uses, typed as Office.js types them. */
type RangeApi = Pick<
  Excel.Range,
  | "values"
  | "formulas"
  | "numberFormat"
  | "text"
  | "address"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "cellCount"
  | "isNullObject"
  | "merge"
  | "select"
>;

const CELL_LEVEL = new Set(["values", "valueTypes", "formulas", "numberFormat", "text"]);

export class RangeProxy extends BaseProxy implements RangeApi {
  constructor(
    context: FakeContext,
    readonly target: Lazy<RangeTarget>
  ) {
    super(context);
  }
  protected exists(): boolean {
    return this.target.get() !== null;
  }
  private grid<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const { sheet, rect } = this.target.must("range");
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) =>
        f(sheet.cells.get(key(rect.row + r, rect.col + c)))
      )
    );
  }
  protected snapshot(p: string): unknown {
    const { sheet, rect } = this.target.must("range");
    if (CELL_LEVEL.has(p)) {
      // Unbounded reads give null for cell-level properties (DOCS.unbounded).
      if (isUnbounded(rect)) return null;
      // Over 5 M cells: null on current builds (DOCS.nullOver5M), or an error (DOCS.limits).
      if (rect.rows * rect.cols > this.context.wb.limits.cells) {
        if (this.context.wb.limits.overCells === "null") return null;
        throw richError(
          "ResponsePayloadSizeLimitExceeded",
          "The range is too large: get operations are limited to five million cells."
        );
      }
    }
    switch (p) {
      case "values":
        return this.grid((c) => (c ? c.value : ""));
      case "valueTypes":
        return this.grid(valueType);
      case "formulas":
        return this.grid((c) => (c ? (c.formula ?? c.value) : ""));
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "text":
        return this.grid(shownText);
      case "address":
        return rectAddress(sheet.name, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "cellCount":
        return rect.rows * rect.cols;
      default:
        throw richError("InvalidArgument", `fake Range has no property ${p}`);
    }
  }
  get values(): any[][] {
    return this.prop("values");
  }
  set values(v: any[][]) {
    this.writeCells(v, (sheet, r, c, x) => assign(sheet, r, c, x));
  }
  get formulas(): any[][] {
    return this.prop("formulas");
  }
  set formulas(v: any[][]) {
    this.writeCells(v, (sheet, r, c, x) => assign(sheet, r, c, x));
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.prop("valueTypes");
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get numberFormat(): any[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.writeCells(v, (sheet, r, c, f) => {
      if (f === null || f === undefined) return;
      const k = key(r, c);
      const old = sheet.cells.get(k);
      sheet.cells.set(k, {
        ...(old ?? { value: "" }),
        numberFormat: f === "" ? "General" : String(f),
      });
    });
  }
  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  /** The checks every cell-level write meets: unbounded, protected sheet, array shape. */
  private writeCells(
    grid: unknown[][],
    f: (sheet: FakeSheet, r: number, c: number, v: unknown) => void
  ): void {
    this.op(bytesOf(grid), () => {
      const { sheet, rect } = this.target.must("range");
      if (isUnbounded(rect))
        throw richError(
          "InvalidArgument",
          `cell-level properties of an unbounded range cannot be set (${DOCS.unbounded})`
        );
      guardProtected(sheet);
      if (
        !Array.isArray(grid) ||
        grid.length !== rect.rows ||
        grid.some((row) => !Array.isArray(row) || row.length !== rect.cols)
      ) {
        throw richError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
      }
      grid.forEach((row, r) => row.forEach((v, c) => f(sheet, rect.row + r, rect.col + c, v)));
      if (this.context.suspendedNow) markStale(sheet, rect);
    });
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, new Lazy(() => this.target.get()?.sheet ?? null));
  }
  /**
   * The used cells within this range (values only: cells holding a value or formula), or a null
   * object when none is used (DOCS.rangeUsedRange, ExcelApi 1.4). A range that is itself a null
   * object gives a null object too (DOCS.nullObject).
   */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const p = new RangeProxy(
      this.context,
      new Lazy(() => {
        const t = this.target.get();
        const used = t ? usedRect(t.sheet, valuesOnly) : null;
        if (!t || !used) return null;
        const row = Math.max(t.rect.row, used.row);
        const col = Math.max(t.rect.col, used.col);
        const rows = Math.min(t.rect.row + t.rect.rows, used.row + used.rows) - row;
        const cols = Math.min(t.rect.col + t.rect.cols, used.col + used.cols) - col;
        return rows > 0 && cols > 0 ? { sheet: t.sheet, rect: { row, col, rows, cols } } : null;
      })
    );
    p.queueNullCheck();
    return p;
  }
  getCell(r: number, c: number): RangeProxy {
    return new RangeProxy(
      this.context,
      new Lazy(() => {
        const t = this.target.must("range");
        return {
          sheet: t.sheet,
          rect: { row: t.rect.row + r, col: t.rect.col + c, rows: 1, cols: 1 },
        };
      })
    );
  }
  /** The merged areas whose top-left cell is in this range, or a null object (merged.ts). */
  getMergedAreasOrNullObject(): MergedAreasProxy {
    return mergedAreasOf(this.context, this.target);
  }
  /** DOCS.merge: across merges each row on its own; DOCS.mergeKeepsUpperLeft: other values go. */
  merge(across = false): void {
    this.op(0, () => {
      const { sheet, rect } = this.target.must("range");
      guardProtected(sheet);
      const areas = across
        ? Array.from({ length: rect.rows }, (_, r) => ({ ...rect, row: rect.row + r, rows: 1 }))
        : [{ ...rect }];
      for (const m of areas) {
        for (let r = m.row; r < m.row + m.rows; r++)
          for (let c = m.col; c < m.col + m.cols; c++)
            if (r !== m.row || c !== m.col) {
              const cell = sheet.cells.get(key(r, c));
              if (cell)
                sheet.cells.set(key(r, c), {
                  ...cell,
                  value: "",
                  formula: undefined,
                  error: undefined,
                });
            }
        sheet.merges.push(m);
      }
    });
  }
  select(): void {
    this.op(0, () => {
      const { sheet, rect } = this.target.must("range");
      this.context.wb.selection = { sheet: sheet.name, address: rectAddress(sheet.name, rect) };
    });
  }
  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this);
  }
  /** Range.dataValidation (ExcelApi 1.8, DOCS.dataValidation): only an in-cell list is modelled. */
  get dataValidation(): { rule: Excel.DataValidationRule } {
    const setRule = (rule: Excel.DataValidationRule) => this.setValidation(rule);
    return {
      set rule(rule: Excel.DataValidationRule) {
        setRule(rule);
      },
      get rule(): Excel.DataValidationRule {
        throw richError("PropertyNotLoaded", "dataValidation.rule is not loadable in the fake");
      },
    };
  }
  private setValidation(rule: Excel.DataValidationRule): void {
    this.op(bytesOf(rule), () => {
      if (this.context.wb.excelApiMinor < 8)
        throw richError("ApiNotFound", "Range.dataValidation needs ExcelApi 1.8");
      const { sheet, rect } = this.target.must("range");
      guardProtected(sheet);
      // One type of validation per rule (DOCS.dataValidationRule).
      const kinds = Object.keys(rule ?? {}).filter(
        (k) => (rule as Record<string, unknown>)[k] !== undefined
      );
      if (kinds.length !== 1)
        throw richError("InvalidArgument", "A data validation rule takes one type at a time.");
      if (kinds[0] !== "list")
        throw richError("InvalidArgument", `fake dataValidation models only list, not ${kinds[0]}`);
      const { source, inCellDropDown } = rule.list!;
      if (typeof source !== "string" || source.trim() === "")
        throw richError("InvalidArgument", "The list source must be a comma-separated string.");
      (sheet.validations ??= []).push({
        rect: { ...rect },
        list: source.split(",").map((v) => v.trim()),
        inCellDropDown: inCellDropDown ?? true,
      });
    });
  }
  /** Apply f to every cell of the range (creating blank cells), at sync time. */
  styleCells(f: CellStyler): void {
    this.op(20, () => {
      const { sheet, rect } = this.target.must("range");
      styleRect(sheet, rect, f);
    });
  }
  setColumnWidth(points: number): void {
    this.op(20, () => {
      const { sheet, rect } = this.target.must("range");
      guardProtected(sheet);
      for (let c = 0; c < rect.cols; c++) sheet.columnWidths.set(rect.col + c, points);
    });
  }
}

export type CellStyler = (cell: FakeCell, r: number, c: number, rect: FakeRect) => void;

/** Apply f to every cell of rect (creating blank cells), now (inside a sync). */
export function styleRect(sheet: FakeSheet, rect: FakeRect, f: CellStyler): void {
  guardProtected(sheet);
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const k = key(rect.row + r, rect.col + c);
      const cell = sheet.cells.get(k) ?? { value: "", numberFormat: "General" };
      f(cell, r, c, rect);
      sheet.cells.set(k, cell);
    }
  }
}

/** A protected sheet (all cells locked, Excel's default) takes no cell edit (DOCS.protection). */
export function guardProtected(sheet: FakeSheet): void {
  if (sheet.protected)
    throw richError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`
    );
}

/** Formulas written while calculation is suspended keep a stale value until Excel recalculates (DOCS.application). */
function markStale(sheet: FakeSheet, rect: FakeRect): void {
  for (let r = 0; r < rect.rows; r++)
    for (let c = 0; c < rect.cols; c++) {
      const cell = sheet.cells.get(key(rect.row + r, rect.col + c));
      if (cell?.formula) cell.stale = true;
    }
}

/** What a RangeFormat styles: one range, or the areas of a RangeAreas (areas.ts). */
export interface Styled {
  styleCells(f: CellStyler): void;
  setColumnWidth(points: number): void;
}

export class RangeFormatProxy {
  constructor(private readonly range: Styled) {}
  set wrapText(v: boolean) {
    this.range.styleCells((cell) => (cell.wrap = v));
  }
  set horizontalAlignment(v: string) {
    this.range.styleCells((cell) => (cell.hAlign = v));
  }
  set columnWidth(points: number) {
    this.range.setColumnWidth(points);
  }
  get font(): { bold: boolean } {
    const range = this.range;
    return {
      set bold(v: boolean) {
        range.styleCells((cell) => (cell.bold = v));
      },
      get bold(): boolean {
        throw richError("PropertyNotLoaded", "font.bold is not loadable in the fake");
      },
    };
  }
  get borders(): { getItem(edge: string): { style: string; weight: string; color: string } } {
    const range = this.range;
    return {
      getItem(edge: string) {
        const apply = (style: string) =>
          range.styleCells((cell, r, c, rect) => {
            const b = (cell.borders ??= {});
            const lastR = r === rect.rows - 1;
            const lastC = c === rect.cols - 1;
            if (edge === "EdgeTop" && r === 0) b.top = style;
            if (edge === "EdgeBottom" && lastR) b.bottom = style;
            if (edge === "EdgeLeft" && c === 0) b.left = style;
            if (edge === "EdgeRight" && lastC) b.right = style;
            if (edge === "InsideHorizontal") {
              if (r > 0) b.top = style;
              if (!lastR) b.bottom = style;
            }
            if (edge === "InsideVertical") {
              if (c > 0) b.left = style;
              if (!lastC) b.right = style;
            }
          });
        return {
          set style(v: string) {
            apply(v);
          },
          set weight(_v: string) {
            /* recorded as style only */
          },
          set color(_v: string) {
            /* not modelled */
          },
          get style(): string {
            throw richError("PropertyNotLoaded", "border style is not loadable in the fake");
          },
          get weight(): string {
            return "";
          },
          get color(): string {
            return "";
          },
        };
      },
    };
  }
}
