/**
 * UI texts as dictionaries: Indonesian first (pane.id.ts), English (pane.en.ts) when Office's
 * display language is English. A text may hold `{name}` placeholders, filled by `fmt` (components
 * get it from TextsContext).
 */
import id, { type PaneTexts } from "./pane.id";
import en from "./pane.en";

export type Language = "id" | "en";

export type Texts = PaneTexts;

export const TEXTS: Record<Language, Texts> = { id, en };

/** Fills `{name}` placeholders; a placeholder without a value stays visible (a bug to see). */
export { fmt } from "../report";
