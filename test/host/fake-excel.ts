/**
 * In-memory double of the part of the Excel JavaScript API that src/excel uses. Browser-safe (no
 * Node imports): the end-to-end test bundles it into a page in place of office.js.
 *
 * Modelled like Office.js:
 * - proxies queue operations and loads; nothing happens until `context.sync()`, which applies the
 *   queue in order; reading a property that was not loaded (and synced) throws PropertyNotLoaded;
 * - `*OrNullObject` give proxies whose `isNullObject` is known only after a sync;
 * - `getItem` of something missing fails the sync with ItemNotFound (earlier operations stay applied);
 * - a request whose queued writes exceed 5 MB of JSON fails with RequestPayloadSizeLimitExceeded
 *   before anything is applied, a response over 5 MB with ResponsePayloadSizeLimitExceeded
 *   (Excel on the web limits both);
 * - strings assigned to `values` are parsed like typed input unless the cell's number format is
 *   Text ("@"): "=…" becomes a formula; "+…", "-…" and "@…" that are not plain numbers become
 *   formulas too (Excel reads a leading +/- as a formula start — documented on Range.values — and
 *   "@" as Lotus-style formula entry); numeric text becomes a number, "TRUE"/"FALSE" booleans,
 *   "#REF!" etc. error values. In a Text cell the string is kept as it is. `null` in a 2-D array
 *   leaves the cell unchanged, "" clears it. Formulas are not evaluated: a formula cell keeps the
 *   value it had (the builders below give it the plan's cached value).
 * - the leading-apostrophe prefix of typed input is NOT modelled.
 */

// ------------------------------------------------------------------ state

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  /** An Excel error value such as "#REF!" (then `value` holds the same text). */
  error?: string;
  numberFormat: string;
  bold?: boolean;
  wrap?: boolean;
  hAlign?: string;
  /** Border style per edge of this cell: top/bottom/left/right. */
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", string>>;
}

export interface FakeRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeName {
  name: string;
  /** NamedItem.type: only "Range" resolves to cells. */
  type: "Range" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "Array";
  /** NamedItem.value: the address for a range ("'Data IKU'!$A$1:$K$11"), else the constant. */
  value: string | number | boolean;
  /** For type Range: where it points. */
  ref?: { sheet: string } & FakeRect;
}

export interface FakeTable {
  name: string;
  sheet: string;
  /** The whole table including its header row. */
  rect: FakeRect;
}

export interface FakeChart {
  type: string;
  source: FakeRect;
  seriesBy?: string;
  title?: string;
  seriesTypes: Record<number, string>;
  position?: { start: string; end?: string };
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: FakeRect[];
  /** Column widths in points, as Range.format.columnWidth takes them. */
  columnWidths: Map<number, number>;
  customProperties: Map<string, string>;
  names: FakeName[];
  charts: FakeChart[];
  /** Print settings written through Worksheet.pageLayout (see PageLayoutProxy). */
  pageLayout: FakePageLayout;
  /** 0-based rows with a manual page break above them (Worksheet.horizontalPageBreaks). */
  rowBreaks: number[];
}

/**
 * What Worksheet.pageLayout holds, as Excel.PageLayout documents it
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout, ExcelApi 1.9):
 * margins in points, orientation "Landscape"/"Portrait", paperSize e.g. "A4", zoom
 * { scale } (10–400) or { horizontalFitToPages, verticalFitToPages }
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions), and
 * headersFooters.defaultForAllPages.centerFooter with Excel's codes (&P, &N).
 */
export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerFooter: string;
}

