/* global TextEncoder */
/**
 * The tables' workbook written straight from the plan into a zip stream (fflate), the sheet's XML
 * produced a few hundred rows at a time. ExcelJS holds a whole workbook as cell objects and then
 * builds each part's XML as one string before zipping: for 10,000 indicators (77,000 rows) that
 * was ~190 MB of cells and a 1 GB peak in writeBuffer. Here the only whole-sheet state is one
 * style number per cell (a Uint16Array) and the shared-string table; the zipped bytes are small.
 *
 * The cells, styles, merges, widths, heights and print settings are those writeSheetPlan
 * (write.ts, ExcelJS) gives the same plan; test/xlsx/stream-write.test.ts reads both back and
 * compares them cell by cell. Plain Uint8Array out: the same code runs in Node and the browser.
 */
import { Zip, ZipDeflate } from "fflate";
import type { Merge, SheetPlan } from "../report";
import { columnLetters, needsTextFormat, nextFreeSheetName, quoteSheet } from "../report";

const encoder = new TextEncoder();

/** Characters XML 1.0 cannot hold are left out (as ExcelJS does); the five specials escaped. */
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
function xml(text: string): string {
  return text.replace(XML_SPECIAL, (ch) => {
    switch (ch) {
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case "&":
        return "&amp;";
      case "'":
        return "&apos;";
      case '"':
        return "&quot;";
      default:
        return "";
    }
  });
}

/** SpreadsheetML's built-in number formats (ECMA-376 18.8.30) the plans use; others get 164+. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

// Style bits of one cell, in the order write.ts applies them (a later one wins).
const BOLD = 1;
const BORDER = 2;
const WRAP = 4;
const H_RIGHT = 8;
const H_CENTER = 16;
const V_TOP = 32;
const V_MIDDLE = 64;

/** One cell format (xf): its number format id and style bits. */
interface Xf {
  numFmtId: number;
  bits: number;
}

function rectsOf(
  rects: readonly Merge[],
  width: number,
  rows: number,
  f: (i: number) => void
): void {
  for (const m of rects)
    for (let r = m.row; r < Math.min(rows, m.row + m.rows); r++)
      for (let c = m.col; c < Math.min(width, m.col + m.cols); c++) f(r * width + c);
}

/** The workbook `lkip tabel` writes (one sheet, the plan's), as .xlsx bytes. */
export function tablesXlsx(plan: SheetPlan): { bytes: Uint8Array; sheetName: string } {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const sheetName = streamTablesXlsx(plan, (c) => {
    chunks.push(c);
    size += c.length;
  });
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, sheetName };
}

