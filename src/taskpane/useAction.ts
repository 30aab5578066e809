/**
 * The one way the pane runs something asynchronous: mark it busy (which disables every other
 * action), run it, show its error in the pane, and always end busy — whatever it was.
 */
import { useCallback, type Dispatch } from "react";
import type { Action, Busy } from "./state";

export type RunAction = (busy: Busy, work: () => Promise<void>) => Promise<void>;

export async function runAction(
  dispatch: Dispatch<Action>,
  busy: Busy,
  work: () => Promise<void>
): Promise<void> {
  dispatch({ type: "start", busy });
  try {
    await work();
  } catch (e) {
    dispatch({ type: "failed", message: messageOf(e) });
  } finally {
    dispatch({ type: "finish" });
  }
}

export function useAction(dispatch: Dispatch<Action>): RunAction {
  return useCallback((busy, work) => runAction(dispatch, busy, work), [dispatch]);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
