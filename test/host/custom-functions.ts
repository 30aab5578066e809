/**
 * The part of Excel's CustomFunctions runtime our functions use: Error, ErrorCode, associate.
 * Browser-safe; used as a Node global by the unit tests and in the page by the end-to-end test.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string
  ) {
    super(message);
  }
}

export function customFunctionsRuntime(onAssociate: (id: string, fn: unknown) => void) {
  return { Error: CustomFunctionsError, ErrorCode, associate: onAssociate };
}
