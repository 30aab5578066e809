/* global Buffer, NodeJS */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import {
  SOURCE_NAMES,
  temuan,
  type BukanRentang,
  type CellRef,
  type Finding,
  type Wadah,
  type RawCell,
  type RawRange,
  type RawWorkbook,
  type SourceName,
} from "../report";
import { toRawCell } from "./cell-value";
import { parseA1Range } from "../report";
import {
  classifyNameText,
  parseWorkbookXml,
  unescapeXml,
  type CellRect,
  type DefinedNameRaw,
  type NameTarget,
} from "./names";
import { isZip, openPackage, partNames, readPart } from "./zip";

/** A file that cannot be opened as a workbook; `message` is plain Indonesian for the user. */
export class XlsxReadError extends Error {
  constructor(
    readonly kode: "TIDAK_ADA" | "TIDAK_TERBACA" | "BUKAN_XLSX" | "RUSAK",
    message: string
  ) {
    super(message);
  }
}

export interface LoadedXlsx {
  workbook: ExcelJS.Workbook;
  raw: RawWorkbook;
  sheetNames: string[];
  /** Every defined name as stored (scope and text kept), for writing a faithful copy. */
  definedNames: DefinedNameRaw[];
  /** Package parts, e.g. to tell the user that charts are not carried into a copy. */
  parts: string[];
}

const OLE_SIGNATURE = "d0cf11e0a1b11ae1";

async function bytesOf(input: string | Buffer): Promise<{ buf: Buffer; label: string }> {
  if (Buffer.isBuffer(input)) return { buf: input, label: "berkas" };
  try {
    return { buf: await readFile(input), label: input };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new XlsxReadError(
        "TIDAK_ADA",
        `Berkas tidak ditemukan: ${input}. Periksa nama dan foldernya.`
      );
    if (code === "EISDIR")
      throw new XlsxReadError("TIDAK_TERBACA", `${input} adalah folder, bukan berkas .xlsx.`);
    if (code === "EACCES" || code === "EPERM")
      throw new XlsxReadError(
        "TIDAK_TERBACA",
        `Berkas ${input} tidak boleh dibaca (izin akses ditolak).`
      );
    throw new XlsxReadError(
      "TIDAK_TERBACA",
      `Berkas ${input} tidak dapat dibaca (${code ?? (e as Error).message}).`
    );
  }
}

function notXlsx(buf: Buffer, label: string): XlsxReadError {
  if (buf.length >= 8 && buf.subarray(0, 8).toString("hex") === OLE_SIGNATURE) {
    return new XlsxReadError(
      "BUKAN_XLSX",
      `${label} bukan berkas .xlsx: ini berkas Excel lama (.xls) atau berkas yang dilindungi kata sandi. Buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai "Excel Workbook (*.xlsx)".`
    );
  }
  return new XlsxReadError(
    "BUKAN_XLSX",
    `${label} bukan berkas .xlsx (isinya bukan buku kerja Excel). Simpan data sebagai "Excel Workbook (*.xlsx)".`
  );
}

export async function loadXlsx(input: string | Buffer): Promise<LoadedXlsx> {
  const { buf, label } = await bytesOf(input);
  if (!isZip(buf)) throw notXlsx(buf, label);
  let zip: JSZip;
  let workbookXml: string | null;
  try {
    zip = await openPackage(buf);
    workbookXml = await readPart(zip, "xl/workbook.xml");
  } catch {
    throw new XlsxReadError(
      "RUSAK",
      `${label} rusak: arsipnya tidak utuh. Simpan ulang berkas itu dari Excel.`
    );
  }
  if (workbookXml === null) throw notXlsx(buf, label);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxReadError(
      "RUSAK",
      `${label} tidak dapat dibaca sebagai buku kerja Excel (${(e as Error).message}). Buka dan simpan ulang di Excel.`
    );
  }
  const parts = partNames(zip);
  await fixTableHeaders(workbook, zip, parts);
  const wx = parseWorkbookXml(workbookXml);
  const raw: RawWorkbook = { ranges: {}, problems: [] };
  for (const source of SOURCE_NAMES) findSource(workbook, wx.sheets, wx.names, source, raw);
  return {
    workbook,
    raw,
    sheetNames: workbook.worksheets.map((w) => w.name),
    definedNames: wx.names,
    parts,
  };
}

