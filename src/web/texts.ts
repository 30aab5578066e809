/**
 * The page's texts as dictionaries: Indonesian (page.id.ts), and English (page.en.ts) for browsers
 * that do not ask for Indonesian.
 */
import id, { type PageTexts } from "./page.id";
import en from "./page.en";

export type Language = "id" | "en";

type Texts = PageTexts;

export const TEXTS: Record<Language, Texts> = { id, en };

/**
 * Indonesian when the browser asks for it before English; English otherwise (the fallback for
 * every other language). `?lang=id|en` overrides.
 */
export function pickLanguage(languages: readonly string[], query = ""): Language {
  const forced = new URLSearchParams(query).get("lang");
  if (forced === "id" || forced === "en") return forced;
  for (const l of languages) {
    const primary = l.toLowerCase().split("-")[0];
    if (primary === "id" || primary === "ms") return "id";
    if (primary === "en") return "en";
  }
  return languages.length === 0 ? "id" : "en";
}
