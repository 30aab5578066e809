/**
 * Typed errors of the calculation core. The functions layer maps each to the Excel error of the
 * same code (src/core/README.md §8); the message is what Excel shows on #VALUE! and #N/A.
 */

export type ErrorCode =
  | "#N/A"
  | "#VALUE!"
  | "#DIV/0!"
  | "#NUM!"
  | "#REF!"
  | "#NAME?"
  | "#NULL!"
  | "#CALC!"
  | "#SPILL!"
  | "#BUSY!"
  | "#CONNECT!"
  | "#FIELD!"
  | "#BLOCKED!"
  | "#UNKNOWN!"
  | "#GETTING_DATA";

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#NUM!",
  "#REF!",
  "#NAME?",
  "#NULL!",
  "#CALC!",
  "#SPILL!",
  "#BUSY!",
  "#CONNECT!",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

export class LkipError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "LkipError";
    this.code = code;
  }
}

export function isErrorCode(s: unknown): s is ErrorCode {
  return typeof s === "string" && ERROR_CODES.has(s);
}

/**
 * The Excel error an input carries, if any: a cell error object ({ error } as in
 * src/report/types.ts CellError), a CustomFunctions.Error-like object ({ code } or { errorCode }),
 * or the error text Office.js puts in Range.values (e.g. "#REF!").
 */
export function errorCodeOf(value: unknown): ErrorCode | null {
  if (typeof value === "string") {
    const t = value.trim();
    return isErrorCode(t) ? t : null;
  }
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    for (const key of ["error", "code", "errorCode"]) {
      if (isErrorCode(o[key])) return o[key] as ErrorCode;
    }
  }
  return null;
}

/** Throws the input's own Excel error (pass-through, src/core/README.md §8) when it carries one. */
export function throwIfError(value: unknown, arg: string): void {
  const code = errorCodeOf(value);
  if (code !== null) throw new LkipError(code, `${arg}: sel berisi galat ${code}`);
}
