/* global Excel */
/**
 * The one seam between this layer and Office.js: every exported function takes an optional
 * `run` so tests can pass the in-memory double instead of `Excel.run`.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run`, looked up only when called so that importing this module outside Office is safe. */
export const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** Requirement-set check, as given by detectHost(); used to skip features the host lacks. */
export type Supports = (set: string, version: string) => boolean;

/** Worksheet custom property (ExcelApi 1.12) that marks a sheet as made by the add-in. */
export const ADDIN_MARK_KEY = "LKIP_ADDIN";
export const ADDIN_MARK_VALUE = "Tabel LKIP";

/**
 * Excel on the web rejects a request or response over 5 MB ("Resource limits and performance
 * optimization for Office Add-ins"); we keep each sync's queued writes under 4.6 MiB of JSON
 * (under 5,000,000 bytes, with room for what the estimate leaves out), so a big write takes as
 * few syncs as the limit forces.
 */
export const MAX_REQUEST_BYTES = Math.floor(4.6 * 1024 * 1024);

/** True for the RichApi errors Excel raises when a request or response payload is too large. */
export function isPayloadLimitError(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === "string" ? err.code : "";
  const message = typeof err?.message === "string" ? err.message : "";
  return /PayloadSizeLimitExceeded/i.test(code) || /payload size/i.test(message);
}
