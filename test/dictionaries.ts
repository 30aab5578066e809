/**
 * The one completeness check of the texts (test/texts.test.ts): an English dictionary against its
 * Indonesian one. Same keys at every depth, the same kind of value, the same `{placeholder}`s in
 * every text, and every function text, called with sample parameters, shows in English every
 * parameter value the Indonesian one shows (and the other way round).
 */

/** The `{name}` placeholders of a text (as `fmt` fills them), sorted and without repeats. */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** Sample argument lists for a dictionary's function texts, by key path ("SUMBER_KOSONG"). */
export type Samples = Record<string, unknown[][]>;

/** Arguments for a function text without samples: distinct numbers that show where they land. */
const numbers = (n: number): unknown[] => Array.from({ length: n }, (_, i) => 9001 + i);

/**
 * The values a text can show: strings and numbers, at any depth, long enough to find; not the tags
 * that choose a wording ("indikator", "atas", "subKegiatan"), which each language words its own way.
 */
function leaves(x: unknown, out: string[] = []): string[] {
  if (typeof x === "string") {
    if (x.trim().length >= 3 && !/^[a-z][A-Za-z]*$/.test(x)) out.push(x);
  } else if (typeof x === "number") {
    if (Math.abs(x) >= 10) out.push(String(x));
  } else if (Array.isArray(x)) x.forEach((v) => leaves(v, out));
  else if (x !== null && typeof x === "object") Object.values(x).forEach((v) => leaves(v, out));
  return out;
}

const BROKEN = /undefined|\[object|NaN|\{\w+\}/;

const kind = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);

/** Every way `en` falls short of `id`, as readable lines; [] when complete. */
export function compareDictionaries(id: unknown, en: unknown, samples: Samples = {}): string[] {
  const problems: string[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    const at = path || "(root)";
    if (kind(a) !== kind(b)) {
      problems.push(
        `${at}: ${kind(a)} in id, ${kind(b) === "undefined" ? "missing" : kind(b)} in en`
      );
      return;
    }
    if (typeof a === "string") {
      const s = b as string;
      if (a.trim() === "" || s.trim() === "") problems.push(`${at}: empty text`);
      const pa = placeholders(a).join(",");
      const pb = placeholders(s).join(",");
      if (pa !== pb) problems.push(`${at}: placeholders {${pa}} in id, {${pb}} in en`);
      return;
    }
    if (typeof a === "function") {
      const f = a as (...x: unknown[]) => unknown;
      const g = b as (...x: unknown[]) => unknown;
      for (const args of samples[path] ?? [numbers(f.length)]) {
        const ti = f(...args);
        const te = g(...args);
        if (typeof ti !== "string" || typeof te !== "string") {
          problems.push(`${at}: does not give a text`);
          continue;
        }
        if (ti.trim() === "" || te.trim() === "") problems.push(`${at}: empty text`);
        if (BROKEN.test(ti)) problems.push(`${at}: id text has a hole: ${ti}`);
        if (BROKEN.test(te)) problems.push(`${at}: en text has a hole: ${te}`);
        for (const v of new Set(leaves(args))) {
          if (ti.includes(v) && !te.includes(v)) problems.push(`${at}: en does not show "${v}"`);
          if (te.includes(v) && !ti.includes(v)) problems.push(`${at}: id does not show "${v}"`);
        }
      }
      return;
    }
    if (a !== null && typeof a === "object" && !Array.isArray(a)) {
      const oa = a as Record<string, unknown>;
      const ob = b as Record<string, unknown>;
      for (const k of Object.keys(oa)) walk(oa[k], ob[k], path ? `${path}.${k}` : k);
      for (const k of Object.keys(ob))
        if (!(k in oa)) problems.push(`${path ? `${path}.${k}` : k}: in en only`);
      return;
    }
    if (Array.isArray(a)) {
      const xa = a as unknown[];
      const xb = b as unknown[];
      if (xa.length !== xb.length)
        problems.push(`${at}: ${xa.length} items in id, ${xb.length} in en`);
      xa.forEach((v, i) => walk(v, xb[i], `${path}[${i}]`));
      return;
    }
    if (a !== b && typeof a !== "boolean" && typeof a !== "number")
      problems.push(`${at}: ${String(a)} in id, ${String(b)} in en`);
  };
  walk(id, en, "");
  return problems;
}