export interface SyncStats {
  /** Number of context.sync() calls that reached the host (failed ones included). */
  syncs: number;
  /** Approximate JSON bytes of queued writes, per sync. */
  requestBytes: number[];
  /** Approximate JSON bytes of loaded data, per sync. */
  responseBytes: number[];
  /** How many syncs had suspendApiCalculationUntilNextSync queued. */
  suspendedSyncs: number;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  names: FakeName[];
  tables: FakeTable[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  stats: SyncStats;
  /** 5 MB, like Excel on the web; tests may lower it. */
  limits: { requestBytes: number; responseBytes: number };
  /** Requirement sets reported by the fake Office (ExcelApi up to this minor version). */
  excelApiMinor: number;
}

export function createFakeWorkbook(): FakeWorkbook {
  return {
    sheets: [],
    names: [],
    tables: [],
    activeSheet: null,
    selection: null,
    stats: { syncs: 0, requestBytes: [], responseBytes: [], suspendedSyncs: 0 },
    limits: { requestBytes: 5 * 1024 * 1024, responseBytes: 5 * 1024 * 1024 },
    excelApiMinor: 17,
  };
}

export function resetStats(wb: FakeWorkbook): void {
  wb.stats = { syncs: 0, requestBytes: [], responseBytes: [], suspendedSyncs: 0 };
}

const key = (r: number, c: number) => `${r},${c}`;
const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

export function findSheet(wb: FakeWorkbook, name: string): FakeSheet | undefined {
  return wb.sheets.find((s) => same(s.name, name));
}

export function addSheet(wb: FakeWorkbook, name: string): FakeSheet {
  if (findSheet(wb, name)) throw new Error(`sheet exists: ${name}`);
  const s: FakeSheet = {
    name,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    customProperties: new Map(),
    names: [],
    charts: [],
    pageLayout: {
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
      leftMargin: 50.4,
      rightMargin: 50.4,
      topMargin: 54,
      bottomMargin: 54,
      headerMargin: 21.6,
      footerMargin: 21.6,
      centerFooter: "",
    },
    rowBreaks: [],
  };
  wb.sheets.push(s);
  if (!wb.activeSheet) wb.activeSheet = name;
  return s;
}

/** Put cells directly (no parsing): what a user typed and Excel stored. */
export function setCells(
  sheet: FakeSheet,
  row0: number,
  col0: number,
  values: (FakeValue | null)[][],
  numberFormat = "General"
): void {
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      sheet.cells.set(key(row0 + r, col0 + c), { value: v, numberFormat });
    })
  );
}

export function setError(sheet: FakeSheet, row: number, col: number, error: string): void {
  sheet.cells.set(key(row, col), { value: error, error, numberFormat: "General" });
}

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(key(row, col));
}

// ------------------------------------------------------------------ addresses

function colLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function a1(r: number, c: number, abs = false): string {
  return abs ? `$${colLetter(c)}$${r + 1}` : `${colLetter(c)}${r + 1}`;
}

export function rectAddress(sheet: string, rect: FakeRect, abs = false): string {
  const first = a1(rect.row, rect.col, abs);
  const last = a1(rect.row + rect.rows - 1, rect.col + rect.cols - 1, abs);
  const q = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${q}!${rect.rows === 1 && rect.cols === 1 ? first : `${first}:${last}`}`;
}

function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw richError("InvalidArgument", `bad address ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRect(address: string): FakeRect {
  const [a, b] = address.split(":");
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return {
    row: Math.min(p.row, q.row),
    col: Math.min(p.col, q.col),
    rows: Math.abs(q.row - p.row) + 1,
    cols: Math.abs(q.col - p.col) + 1,
  };
}

// ------------------------------------------------------------------ builders

/** Minimal shape of src/report/types InputWorkbookPlan (kept structural so the double stands alone). */
export interface InputPlanLike {
  sheets: {
    name: string;
    values: (string | number | null)[][];
    formulas?: (string | null)[][];
    numberFormats?: string[][];
    columnWidths?: number[];
  }[];
  names: { name: string; sheet: string; row: number; col: number; rows: number; cols: number }[];
}

/** A workbook as a user would have it after filling in the plan's sheets (formulas hold the plan's value). */
export function fakeWorkbookFromPlan(plan: InputPlanLike): FakeWorkbook {
  const wb = createFakeWorkbook();
  for (const s of plan.sheets) {
    const sheet = addSheet(wb, s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c];
        const fmt = s.numberFormats?.[r]?.[c] ?? "General";
        if (typeof f === "string" && f.startsWith("=")) {
          sheet.cells.set(key(r, c), { value: v ?? "", formula: f, numberFormat: fmt });
        } else if (v !== null && v !== "") {
          sheet.cells.set(key(r, c), { value: v, numberFormat: fmt });
        }
      })
    );
    (s.columnWidths ?? []).forEach((w, c) =>
      sheet.columnWidths.set(c, Math.trunc(w * 7 + 5) * 0.75)
    );
  }
  for (const n of plan.names) {
    const rect = { row: n.row, col: n.col, rows: n.rows, cols: n.cols };
    wb.names.push({
      name: n.name,
      type: "Range",
      value: rectAddress(n.sheet, rect, true),
      ref: { sheet: n.sheet, ...rect },
    });
  }
  return wb;
}

