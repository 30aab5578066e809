/** Errors as Office.js raises them: a RichApi.Error with a `code` from Excel.ErrorCodes. */
export interface RichError extends Error {
  code: string;
}

export function richError(code: string, message: string): RichError {
  const e = new Error(message) as RichError;
  e.name = "RichApi.Error";
  e.code = code;
  return e;
}
