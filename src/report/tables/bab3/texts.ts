/**
 * Bab III's dictionaries (bab3.id.ts, bab3.en.ts) and the one way a template becomes runs: each
 * {placeholder} is replaced by the run (a figure, a name, a highlighted place) given for it.
 */
import type { Lang } from "../../contract";
import en from "./bab3.en";
import id, { type Bab3Texts } from "./bab3.id";
import type { Run } from "./types";

export type { Bab3Texts };
export const BAB3_TEXTS: Record<Lang, Bab3Texts> = { id, en };

/** The template with each {name} replaced by its runs (a string is words); unknown names stay. */
export function fill(template: string, vars: Record<string, Run | Run[] | string>): Run[] {
  const out: Run[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const v = vars[m[1]];
    if (v === undefined) continue;
    if (m.index > last) out.push({ text: template.slice(last, m.index) });
    if (typeof v === "string") {
      if (v !== "") out.push({ text: v });
    } else if (Array.isArray(v)) out.push(...v);
    else out.push(v);
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}
