/**
 * The words a yes/no setting accepts, in one place: LKIP_INFO's "Batasi Capaian Efisiensi" and
 * =LKIP.EFISIENSI's `batasi` read the same vocabulary (Indonesian, English, Excel's TRUE/FALSE in
 * both languages, 1/0).
 */
const YES: readonly string[] = ["ya", "y", "yes", "benar", "true", "1"];
const NO: readonly string[] = ["tidak", "t", "n", "no", "salah", "false", "0"];

/** true or false for a yes/no word, case and surrounding spaces ignored; null for any other text. */
export function parseYesNo(word: string): boolean | null {
  const w = word.trim().toLowerCase();
  if (YES.includes(w)) return true;
  if (NO.includes(w)) return false;
  return null;
}
