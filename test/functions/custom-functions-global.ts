/**
 * Excel's CustomFunctions runtime as a Node global, so tests call the functions directly as Excel
 * does. Imported for its side effect before src/functions.
 */
import { customFunctionsRuntime, CustomFunctionsError } from "../host/custom-functions";

const associated = new Map<string, unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = customFunctionsRuntime((id, fn) =>
  associated.set(id, fn)
);

export { associated, CustomFunctionsError };