/** The same, handed to `onChunk` piece by piece as the zip is made (nothing else is kept). */
export function streamTablesXlsx(plan: SheetPlan, onChunk: (bytes: Uint8Array) => void): string {
  const sheetName = nextFreeSheetName(plan.name, []);
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failed = err;
    else if (data.length > 0) onChunk(data);
  });
  const part = (name: string, level: 0 | 6 = 6) => {
    const f = new ZipDeflate(name, { level });
    zip.add(f);
    let pending = "";
    return {
      write(s: string) {
        pending += s;
        if (pending.length >= 1 << 16) {
          f.push(encoder.encode(pending));
          pending = "";
        }
      },
      end() {
        f.push(encoder.encode(pending), true);
        pending = "";
      },
    };
  };
  const whole = (name: string, text: string) => {
    const p = part(name);
    p.write(text);
    p.end();
  };

  const layout = cellStyles(plan);
  const strings = new Map<string, number>();

  const sheet = part("xl/worksheets/sheet1.xml");
  writeSheet(plan, layout, strings, sheet.write);
  sheet.end();

  const sst = part("xl/sharedStrings.xml");
  sst.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${strings.size}" uniqueCount="${strings.size}">`
  );
  for (const s of strings.keys()) {
    const space = /^\s|\s$/.test(s) ? ' xml:space="preserve"' : "";
    sst.write(`<si><t${space}>${xml(s)}</t></si>`);
  }
  sst.write("</sst>");
  sst.end();
  strings.clear();

  whole("xl/styles.xml", stylesXml(layout.xfs, layout.customFormats));
  whole("xl/workbook.xml", workbookXml(sheetName, plan));
  whole("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  whole("_rels/.rels", ROOT_RELS);
  whole("docProps/core.xml", CORE);
  whole("[Content_Types].xml", CONTENT_TYPES);
  zip.end();
  if (failed) throw failed;
  return sheetName;
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Layout {
  width: number;
  rows: number;
  /** Per cell (row * width + col): index into xfs, 0 = no style. */
  style: Uint16Array;
  /** Per cell: true when the cell is covered by a merge and is not its top-left one. */
  hidden: Uint8Array;
  xfs: Xf[];
  customFormats: Map<string, number>;
}

/** Each cell's format, as writeSheetPlan (write.ts) sets it through ExcelJS. */
function cellStyles(plan: SheetPlan): Layout {
  const rects = [plan.bold, plan.bordered, plan.wrapped, plan.alignRight, plan.alignCenter];
  let width = plan.values.reduce((w, r) => Math.max(w, r.length), 0);
  let rows = plan.values.length;
  for (const list of [...rects, plan.merges])
    for (const m of list) {
      width = Math.max(width, m.col + m.cols);
      rows = Math.max(rows, m.row + m.rows);
    }
  const n = rows * width;
  const bits = new Uint8Array(n);
  const fmt = new Uint8Array(n); // index into fmtCodes + 1; 0 = General
  const fmtCodes: string[] = [];
  const fmtIndex = new Map<string, number>();
  const setFmt = (i: number, code: string) => {
    let k = fmtIndex.get(code);
    if (k === undefined) {
      fmtCodes.push(code);
      k = fmtCodes.length;
      fmtIndex.set(code, k);
    }
    fmt[i] = k;
  };
  plan.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const format = plan.numberFormats[r]?.[c] ?? "General";
      if (typeof value === "number") {
        if (format !== "General" && format !== "@") setFmt(r * width + c, format);
      } else if (needsTextFormat(String(value))) setFmt(r * width + c, "@");
    })
  );
  rectsOf(plan.bold, width, rows, (i) => (bits[i] |= BOLD));
  rectsOf(plan.bordered, width, rows, (i) => (bits[i] |= BORDER | V_TOP));
  rectsOf(plan.wrapped, width, rows, (i) => (bits[i] |= WRAP));
  rectsOf(plan.alignRight, width, rows, (i) => (bits[i] = (bits[i] & ~H_CENTER) | H_RIGHT));
  rectsOf(
    plan.alignCenter,
    width,
    rows,
    (i) => (bits[i] = (bits[i] & ~(H_RIGHT | V_TOP)) | H_CENTER | V_MIDDLE)
  );
  // A merged cell takes its top-left cell's style and loses its value (ExcelJS Cell.merge).
  const hidden = new Uint8Array(n);
  for (const m of plan.merges) {
    if (m.rows * m.cols <= 1) continue;
    const master = m.row * width + m.col;
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) {
        const i = r * width + c;
        if (i === master) continue;
        bits[i] = bits[master];
        fmt[i] = fmt[master];
        hidden[i] = 1;
      }
  }

  const customFormats = new Map<string, number>();
  const fmtId = fmtCodes.map((code) => {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = customFormats.get(code);
    if (id === undefined) {
      id = 164 + customFormats.size;
      customFormats.set(code, id);
    }
    return id;
  });
  const xfs: Xf[] = [{ numFmtId: 0, bits: 0 }];
  const xfIndex = new Map<number, number>([[0, 0]]);
  const style = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    if (bits[i] === 0 && fmt[i] === 0) continue;
    const numFmtId = fmt[i] === 0 ? 0 : fmtId[fmt[i] - 1];
    const k = numFmtId * 128 + bits[i];
    let x = xfIndex.get(k);
    if (x === undefined) {
      x = xfs.length;
      xfs.push({ numFmtId, bits: bits[i] });
      xfIndex.set(k, x);
    }
    style[i] = x;
  }
  // A cell holding only a style is written too (ExcelJS makes a cell for every styled one).
  return { width, rows, style, hidden, xfs, customFormats };
}

