/**
 * Office.js errors as sentences a user can act on, Indonesian first (errors.id.ts, errors.en.ts),
 * never Excel's raw English message. The codes are those of Excel.ErrorCodes /
 * OfficeExtension.ErrorCodes that reading and writing a workbook can meet ("Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
import { fmt } from "../report";
import ID from "./errors.id";
import EN from "./errors.en";

export { isPayloadLimitError } from "./run";

/** By language, each Office code to its sentence. */
const SENTENCES: Record<
  "id" | "en",
  { codes: Record<string, string | undefined>; unexpected: string }
> = { id: ID, en: EN };

/** The error's Office code, or "" (also recognised by message for hosts that leave the code generic). */
export function officeErrorCode(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === "string" ? err.code : "";
  if (code && code !== "GeneralException" && SENTENCES.id.codes[code]) return code;
  const message = typeof err?.message === "string" ? err.message : "";
  if (/cell-edit|edit mode|mode sunting/i.test(message)) return "InvalidOperationInCellEditMode";
  if (/protected/i.test(message)) return "AccessDenied";
  if (/payload size/i.test(message)) return "ResponsePayloadSizeLimitExceeded";
  return code;
}

/** An error carrying an Office code, for the checks the add-in makes before Excel would refuse. */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/**
 * A sentence for any error the pane can meet, in the UI language: a known Office code gets its
 * sentence; anything else a general sentence naming the code, never the raw message.
 */
export function explainError(e: unknown, language: "id" | "en" = "id"): string {
  const code = officeErrorCode(e);
  const words = SENTENCES[language];
  const known = words.codes[code];
  if (known) return known;
  return fmt(words.unexpected, { tail: code ? ` (${code})` : "" });
}
