/** Small test helpers shared by the core tests (not a test file itself). */
import { expect } from "vitest";
import { Decimal, LkipError, type ErrorCode } from "../../src/core";
import { coreText } from "../../src/report/contract/core-reasons";

export const D = (v: string | number) => new Decimal(v);

/** Decimal equality with a readable failure (both sides normalised). */
export function expectDec(actual: Decimal, expected: string | number): void {
  expect(actual.toString()).toBe(new Decimal(expected).toString());
}

/** The LkipError `fn` throws, asserting its code (and optionally a fragment of its Indonesian words). */
export function expectLkip(
  fn: () => unknown,
  code: ErrorCode,
  messageIncludes?: string | RegExp
): LkipError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, "expected an LkipError").toBeInstanceOf(LkipError);
  const err = caught as LkipError;
  expect(err.code).toBe(code);
  if (messageIncludes !== undefined) expect(coreText(err.reason)).toMatch(messageIncludes);
  return err;
}
