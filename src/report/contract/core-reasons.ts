/**
 * The words for the core's reasons (LkipError.reason, parseAngka's reason): the core says why as a
 * code with parameters, and the edge — an =LKIP.… cell (Indonesian, as Excel shows it), a finding in
 * the pane's language — says it with coreText. Dictionaries: core.id.ts (first), core.en.ts.
 */
import type { AngkaReason, CoreCode, CoreReason } from "../../core";
import CORE_ID from "./core.id";
import CORE_EN from "./core.en";
import type { Lang } from "./findings";

type ReasonOf<K extends CoreCode> = Extract<CoreReason, { kode: K }>;
type AngkaReasonOf<J extends AngkaReason["jenis"]> = Extract<AngkaReason, { jenis: J }>;

/** One language's words: every core code, and every reason a text is not a number. */
export interface CoreWords {
  reasons: { [K in CoreCode]: (p: ReasonOf<K>) => string };
  angka: { [J in AngkaReason["jenis"]]: (p: AngkaReasonOf<J>) => string };
}

export const CORE_WORDS: Record<Lang, CoreWords> = { id: CORE_ID, en: CORE_EN };

/** The core's reason in words (Indonesian by default, as Excel shows it in an =LKIP.… cell). */
export function coreText(r: CoreReason, lang: Lang = "id"): string {
  const text = CORE_WORDS[lang].reasons[r.kode] as (p: CoreReason) => string;
  return text(r);
}

/** Why a text is not a number, in words. */
export function angkaText(s: AngkaReason, lang: Lang = "id"): string {
  const text = CORE_WORDS[lang].angka[s.jenis] as (p: AngkaReason) => string;
  return text(s);
}