function writeSheet(
  plan: SheetPlan,
  layout: Layout,
  strings: Map<string, number>,
  write: (s: string) => void
): void {
  const { width, rows, style, hidden } = layout;
  const ps = plan.pageSetup;
  const last = `${columnLetters(Math.max(0, width - 1))}${Math.max(1, rows)}`;
  write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">` +
      (ps ? `<sheetPr><pageSetUpPr fitToPage="0"/></sheetPr>` : "") +
      `<dimension ref="A1:${last}"/>` +
      `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>`
  );
  if (plan.columnWidths.length > 0) {
    write("<cols>");
    plan.columnWidths.forEach((w, c) =>
      write(`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`)
    );
    write("</cols>");
  }
  write("<sheetData>");
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  for (let r = 0; r < rows; r++) {
    const values = plan.values[r] ?? [];
    const height = plan.rowHeights?.[r] ?? null;
    let cells = "";
    for (let c = 0; c < width; c++) {
      const i = r * width + c;
      const s = style[i];
      const v = hidden[i] ? null : (values[c] ?? null);
      if (v === null || v === "") {
        if (s !== 0) cells += `<c r="${letters[c]}${r + 1}" s="${s}"/>`;
        continue;
      }
      const at = `r="${letters[c]}${r + 1}"${s !== 0 ? ` s="${s}"` : ""}`;
      if (typeof v === "number") cells += `<c ${at}><v>${v}</v></c>`;
      else {
        const text = String(v);
        let k = strings.get(text);
        if (k === undefined) {
          k = strings.size;
          strings.set(text, k);
        }
        cells += `<c ${at} t="s"><v>${k}</v></c>`;
      }
    }
    if (cells === "" && height === null) continue;
    const ht = height !== null ? ` ht="${height}" customHeight="1"` : "";
    write(`<row r="${r + 1}"${ht}>${cells}</row>`);
  }
  write("</sheetData>");
  const merges = plan.merges.filter((m) => m.rows * m.cols > 1);
  if (merges.length > 0) {
    write(`<mergeCells count="${merges.length}">`);
    for (const m of merges)
      write(
        `<mergeCell ref="${letters[m.col]}${m.row + 1}:${letters[m.col + m.cols - 1]}${m.row + m.rows}"/>`
      );
    write("</mergeCells>");
  }
  if (ps) {
    const mg = ps.margins;
    write(
      `<pageMargins left="${mg.left}" right="${mg.right}" top="${mg.top}" bottom="${mg.bottom}" header="${mg.header}" footer="${mg.footer}"/>` +
        `<pageSetup paperSize="9" scale="${ps.scale}" orientation="${ps.orientation}"/>` +
        `<headerFooter><oddFooter>${xml(`&C${ps.centerFooter}`)}</oddFooter></headerFooter>`
    );
    const breaks = ps.rowBreaks.filter((r) => r > 0);
    if (breaks.length > 0) {
      write(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
      for (const r of breaks) write(`<brk id="${r}" max="16383" man="1"/>`);
      write("</rowBreaks>");
    }
  }
  write("</worksheet>");
}

function stylesXml(xfs: Xf[], customFormats: Map<string, number>): string {
  const numFmts =
    customFormats.size > 0
      ? `<numFmts count="${customFormats.size}">${[...customFormats]
          .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xml(code)}"/>`)
          .join("")}</numFmts>`
      : "";
  const font = (bold: boolean) =>
    `<font>${bold ? "<b/>" : ""}<sz val="11"/><name val="Calibri"/><family val="2"/>${bold ? "" : '<scheme val="minor"/>'}</font>`;
  const thin = '<left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/>';
  const xf = ({ numFmtId, bits }: Xf) => {
    const h = bits & H_CENTER ? "center" : bits & H_RIGHT ? "right" : null;
    // SpreadsheetML's word for "middle" is "center" (ST_VerticalAlignment); ExcelJS says "middle".
    const v = bits & V_MIDDLE ? "center" : bits & V_TOP ? "top" : null;
    const wrap = (bits & WRAP) !== 0;
    const align =
      h || v || wrap
        ? `<alignment${h ? ` horizontal="${h}"` : ""}${v ? ` vertical="${v}"` : ""}${wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const attrs =
      `numFmtId="${numFmtId}" fontId="${bits & BOLD ? 1 : 0}" fillId="0" borderId="${bits & BORDER ? 1 : 0}" xfId="0"` +
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : "") +
      (bits & BOLD ? ' applyFont="1"' : "") +
      (bits & BORDER ? ' applyBorder="1"' : "") +
      (align ? ' applyAlignment="1"' : "");
    return align ? `<xf ${attrs}>${align}</xf>` : `<xf ${attrs}/>`;
  };
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">` +
    numFmts +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}<diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.map(xf).join("")}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

function workbookXml(sheetName: string, plan: SheetPlan): string {
  const area = plan.pageSetup && plan.values.length > 0 ? plan.pageSetup.printArea : null;
  const absolute = (a1: string) => a1.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  const names = area
    ? `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">${xml(
        `${quoteSheet(sheetName)}!${absolute(area)}`
      )}</definedName></definedNames>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL_NS}">` +
    `<bookViews><workbookView/></bookViews>` +
    `<sheets><sheet name="${xml(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
    names +
    `</workbook>`
  );
}

const WORKBOOK_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
  `</Relationships>`;

const ROOT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `</Relationships>`;

const CORE =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
  `<dc:creator>LKIP</dc:creator></cp:coreProperties>`;

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
  `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `</Types>`;
