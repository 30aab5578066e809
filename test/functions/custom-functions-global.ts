/**
 * The part of Excel's CustomFunctions runtime the functions use, as a Node global, so tests call
 * the functions directly as Excel does. Imported for its side effect before src/functions.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message);
  }
}

const associated = new Map<string, unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate: (id: string, fn: unknown) => associated.set(id, fn),
};

export { associated, CustomFunctionsError };
