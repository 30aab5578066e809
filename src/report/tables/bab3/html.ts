/**
 * Bab III as HTML for the clipboard ("Salin ke Word"), host-free so the pane has it without the
 * .docx library: Word keeps h1–h3 as its Heading styles and
 * <table> as a Word table when pasting, so the pane has a way that works where a download from a
 * task pane does not (office-js #3385, #1511, #1793). Every text is escaped; no script, no link.
 */
import type { Bab3Document, DocCell, DocTable, Run } from "./types";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function runsHtml(runs: Run[]): string {
  return runs
    .map((r) => {
      let h = esc(r.text);
      if (r.bold) h = `<b>${h}</b>`;
      if (r.italic) h = `<i>${h}</i>`;
      if (r.highlight) h = `<span style="background:yellow">${h}</span>`;
      return h;
    })
    .join("");
}

function cellHtml(c: DocCell, tag: "th" | "td"): string {
  if (c.covered) return "";
  const span = `${(c.colSpan ?? 1) > 1 ? ` colspan="${c.colSpan}"` : ""}${(c.rowSpan ?? 1) > 1 ? ` rowspan="${c.rowSpan}"` : ""}`;
  const style = `border:1px solid #000;padding:2px 4px;text-align:${c.align ?? (tag === "th" ? "center" : "left")}${c.bold && tag === "td" ? ";font-weight:bold" : ""}`;
  return `<${tag}${span} style="${style}">${esc(c.text)}</${tag}>`;
}

function tableHtml(t: DocTable): string {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths
    .map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`)
    .join("");
  const head = t.header.map((r) => `<tr>${r.map((c) => cellHtml(c, "th")).join("")}</tr>`).join("");
  const body = t.body.map((r) => `<tr>${r.map((c) => cellHtml(c, "td")).join("")}</tr>`).join("");
  const notes = t.notes.length
    ? `<tfoot><tr><td colspan="${t.widths.length}" style="font-size:8pt"><i>${t.notes.map(esc).join("<br>")}</i></td></tr></tfoot>`
    : "";
  return (
    `<p><b>Tabel 3.${t.number} ${esc(t.caption)}</b></p>` +
    `<table style="border-collapse:collapse;width:100%;font-size:9pt">${cols}<thead>${head}</thead><tbody>${body}</tbody>${notes}</table>`
  );
}

export function bab3Html(doc: Bab3Document): string {
  const parts = doc.blocks.map((b) => {
    if (b.kind === "heading") return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    if (b.kind === "paragraph")
      return `<p${b.list ? ' style="margin-left:0.75cm"' : ""}>${runsHtml(b.runs)}</p>`;
    if (b.kind === "table") return tableHtml(b);
    return '<br style="page-break-before:always">';
  });
  return `<html><head><meta charset="utf-8"><title>${esc(doc.title)}</title></head><body>${parts.join("\n")}</body></html>`;
}

/** The same chapter as plain text (the clipboard's text/plain part). */
export function bab3Text(doc: Bab3Document): string {
  return doc.blocks
    .map((b) => {
      if (b.kind === "heading") return b.text;
      if (b.kind === "paragraph") return b.runs.map((r) => r.text).join("");
      if (b.kind === "table")
        return [
          `Tabel 3.${b.number} ${b.caption}`,
          ...[...b.header, ...b.body].map((r) =>
            r
              .filter((c) => !c.covered)
              .map((c) => c.text)
              .join("\t")
          ),
        ].join("\n");
      return "";
    })
    .join("\n\n");
}
