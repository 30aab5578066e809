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

/** Codes Excel accepts from a custom function: #REF! and #NAME? are input-only (custom-functions-errors). */
const OUTPUT_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

export interface FunctionMetadataFlags {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
}

export interface InvokeOptions {
  /** Blank cells arrive as 0, as on the desktop builds of office-js issues 4702, 5262, 1951. */
  blankAsZero?: boolean;
}

type Runtime = ReturnType<typeof customFunctionsRuntime>;

function errorOf(cell: unknown): string | null {
  return cell !== null && typeof cell === "object" && "error" in cell
    ? String((cell as { error: unknown }).error)
    : null;
}

/**
 * Calls `fn` as Excel would. Arguments use `{ error: "#DIV/0!" }` for a cell holding an error and
 * `{ type: "Double", basicValue: 90 }` for a data-type cell. Without allowErrorForDataTypeAny an
 * error input is the result and the function is never called (custom-functions-json); with it the
 * error arrives as a CustomFunctions.Error, or as an error data type when custom data is allowed.
 * An output of #REF!/#NAME? is not accepted; we model it as #VALUE!.
 */
export function invokeLikeExcel(
  rt: Runtime,
  meta: FunctionMetadataFlags,
  fn: (...args: any[]) => unknown,
  args: unknown[],
  opts: InvokeOptions = {}
): unknown {
  const cells = (a: unknown): unknown[] => (Array.isArray(a) ? a.flat() : [a]);
  if (!meta.allowErrorForDataTypeAny) {
    for (const a of args)
      for (const c of cells(a)) {
        const code = errorOf(c);
        if (code) return new rt.Error(code);
      }
  }
  const convert = (c: unknown): unknown => {
    const code = errorOf(c);
    if (code)
      return meta.allowCustomDataForDataTypeAny
        ? { type: "Error", basicValue: code }
        : new rt.Error(code);
    if (opts.blankAsZero && (c === null || c === "")) return 0;
    return c;
  };
  const passed = args.map((a) =>
    Array.isArray(a)
      ? a.map((row) => (Array.isArray(row) ? row.map(convert) : convert(row)))
      : convert(a)
  );
  const check = (v: unknown): unknown =>
    v instanceof rt.Error && !OUTPUT_CODES.has(v.code) ? new rt.Error("#VALUE!") : v;
  try {
    const out = fn(...passed);
    return Array.isArray(out)
      ? out.map((row) => (Array.isArray(row) ? row.map(check) : check(row)))
      : check(out);
  } catch (e) {
    return check(e);
  }
}