export interface CellSnapshot {
  value: FakeValue;
  formula?: string;
  error?: string;
  numberFormat: string;
}

/** Every cell of the given sheets (all when omitted), for asserting that inputs are unchanged. */
export function snapshotCells(
  wb: FakeWorkbook,
  sheets?: string[]
): Record<string, Record<string, CellSnapshot>> {
  const out: Record<string, Record<string, CellSnapshot>> = {};
  for (const s of wb.sheets) {
    if (sheets && !sheets.some((n) => same(n, s.name))) continue;
    const cells: Record<string, CellSnapshot> = {};
    for (const [k, c] of [...s.cells.entries()].sort()) {
      const [r, col] = k.split(",").map(Number);
      cells[a1(r, col)] = {
        value: c.value,
        formula: c.formula,
        error: c.error,
        numberFormat: c.numberFormat,
      };
    }
    out[s.name] = cells;
  }
  return out;
}

/** Cells holding a formula, as "A1" addresses, in one sheet. */
export function formulaCells(sheet: FakeSheet): string[] {
  return [...sheet.cells.entries()]
    .filter(([, c]) => c.formula !== undefined)
    .map(([k]) => {
      const [r, c] = k.split(",").map(Number);
      return a1(r, c);
    });
}

// ------------------------------------------------------------------ input parsing (what Excel does)

const ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

function assign(sheet: FakeSheet, r: number, c: number, input: unknown, asFormula: boolean): void {
  if (input === null || input === undefined) return; // null in a 2-D array: leave unchanged
  const k = key(r, c);
  const old = sheet.cells.get(k);
  const fmt = old?.numberFormat ?? "General";
  const keep = { ...old, numberFormat: fmt };
  delete keep.formula;
  delete keep.error;
  if (input === "") {
    if (old) sheet.cells.set(k, { ...keep, value: "" });
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    sheet.cells.set(k, { ...keep, value: input });
    return;
  }
  const s = String(input);
  if (fmt === "@") {
    // A Text cell keeps the entry as typed.
    sheet.cells.set(k, { ...keep, value: s });
    return;
  }
  const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim());
  if (
    s.length > 1 &&
    (s.startsWith("=") ||
      ((s.startsWith("+") || s.startsWith("-")) && !plainNumber) ||
      s.startsWith("@"))
  ) {
    const formula = s.startsWith("=") ? s : `=${s.startsWith("@") ? s.slice(1) : s}`;
    sheet.cells.set(k, { ...keep, value: old?.value ?? "", formula });
    return;
  }
  if (asFormula) {
    // Range.formulas with a non-formula string behaves like values.
  }
  if (plainNumber) {
    sheet.cells.set(k, { ...keep, value: Number(s) });
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(s)) {
    sheet.cells.set(k, { ...keep, value: s.toUpperCase() === "TRUE" });
    return;
  }
  const err = ERROR_VALUES.find((e) => e === s.toUpperCase());
  if (err) {
    sheet.cells.set(k, { ...keep, value: err, error: err });
    return;
  }
  sheet.cells.set(k, { ...keep, value: s });
}

function valueType(c: FakeCell | undefined): string {
  if (!c) return "Empty";
  if (c.error) return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return c.value === "" ? "Empty" : "String";
}

// ------------------------------------------------------------------ request machinery

interface RichError extends Error {
  code: string;
}

function richError(code: string, message: string): RichError {
  const e = new Error(message) as RichError;
  e.name = "RichApi.Error";
  e.code = code;
  return e;
}

interface Step {
  /** Bytes this step adds to the request (writes and arguments). */
  bytes: number;
  run: () => unknown;
  /** For loads: the JSON sent back. */
  isLoad?: boolean;
}

function bytesOf(x: unknown): number {
  return JSON.stringify(x ?? null).length;
}

