/**
 * A label with a score (src/core/README.md §10): "Level 3 (3,35)", "Nilai A (83)", "BB (71,91)"
 * is the number in parentheses for computing and the label for display and for comparing labels.
 */
import { parseAngka, type Decimal } from "./numbers";

export interface LabelScore {
  /** The text before the parentheses, trimmed ("Level 3"). */
  label: string;
  /** The number inside them, read as §0 reads text numbers (3,35). */
  score: Decimal;
  /** §0 read a single dot as thousands ("(3.157)" → 3157): the reader says so. */
  ribuanTitik: boolean;
}

/** A label, then one parenthesised part at the very end. */
const SHAPE = /^(.*\S)\s*\(([^()]*)\)\s*$/;

/**
 * The label and score of a text, or null when it is not a label followed by one number in
 * parentheses: no label ("(1.000)" is a negative number, §0), a label that is itself a number
 * ("100 (orang)" is a number with a unit), or a parenthesis that holds no clean number
 * ("Level 3 (integrated)", "A ()").
 */
export function parseLabelScore(text: unknown): LabelScore | null {
  if (typeof text !== "string") return null;
  const m = SHAPE.exec(text.trim());
  if (!m) return null;
  const label = m[1].trim();
  if (parseAngka(label).ok) return null;
  const p = parseAngka(m[2]);
  if (!p.ok) return null;
  return { label, score: p.value, ribuanTitik: p.ribuanTitik === true };
}

/** The label of a text with a score, else the text itself (qualitative comparison is on labels). */
export function labelOf(text: string): string {
  return parseLabelScore(text)?.label ?? text;
}

/** §10: both target and realisasi carry a score → the indicator is numeric on the two scores. */
export function scoredPair(
  target: unknown,
  realisasi: unknown
): { target: LabelScore; realisasi: LabelScore } | null {
  const t = parseLabelScore(target);
  const r = parseLabelScore(realisasi);
  return t && r ? { target: t, realisasi: r } : null;
}
