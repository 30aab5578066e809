import type { Lang } from "../report";

/** Where the CLI writes: real streams in a terminal, string buffers in tests. */
export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** Folder the demo's paths are relative to (the project root); default the current folder. */
  root?: string;
  /** The language of everything said (lang.ts `cliLang` from the locale); default Indonesian. */
  lang?: Lang;
}

export const line = (io: Io["stdout"], s = "") => io.write(s + "\n");