/** Something resolved lazily at sync time, once; null = a null object. */
class Lazy<T> {
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

abstract class BaseProxy {
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
  protected checkNull(): void {
    this.context.queue({ bytes: 40, isLoad: true, run: () => (this.nullKnown = !this.exists()) });
  }
  get isNullObject(): boolean {
    if (this.nullKnown === undefined)
      throw richError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
    return this.nullKnown;
  }
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim())
      .filter(Boolean);
    this.context.queue({
      bytes: 40 + bytesOf(list),
      isLoad: true,
      run: () => {
        if (!this.exists()) {
          if (this.nullKnown === undefined)
            throw richError("ItemNotFound", "load on an object that does not exist");
          return null;
        }
        const out: Record<string, unknown> = {};
        for (const p of list) {
          const v = this.snapshot(p);
          this.loaded.set(p, v);
          out[p] = v;
        }
        return out;
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
    this.context.queue({ bytes: 60 + bytes, run });
  }
}

/** Collections: load("items/a,items/b") or load("a,b") both load the listed props of each item. */
abstract class CollectionProxy<T extends BaseProxy> {
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
    const list = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter(Boolean);
    this.context.queue({
      bytes: 40 + bytesOf(list),
      isLoad: true,
      run: () => {
        const items = this.list();
        // Item loads run immediately (same point of the queue).
        const out = items.map((it) => it.loadNow(list));
        this.itemsLoaded = items;
        return out;
      },
    });
    return this;
  }
}

export class FakeContext {
  private steps: Step[] = [];
  private suspended = false;
  readonly workbook: WorkbookProxy;
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }
  queue(step: Step): void {
    this.steps.push(step);
  }
  markSuspended(): void {
    this.suspended = true;
  }
  get pending(): number {
    return this.steps.length;
  }
  async sync(): Promise<void> {
    const steps = this.steps;
    const suspended = this.suspended;
    this.steps = [];
    this.suspended = false;
    const st = this.wb.stats;
    st.syncs++;
    const request = steps.reduce((a, s) => a + s.bytes, 0);
    st.requestBytes.push(request);
    if (suspended) st.suspendedSyncs++;
    if (request > this.wb.limits.requestBytes) {
      st.responseBytes.push(0);
      throw richError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    let response = 0;
    try {
      for (const s of steps) {
        const out = s.run();
        if (s.isLoad) response += bytesOf(out);
      }
    } finally {
      st.responseBytes.push(response);
    }
    if (response > this.wb.limits.responseBytes) {
      throw richError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
  }
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
}

// ------------------------------------------------------------------ proxies

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;
  constructor(readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context, null);
    this.tables = new TableCollectionProxy(context, null);
    this.application = new ApplicationProxy(context);
  }
}

class ApplicationProxy {
  constructor(readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue({ bytes: 60, run: () => undefined });
    this.context.markSuspended();
  }
}

class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
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
      run: () => {
        let n = name;
        if (!n) for (let i = 1; !n || findSheet(wb, n); i++) n = `Sheet${i}`;
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

class WorksheetProxy extends BaseProxy {
  constructor(
    context: FakeContext,
    readonly target: Lazy<FakeSheet>,
    private readonly what = "worksheet"
  ) {
    super(context);
  }
  queueNullCheck(): void {
    this.checkNull();
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
      const s = this.target.must(this.what);
      const clash = findSheet(this.context.wb, value);
      if (clash && clash !== s)
        throw richError("ItemAlreadyExists", `A sheet named ${value} exists`);
      if (this.context.wb.activeSheet && same(this.context.wb.activeSheet, s.name))
        this.context.wb.activeSheet = value;
      for (const n of this.context.wb.names)
        if (n.ref && same(n.ref.sheet, s.name)) n.ref.sheet = value;
      for (const t of this.context.wb.tables) if (same(t.sheet, s.name)) t.sheet = value;
      s.name = value;
    });
  }
  activate(): void {
    this.op(0, () => (this.context.wb.activeSheet = this.target.must(this.what).name));
  }
  delete(): void {
    this.op(0, () => {
      const wb = this.context.wb;
      const s = this.target.must(this.what);
      if (wb.sheets.length === 1)
        throw richError("InvalidOperation", "cannot delete the only sheet");
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.names = wb.names.filter((n) => !(n.ref && same(n.ref.sheet, s.name)));
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
          rect: address ? parseRect(address) : { row: 0, col: 0, rows: 1048576, cols: 16384 },
        };
      })
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(
      this.context,
      new Lazy(() => ({ sheet: this.target.must(this.what), rect: { row, col, rows, cols } }))
    );
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
  /**
   * Manual page breaks: add(range) puts a break before the top-left cell of the range
   * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheet-display,
   * "The page break precedes this range"; Excel.PageBreakCollection, ExcelApi 1.9).
   */
  get horizontalPageBreaks(): { add(range: string | RangeProxy): void } {
    return {
      add: (range: string | RangeProxy) =>
        this.op(bytesOf(range), () => {
          const s = this.target.must(this.what);
          const row =
            typeof range === "string" ? parseRect(range).row : range.target.must("range").rect.row;
          if (row === 0) throw richError("InvalidArgument", "no page break above the first row");
          if (!s.rowBreaks.includes(row)) s.rowBreaks.push(row);
        }),
    };
  }
}

