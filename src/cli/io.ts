/** Where the CLI writes: real streams in a terminal, string buffers in tests. */
export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** Folder the demo's paths are relative to (the project root); default the current folder. */
  root?: string;
}

export const line = (io: Io["stdout"], s = "") => io.write(s + "\n");
