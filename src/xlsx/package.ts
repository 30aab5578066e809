/**
 * The package: the zip opened within limits, its parts found through the relationships, and every
 * failure inside it (not a zip, an old .xls, a password, a cut archive, a limit passed) turned into
 * one `XlsxReadError`. No cell is read here.
 */
import { xmlStream, XmlError, type XmlHandlers } from "./xml";
import { workbookXmlReader, type WorkbookXml } from "./names";
import { DEFAULT_LIMITS, streamPartText, ZipError, type ZipLimits, type ZipPackage } from "./zip";
import type { Besar, ReadFailure, Rusak } from "../report";

/**
 * A file that cannot be read as a workbook: why, as a code and parameters (`failure`); the edge
 * says it in the user's language with readFailureText. `message` is for a developer only.
 */
export class XlsxReadError extends Error {
  readonly kode: ReadFailure["kode"];

  constructor(readonly failure: ReadFailure) {
    super(`${failure.kode} ${JSON.stringify(failure)}`);
    this.kode = failure.kode;
  }
}

/** The file's name for the words: none when the caller gave none (the words say "the file"). */
const named = (label: string | undefined) => (label === undefined ? {} : { berkas: label });

export interface ReadLimits extends ZipLimits {
  /** Most cells kept for all sources together (rows × columns of what is read). */
  cells: number;
}

export const READ_LIMITS: ReadLimits = { ...DEFAULT_LIMITS, cells: 500_000 };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MB = 1024 * 1024;

export function notXlsx(bytes: Uint8Array, label: string | undefined): XlsxReadError {
  const jenis = OLE_SIGNATURE.every((b, i) => bytes[i] === b) ? "xls" : "bukanBukuKerja";
  return new XlsxReadError({ kode: "BUKAN_XLSX", ...named(label), jenis });
}

export function rusak(label: string | undefined, reason: Rusak): XlsxReadError {
  return new XlsxReadError({ kode: "RUSAK", ...named(label), reason });
}

export function terlaluBesar(label: string | undefined, reason: Besar): XlsxReadError {
  return new XlsxReadError({ kode: "TERLALU_BESAR", ...named(label), reason });
}

/** Any failure inside the package, as the reason the user is told. */
export function explain(e: unknown, label: string | undefined, limits: ReadLimits): XlsxReadError {
  if (e instanceof XlsxReadError) return e;
  if (e instanceof ZipError) {
    switch (e.kind) {
      case "not-zip":
        return new XlsxReadError({ kode: "BUKAN_XLSX", ...named(label), jenis: "bukanZip" });
      case "encrypted":
        return new XlsxReadError({ kode: "BUKAN_XLSX", ...named(label), jenis: "dilindungi" });
      case "too-big":
        return terlaluBesar(label, {
          jenis: "batasArsip",
          bagian: limits.entries,
          mb: limits.partBytes / MB,
        });
      default:
        return rusak(label, { jenis: "arsip" });
    }
  }
  if (e instanceof XmlError) return rusak(label, { jenis: "xml" });
  if (e instanceof RangeError) return terlaluBesar(label, { jenis: "memori" });
  return rusak(label, { jenis: "isi" });
}

/** A stored text cut for a message. */
export function short(s: string): string {
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}

export function parsePart(zip: ZipPackage, name: string, h: XmlHandlers): boolean {
  const xml = xmlStream(h);
  const found = streamPartText(zip, name, (chunk) => xml.write(chunk));
  if (found) xml.close();
  return found;
}

interface Rel {
  type: string;
  target: string;
}

function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

function resolvePart(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(base) + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A part's relationships by id, targets resolved to part names (external targets left out). */
export function relsOf(zip: ZipPackage, part: string): Map<string, Rel> {
  const relsPart = `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
  const rels = new Map<string, Rel>();
  parsePart(zip, relsPart, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
      rels.set(a.Id, { type: a.Type ?? "", target: resolvePart(part, a.Target) });
    },
  });
  return rels;
}

export const isType = (rel: Rel, kind: string) => rel.type.endsWith(`/${kind}`);

export interface SheetInfo {
  name: string;
  /** Worksheet part; null for a chart sheet or a sheet whose part is missing. */
  part: string | null;
}

/** workbook.xml and what it points to: the sheets' parts, shared strings and styles. */
export interface WorkbookPart {
  workbook: WorkbookXml;
  sheets: SheetInfo[];
  sharedStrings: string | null;
  styles: string | null;
}

export function readWorkbookPart(zip: ZipPackage, label: string | undefined): WorkbookPart {
  const root = relsOf(zip, "");
  const officeDoc = [...root.values()].find((r) => isType(r, "officeDocument"));
  const workbookPart = officeDoc?.target ?? "xl/workbook.xml";
  const isLkip = (n: string) => /^lkip_/i.test(n);
  const wx = workbookXmlReader(isLkip);
  if (!parsePart(zip, workbookPart, wx.handlers)) throw notXlsx(zip.bytes, label);
  const wb = wx.result;
  const wbRels = relsOf(zip, workbookPart);
  const sheets: SheetInfo[] = wb.sheets.map((name, i) => {
    const rel = wbRels.get(wb.sheetIds[i]);
    return { name, part: rel && isType(rel, "worksheet") ? rel.target : null };
  });
  const sst = [...wbRels.values()].find((r) => isType(r, "sharedStrings"))?.target ?? null;
  const styles = [...wbRels.values()].find((r) => isType(r, "styles"))?.target ?? null;
  return { workbook: wb, sheets, sharedStrings: sst, styles };
}