/** Worksheet.pageLayout: settable properties only, each a queued write (see FakePageLayout). */
class PageLayoutProxy extends BaseProxy {
  constructor(
    context: FakeContext,
    readonly target: Lazy<FakeSheet>
  ) {
    super(context);
  }
  protected exists(): boolean {
    return this.target.get() !== null;
  }
  protected snapshot(p: string): unknown {
    const pl = this.target.must("worksheet").pageLayout as unknown as Record<string, unknown>;
    if (!(p in pl)) throw richError("InvalidArgument", `fake PageLayout has no property ${p}`);
    return pl[p];
  }
  private set<K extends keyof FakePageLayout>(k: K, v: FakePageLayout[K]): void {
    this.op(bytesOf(v), () => {
      this.target.must("worksheet").pageLayout[k] = v;
    });
  }
  set orientation(v: string) {
    if (v !== "Landscape" && v !== "Portrait")
      throw richError("InvalidArgument", `orientation ${v}`);
    this.set("orientation", v);
  }
  set paperSize(v: string) {
    this.set("paperSize", v);
  }
  set zoom(v: FakePageLayout["zoom"]) {
    // PageLayoutZoomOptions: "Print page scale value can be between 10 and 400".
    if (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
      throw richError("InvalidArgument", `zoom scale ${v.scale}`);
    this.set("zoom", { ...v });
  }
  set leftMargin(v: number) {
    this.set("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.set("rightMargin", v);
  }
  set topMargin(v: number) {
    this.set("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.set("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.set("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.set("footerMargin", v);
  }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const set = (v: string) => this.set("centerFooter", v);
    return {
      defaultForAllPages: {
        get centerFooter(): string {
          throw richError("PropertyNotLoaded", "centerFooter is write-only in this fake");
        },
        set centerFooter(v: string) {
          set(v);
        },
      },
    };
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: FakeRect;
}

class RangeProxy extends BaseProxy {
  constructor(
    context: FakeContext,
    readonly target: Lazy<RangeTarget>
  ) {
    super(context);
  }
  queueNullCheck(): void {
    this.checkNull();
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
    switch (p) {
      case "values":
        return this.grid((c) => (c ? c.value : ""));
      case "valueTypes":
        return this.grid(valueType);
      case "formulas":
        return this.grid((c) => (c ? (c.formula ?? c.value) : ""));
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
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
      default:
        throw richError("InvalidArgument", `fake Range has no property ${p}`);
    }
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v, false);
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v, true);
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.op(bytesOf(v), () => {
      const { sheet, rect } = this.target.must("range");
      this.eachCell(v, (r, c, f) => {
        if (f === null || f === undefined) return;
        const k = key(rect.row + r, rect.col + c);
        const old = sheet.cells.get(k);
        sheet.cells.set(k, {
          ...(old ?? { value: "" }),
          numberFormat: f === "" ? "General" : String(f),
        });
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
  private eachCell(grid: unknown[][], f: (r: number, c: number, v: unknown) => void): void {
    const { rect } = this.target.must("range");
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
    grid.forEach((row, r) => row.forEach((v, c) => f(r, c, v)));
  }
  private write(what: string, v: unknown[][], asFormula: boolean): void {
    this.op(bytesOf(v), () => {
      const { sheet, rect } = this.target.must("range");
      this.eachCell(v, (r, c, x) => assign(sheet, rect.row + r, rect.col + c, x, asFormula));
    });
    void what;
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, new Lazy(() => this.target.get()?.sheet ?? null));
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
  merge(across = false): void {
    this.op(0, () => {
      const { sheet, rect } = this.target.must("range");
      if (across) {
        for (let r = 0; r < rect.rows; r++)
          sheet.merges.push({ row: rect.row + r, col: rect.col, rows: 1, cols: rect.cols });
      } else {
        sheet.merges.push({ ...rect });
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
  /** Apply f to every cell of the range (creating blank cells), at sync time. */
  styleCells(f: (cell: FakeCell, r: number, c: number, rect: FakeRect) => void): void {
    this.op(20, () => {
      const { sheet, rect } = this.target.must("range");
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.cols; c++) {
          const k = key(rect.row + r, rect.col + c);
          const cell = sheet.cells.get(k) ?? { value: "", numberFormat: "General" };
          f(cell, r, c, rect);
          sheet.cells.set(k, cell);
        }
      }
    });
  }
  setColumnWidth(points: number): void {
    this.op(20, () => {
      const { sheet, rect } = this.target.must("range");
      for (let c = 0; c < rect.cols; c++) sheet.columnWidths.set(rect.col + c, points);
    });
  }
}

class RangeFormatProxy {
  constructor(private readonly range: RangeProxy) {}
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

class NamedItemCollectionProxy extends CollectionProxy<NamedItemProxy> {
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

class NamedItemProxy extends BaseProxy {
  constructor(
    context: FakeContext,
    readonly target: Lazy<FakeName>
  ) {
    super(context);
  }
  queueNullCheck(): void {
    this.checkNull();
  }
  protected exists(): boolean {
    return this.target.get() !== null;
  }
  protected snapshot(p: string): unknown {
    const n = this.target.must("named item");
    if (p === "name") return n.name;
    if (p === "type") return n.type;
    if (p === "value") return n.value;
    if (p === "formula") return n.type === "Range" ? `=${n.value}` : `=${n.value}`;
    if (p === "visible") return true;
    throw richError("InvalidArgument", `fake NamedItem has no property ${p}`);
  }
  get name(): string {
    return this.prop("name");
  }
  get type(): string {
    return this.prop("type");
  }
  get value(): unknown {
    return this.prop("value");
  }
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
  getRangeOrNullObject(): RangeProxy {
    const p = new RangeProxy(this.context, new Lazy(() => this.resolve(true)));
    p.queueNullCheck();
    return p;
  }
}

class TableCollectionProxy extends CollectionProxy<TableProxy> {
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

class TableProxy extends BaseProxy {
  constructor(
    context: FakeContext,
    readonly target: Lazy<FakeTable>
  ) {
    super(context);
  }
  queueNullCheck(): void {
    this.checkNull();
  }
  protected exists(): boolean {
    return this.target.get() !== null;
  }
  protected snapshot(p: string): unknown {
    const t = this.target.must("table");
    if (p === "name") return t.name;
    throw richError("InvalidArgument", `fake Table has no property ${p}`);
  }
  get name(): string {
    return this.prop("name");
  }
  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      new Lazy(() => {
        const t = this.target.must("table");
        return { sheet: findSheet(this.context.wb, t.sheet)!, rect: { ...t.rect } };
      })
    );
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

class CustomPropertyCollectionProxy extends CollectionProxy<CustomPropertyProxy> {
  constructor(
    context: FakeContext,
    private readonly sheet: Lazy<FakeSheet>
  ) {
    super(context);
  }
  private requireApi(): void {
    if (this.context.wb.excelApiMinor < 12)
      throw richError("ApiNotFound", "worksheet.customProperties needs ExcelApi 1.12");
  }
  protected list(): CustomPropertyProxy[] {
    const s = this.sheet.must("worksheet");
    return [...s.customProperties.keys()].map(
      (k) => new CustomPropertyProxy(this.context, this.sheet, k)
    );
  }
  add(k: string, value: string): CustomPropertyProxy {
    this.context.queue({
      bytes: 60 + bytesOf([k, value]),
      run: () => {
        this.requireApi();
        this.sheet.must("worksheet").customProperties.set(k, value);
      },
    });
    return new CustomPropertyProxy(this.context, this.sheet, k);
  }
  getItemOrNullObject(k: string): CustomPropertyProxy {
    const p = new CustomPropertyProxy(this.context, this.sheet, k);
    p.queueNullCheck();
    return p;
  }
}

class CustomPropertyProxy extends BaseProxy {
  constructor(
    context: FakeContext,
    private readonly sheet: Lazy<FakeSheet>,
    private readonly k: string
  ) {
    super(context);
  }
  queueNullCheck(): void {
    this.checkNull();
  }
  protected exists(): boolean {
    return this.sheet.get()?.customProperties.has(this.k) ?? false;
  }
  protected snapshot(p: string): unknown {
    const s = this.sheet.must("worksheet");
    if (p === "key") return this.k;
    if (p === "value") return s.customProperties.get(this.k);
    throw richError("InvalidArgument", `fake custom property has no ${p}`);
  }
  get key(): string {
    return this.prop("key");
  }
  get value(): string {
    return this.prop("value");
  }
}

class ChartCollectionProxy {
  constructor(
    readonly context: FakeContext,
    private readonly sheet: Lazy<FakeSheet>
  ) {}
  add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy {
    let chart: FakeChart | null = null;
    this.context.queue({
      bytes: 80,
      run: () => {
        const s = this.sheet.must("worksheet");
        const { rect } = source.target.must("range");
        chart = { type, source: { ...rect }, seriesBy, seriesTypes: {} };
        s.charts.push(chart);
      },
    });
    return new ChartProxy(this.context, () => chart);
  }
}

class ChartProxy {
  constructor(
    readonly context: FakeContext,
    private readonly chart: () => FakeChart | null
  ) {}
  private must(): FakeChart {
    const c = this.chart();
    if (!c) throw richError("ItemNotFound", "chart");
    return c;
  }
  get title(): { text: string } {
    const self = this;
    return {
      set text(v: string) {
        self.context.queue({ bytes: 60 + bytesOf(v), run: () => (self.must().title = v) });
      },
      get text(): string {
        throw richError("PropertyNotLoaded", "chart title is not loadable in the fake");
      },
    };
  }
  get series(): { getItemAt(i: number): { chartType: string } } {
    const self = this;
    return {
      getItemAt(i: number) {
        return {
          set chartType(v: string) {
            self.context.queue({
              bytes: 60,
              run: () => {
                if (self.context.wb.excelApiMinor < 7)
                  throw richError("ApiNotFound", "series.chartType needs ExcelApi 1.7");
                self.must().seriesTypes[i] = v;
              },
            });
          },
          get chartType(): string {
            throw richError("PropertyNotLoaded", "series chartType is not loadable in the fake");
          },
        };
      },
    };
  }
  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    const addr = (x: RangeProxy | string | undefined) => {
      if (x === undefined) return undefined;
      if (typeof x === "string") return x;
      const t = x.target.must("range");
      return rectAddress(t.sheet.name, t.rect);
    };
    this.context.queue({
      bytes: 80,
      run: () => (this.must().position = { start: addr(start)!, end: addr(end) }),
    });
  }
}

// ------------------------------------------------------------------ run and globals

/** Like Excel.run: a fresh context; queued work left at the end is synced, as Excel.run does. */
export function makeRun(wb: FakeWorkbook) {
  return async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(wb);
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };
}

export function supportsFor(wb: FakeWorkbook) {
  return (set: string, version: string): boolean => {
    if (set !== "ExcelApi") return false;
    const [maj, min] = version.split(".").map(Number);
    return maj === 1 && (min ?? 0) <= wb.excelApiMinor;
  };
}

/** Define `Office` and `Excel` on a window-like object so a page can run against the double. */
export function installFakeOffice(
  win: object,
  wb: FakeWorkbook,
  opts: { language?: string } = {}
): void {
  const supports = supportsFor(wb);
  const info = { host: "Excel", platform: "OfficeOnline" };
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (cb?: (i: typeof info) => void) => {
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: opts.language ?? "id-ID",
      requirements: { isSetSupported: (name: string, v?: string) => supports(name, v ?? "1.1") },
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
    },
  };
  const excel = {
    run: makeRun(wb),
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      invalidArgument: "InvalidArgument",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
    ChartType: { columnClustered: "ColumnClustered", line: "Line" },
    ChartSeriesBy: { columns: "Columns", rows: "Rows" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
      insideVertical: "InsideVertical",
      insideHorizontal: "InsideHorizontal",
    },
    BorderLineStyle: { continuous: "Continuous" },
    BorderWeight: { thin: "Thin" },
    HorizontalAlignment: { left: "Left", center: "Center", right: "Right" },
    RangeValueType: {
      error: "Error",
      empty: "Empty",
      string: "String",
      double: "Double",
      boolean: "Boolean",
    },
    NamedItemType: { range: "Range", string: "String", double: "Double" },
  };
  Object.assign(win, { Office: office, Excel: excel });
}
