/**
 * `--sumber "LKIP_IKU='Capaian IKU'!A3:H20"` (repeatable): the person chooses the block read as a
 * source when the workbook has no name for it and several tables fit (issue #21, tables found
 * without names). Taken out of the arguments before the ordinary parser sees them.
 */
import { parsePilihanSumber, type PilihanSumber } from "../report";
import { UsageError } from "./args";

const CONTOH = `--sumber "LKIP_IKU='Capaian IKU'!A3:H20"`;

export function takeSumber(argv: string[]): { rest: string[]; pilihan: PilihanSumber[] } {
  const rest: string[] = [];
  const pilihan: PilihanSumber[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (a !== "--sumber" && !a.startsWith("--sumber=")) {
      rest.push(a);
      continue;
    }
    const v = a === "--sumber" ? argv[++i] : a.slice("--sumber=".length);
    if (v === undefined || v === "") throw new UsageError((w) => w.usage.sumberNeeded(CONTOH));
    const p = parsePilihanSumber(v);
    if (!p) throw new UsageError((w) => w.usage.sumberInvalid(v, CONTOH));
    if (pilihan.some((x) => x.source === p.source))
      throw new UsageError((w) => w.usage.twice(`--sumber ${p.source}`));
    pilihan.push(p);
  }
  return { rest, pilihan };
}