/**
 * ExcelJS 4.4 reads a table's header row as absent unless headerRowCount="1" is written out, but
 * Excel leaves that attribute out (1 is its default). Left alone, the table would be read without
 * headers and a copy written by ExcelJS would be damaged (headerRowCount="0", see exceljs#2184).
 */
async function fixTableHeaders(
  workbook: ExcelJS.Workbook,
  zip: JSZip,
  parts: string[]
): Promise<void> {
  const headerRows = new Map<string, string | undefined>();
  for (const part of parts.filter((p) => /^xl\/tables\/[^/]+\.xml$/i.test(p))) {
    const xml = (await readPart(zip, part)) ?? "";
    const open = xml.match(/<(?:\w+:)?table\s([^>]*)>/)?.[1] ?? "";
    const name = open.match(/\bname="([^"]*)"/)?.[1];
    if (name !== undefined)
      headerRows.set(unescapeXml(name).toUpperCase(), open.match(/\bheaderRowCount="(\d+)"/)?.[1]);
  }
  for (const ws of workbook.worksheets) {
    for (const t of ws.getTables() as unknown as {
      table?: { name?: string; headerRow?: boolean };
    }[]) {
      const model = t.table;
      if (!model?.name || !headerRows.has(model.name.toUpperCase())) continue;
      model.headerRow = headerRows.get(model.name.toUpperCase()) !== "0";
    }
  }
}

// ------------------------------------------------------------------ finding a source

interface Candidate {
  kind: "name" | "table";
  /** How the user would recognise it (a workbook- or sheet-scoped name, a table on a sheet). */
  wadah: Wadah;
  target: NameTarget;
  /** Rows at the bottom that are not data (a table's totals row). */
  footerRows: number;
  text?: string;
  /** A table whose header row is switched off: its column names are not on the sheet. */
  noHeader?: boolean;
}

/** A table's ref ("A1:N4") as a CellRect counts, from 1. */
function tableRect(ref: string): Omit<CellRect, "sheet"> | null {
  const r = parseA1Range(ref);
  return r && { top: r.row0 + 1, left: r.col0 + 1, bottom: r.lastRow0 + 1, right: r.lastCol0 + 1 };
}

function candidates(
  workbook: ExcelJS.Workbook,
  sheets: string[],
  names: DefinedNameRaw[],
  source: SourceName
): Candidate[] {
  const same = (n: string) => n.toUpperCase() === source;
  const out: Candidate[] = [];
  for (const n of names) {
    if (same(n.name) && n.localSheetId === undefined)
      out.push({
        kind: "name",
        wadah: { jenis: "nama", sumber: source },
        target: classifyNameText(n.text),
        footerRows: 0,
        text: n.text,
      });
  }
  for (const ws of workbook.worksheets) {
    for (const t of ws.getTables() as unknown as {
      table?: {
        name?: string;
        tableRef?: string;
        ref?: string;
        totalsRow?: boolean;
        headerRow?: boolean;
      };
    }[]) {
      const model = t.table;
      if (!model?.name || !same(model.name)) continue;
      const r = tableRect(model.tableRef ?? model.ref ?? "");
      const target: NameTarget = r
        ? { kind: "range", sheet: ws.name, ...r }
        : { kind: "ref-error" };
      out.push({
        kind: "table",
        wadah: { jenis: "tabel", nama: model.name, lembar: ws.name },
        target,
        footerRows: model.totalsRow ? 1 : 0,
        noHeader: model.headerRow === false,
      });
    }
  }
  for (const n of names) {
    if (same(n.name) && n.localSheetId !== undefined) {
      const scope = sheets[n.localSheetId] ?? `#${n.localSheetId}`;
      out.push({
        kind: "name",
        wadah: { jenis: "nama", sumber: source, lembar: scope },
        target: classifyNameText(n.text),
        footerRows: 0,
        text: n.text,
      });
    }
  }
  return out;
}

