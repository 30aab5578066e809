/**
 * XML through saxes (a streaming, well-formedness-checking parser): no regular expression ever
 * looks at a part's XML. A document type declaration is refused, so no entity can expand; saxes
 * itself knows only the five predefined entities and character references.
 */
import { SaxesParser } from "saxes";

export interface XmlHandlers {
  /** An element opens: its local name (prefix dropped) and its attributes as written (see attr). */
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** Malformed XML, or XML this reader refuses (a DOCTYPE). */
export class XmlError extends Error {}

function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

/** An attribute by local name, whatever its prefix (r:id, x:r …). */
export function attr(a: Record<string, string>, local: string): string | undefined {
  if (a[local] !== undefined) return a[local];
  for (const k in a) if (k.endsWith(`:${local}`)) return a[k];
  return undefined;
}

export interface XmlStream {
  write(chunk: string): void;
  close(): void;
}

/** A push parser: feed text chunks as a part inflates, then close. */
export function xmlStream(h: XmlHandlers): XmlStream {
  const parser = new SaxesParser({ position: false });
  parser.on("doctype", () => {
    throw new XmlError("document type declaration");
  });
  if (h.open) {
    const open = h.open;
    parser.on("opentag", (tag) =>
      open(localName(tag.name), tag.attributes as Record<string, string>)
    );
  }
  if (h.close) {
    const close = h.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (h.text) {
    parser.on("text", h.text);
    parser.on("cdata", h.text);
  }
  const guard = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (e instanceof XmlError) throw e;
      // saxes reports malformed XML by throwing an Error; our own handlers may throw other classes.
      if (e instanceof Error && e.constructor === Error) throw new XmlError(e.message);
      throw e;
    }
  };
  return {
    write: (chunk) => guard(() => parser.write(chunk)),
    close: () => guard(() => parser.close()),
  };
}

/** A whole small document. */
export function parseXml(text: string, h: XmlHandlers): void {
  const s = xmlStream(h);
  s.write(text);
  s.close();
}
