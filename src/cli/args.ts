/** A small argument parser: positionals, `-o <file>` / `--keluaran <file>`, boolean flags. */
export interface Parsed {
  positionals: string[];
  output?: string;
  flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], allowed: { output?: boolean; flags: string[] }): Parsed {
  const out: Parsed = { positionals: [], flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    const inline = allowed.output && a.startsWith("--keluaran=");
    if (inline || (allowed.output && (a === "-o" || a === "--keluaran"))) {
      // Both spellings get the same checks, so "-o a --keluaran=b" is not silently b.
      const flag = inline ? "--keluaran" : a;
      const v = inline ? a.slice("--keluaran=".length) : argv[++i];
      if (v === undefined || v === "")
        throw new UsageError(`${flag} perlu nama berkas keluaran, misalnya -o hasil.xlsx`);
      if (out.output !== undefined) throw new UsageError(`${flag} ditulis dua kali`);
      out.output = v;
    } else if (a === "-h" || a === "--help" || a === "--bantuan") {
      out.flags.add("help");
    } else if (a.startsWith("-") && a !== "-") {
      const name = a.replace(/^--?/, "");
      if (!allowed.flags.includes(name)) throw new UsageError(`pilihan tidak dikenal: ${a}`);
      out.flags.add(name);
    } else {
      out.positionals.push(a);
    }
  }
  return out;
}