function whyUnusable(c: Candidate, workbook: ExcelJS.Workbook): BukanRentang | null {
  const t = c.target;
  if (c.noHeader) return { jenis: "tanpaJudul" };
  switch (t.kind) {
    case "constant":
      return { jenis: "konstanta", teks: c.text ?? "" };
    case "formula":
      return { jenis: "rumus", teks: c.text ?? "" };
    case "union":
      return { jenis: "gabungan", teks: c.text ?? "" };
    case "external":
      return { jenis: "eksternal", teks: c.text ?? "" };
    case "ref-error":
      return { jenis: "refHilang", teks: c.text ?? "#REF!" };
    case "range":
      if (
        !workbook.getWorksheet(t.sheet) &&
        !workbook.worksheets.some((w) => w.name.toLowerCase() === t.sheet.toLowerCase())
      ) {
        return { jenis: "lembarTidakAda", lembar: t.sheet };
      }
      return null;
  }
}

function findSource(
  workbook: ExcelJS.Workbook,
  sheets: string[],
  names: DefinedNameRaw[],
  source: SourceName,
  raw: RawWorkbook
): void {
  const all = candidates(workbook, sheets, names, source);
  const usable = all.filter((c) => whyUnusable(c, workbook) === null);
  const chosen = usable[0];
  for (const c of all) {
    const sebab = whyUnusable(c, workbook);
    if (sebab === null) continue;
    raw.problems.push(
      temuan(
        "SUMBER_BUKAN_RENTANG",
        { wadah: c.wadah, sumber: source, sebab, ...(chosen ? { dipakai: chosen.wadah } : {}) },
        {
          sumber: source,
          sel: c.target.kind === "range" ? rectRef(c.target) : undefined,
          tertulis: c.text,
        }
      )
    );
  }
  if (!chosen || chosen.target.kind !== "range") return;
  if (usable.length > 1) {
    raw.problems.push(
      temuan(
        "SUMBER_GANDA",
        { sumber: source, ditemukan: usable.map((c) => c.wadah), dipakai: chosen.wadah },
        { sumber: source, sel: rectRef(chosen.target) }
      )
    );
  }
  raw.ranges[source] = readRange(workbook, source, chosen, chosen.target, raw.problems);
}

function readRange(
  workbook: ExcelJS.Workbook,
  source: SourceName,
  c: Candidate,
  t: CellRect,
  problems: Finding[]
): RawRange {
  const ws =
    workbook.getWorksheet(t.sheet) ??
    workbook.worksheets.find((w) => w.name.toLowerCase() === t.sheet.toLowerCase())!;
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  // Whole-column names ($A:$N) reach row 1 048 576: stop at the sheet's last used row and column.
  const bottom = Math.max(t.top, Math.min(t.bottom - c.footerRows, ws.rowCount));
  const right = Math.max(t.left, Math.min(t.right, Math.max(ws.columnCount, t.left)));
  const values: RawCell[][] = [];
  const cellProblems: Finding[] = [];
  for (let r = t.top; r <= bottom; r++) {
    const row: RawCell[] = [];
    for (let col = t.left; col <= right; col++) {
      const cell = ws.findCell(r, col);
      const read = toRawCell(cell ? cell.value : null, date1904);
      row.push(read.value);
      const where = { sumber: source, sel: { sheet: ws.name, row: r - 1, col: col - 1 } };
      if (read.note === "no-result") {
        cellProblems.push(temuan("RUMUS_TANPA_HASIL", { rumus: cell?.formula ?? "" }, where));
      } else if (read.note === "date") {
        cellProblems.push(temuan("SEL_TANGGAL", { serial: Number(read.value) }, where));
      }
    }
    values.push(row);
  }
  // Trailing blank rows of a generous range are not data; the header row always stays.
  while (
    values.length > 1 &&
    values[values.length - 1].every((v) => v === null || (typeof v === "string" && v.trim() === ""))
  )
    values.pop();
  const lastRow = t.top + values.length - 1;
  // sel rows are 0-based, lastRow 1-based.
  problems.push(...cellProblems.filter((p) => p.sel !== undefined && p.sel.row + 1 <= lastRow));
  return { source, kind: c.kind, sheet: ws.name, row: t.top - 1, col: t.left - 1, values };
}

/** A 1-based rectangle of names.ts as a 0-based CellRef. */
function rectRef(r: CellRect): CellRef {
  return {
    sheet: r.sheet,
    row: r.top - 1,
    col: r.left - 1,
    rows: r.bottom - r.top + 1,
    cols: r.right - r.left + 1,
  };
}
