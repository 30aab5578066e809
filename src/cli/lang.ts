/**
 * The command's language, one rule (README "The lkip command"): English when the locale that
 * names the messages' language starts with "en" — the first set of LC_ALL, LC_MESSAGES, LANG, as
 * POSIX reads them — else Indonesian. The words are cli.{id,en}.ts and the report's dictionaries.
 */
import type { Lang } from "../report";
import CLI_ID, { type CliWords } from "./cli.id";
import CLI_EN from "./cli.en";
import type { Io } from "./io";

export type { CliWords } from "./cli.id";

export const CLI_WORDS: Record<Lang, CliWords> = { id: CLI_ID, en: CLI_EN };

export function cliLang(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return locale !== undefined && /^en([_.@-]|$)/i.test(locale) ? "en" : "id";
}

/** The words of a run: Indonesian unless the caller (the program, from the locale) said English. */
export const wordsOf = (io: Io): CliWords => CLI_WORDS[io.lang ?? "id"];
