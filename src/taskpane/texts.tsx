/** The UI texts of the current language, through React context, with `{name}` interpolation. */
import { createContext, useContext, type ReactNode } from "react";
import { TEXTS, fmt, type Language, type Texts } from "./i18n";

interface TextsValue {
  language: Language;
  t: Texts;
  /** fmt over a text of the dictionary: f(t.stepOf, { n: 3, total: 4, label }). */
  f: typeof fmt;
}

const TextsContext = createContext<TextsValue>({ language: "id", t: TEXTS.id, f: fmt });

export function TextsProvider(props: { language: Language; children: ReactNode }) {
  const value: TextsValue = { language: props.language, t: TEXTS[props.language], f: fmt };
  return <TextsContext.Provider value={value}>{props.children}</TextsContext.Provider>;
}

export function useTexts(): TextsValue {
  return useContext(TextsContext);
}
