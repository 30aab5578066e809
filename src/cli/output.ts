/* global NodeJS, process */
/**
 * Output safety shared by the commands that write a file (`lkip bab3`; `lkip tabel` has its own
 * copy until the atomic-write helper of issue #27 replaces both): never the input, never an
 * existing file without --timpa, never half a file under the final name (a temp file in the same
 * folder, fsync, then a rename or, without --timpa, a link that fails when the name exists).
 */
import { link, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { line, type Io } from "./io";

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    // Hard links, symlinks and case-insensitive file systems: the same file has the same inode.
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

const SUDAH_ADA = (p: string) =>
  `${p} sudah ada. Pilih nama lain dengan -o, atau tambahkan --timpa untuk menimpanya.`;

/** Before reading anything: 2 (usage) with its sentence, or null when the output may be written. */
export async function checkOutput(
  input: string,
  output: string,
  timpa: boolean,
  ext: string,
  io: Io
): Promise<number | null> {
  if (extname(output).toLowerCase() !== ext) {
    line(io.stderr, `Berkas keluaran harus berakhiran ${ext}: ${output}`);
    return 2;
  }
  if (await sameFile(input, output)) {
    line(
      io.stderr,
      `Keluaran sama dengan berkas masukan (${output}). Berkas masukan tidak pernah ditimpa; pilih nama lain dengan -o.`
    );
    return 2;
  }
  if (!timpa && (await exists(output))) {
    line(io.stderr, SUDAH_ADA(output));
    return 2;
  }
  return null;
}

/** Writes the bytes; null when written, else the exit code after its sentence. */
export async function writeOutput(
  output: string,
  bytes: Uint8Array,
  timpa: boolean,
  io: Io
): Promise<number | null> {
  const folder = dirname(resolve(output));
  const notAFolder = await stat(folder).then(
    (s) => !s.isDirectory(),
    () => false
  );
  if (notAFolder) {
    line(
      io.stderr,
      `${output} tidak dapat ditulis: ${folder} adalah berkas, bukan folder. Pilih folder lain dengan -o.`
    );
    return 2;
  }
  const tmp = resolve(folder, `.${process.pid}.${Date.now()}.lkip.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    const fh = await open(tmp, "wx");
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (timpa) await rename(tmp, output);
    else {
      await link(tmp, output);
      await unlink(tmp);
    }
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      line(io.stderr, SUDAH_ADA(output));
      return 2;
    }
    line(
      io.stderr,
      code === "ENOTDIR"
        ? `${output} tidak dapat ditulis: salah satu folder di jalurnya ternyata berkas, bukan folder. Pilih folder lain dengan -o.`
        : `${output} tidak dapat ditulis${code ? ` (${code})` : ""}. Periksa foldernya, izin menulisnya, dan apakah berkas itu sedang terbuka di Word.`
    );
    return 1;
  }
  return null;
}
