/**
 * `npm start` / `npm stop`: Microsoft's office-addin-debugging, made to report failure and to leave
 * nothing running. On its own it catches its errors and exits 0 ("Unable to start debugging."), and it
 * starts the dev server through a detached shell whose process id is all it remembers — so after a
 * failed start the server stays up, and its stop kills only that shell while webpack lives on.
 * Here a failure is exit code 1 with a sentence, and the dev server's whole process group is
 * stopped (the detached shell leads its own group).
 *
 *   tsx test/tools/office-debug.ts start manifest.xml [desktop|web]
 *   tsx test/tools/office-debug.ts stop manifest.xml
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where office-addin-debugging keeps the dev server's process id (its debugInfo.js). */
const pidFile = () => join(tmpdir(), "office-addin-debugging.json");

function devServerPid(): number | undefined {
  try {
    const id = JSON.parse(readFileSync(pidFile(), "utf8"))?.devServer?.processId;
    return Number.isInteger(id) && id > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stops the process group led by pid (the detached shell, npm, webpack); true when it is gone. */
export async function stopGroup(pid: number): Promise<boolean> {
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(process.platform === "win32" ? pid : -pid, s);
    } catch {
      /* already gone */
    }
  };
  const groupAlive = () => {
    if (process.platform === "win32") return alive(pid);
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  signal("SIGTERM");
  for (let i = 0; i < 50 && groupAlive(); i++) await sleep(100);
  if (groupAlive()) signal("SIGKILL");
  for (let i = 0; i < 20 && groupAlive(); i++) await sleep(100);
  if (existsSync(pidFile())) unlinkSync(pidFile());
  return !groupAlive();
}

/** Runs office-addin-debugging, showing its output as it comes; resolves with what it printed. */
function runDebugging(args: string[]): Promise<{ code: number | null; text: string }> {
  const cli = process.env.LKIP_OFFICE_DEBUGGING ?? require.resolve("office-addin-debugging/cli.js");
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["inherit", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (d: Buffer) => {
      text += d.toString();
      process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      text += d.toString();
      process.stderr.write(d);
    });
    child.on("error", (e) => resolveRun({ code: 1, text: `${text}\n${e.message}` }));
    child.on("close", (code) => resolveRun({ code, text }));
  });
}

export async function officeDebug(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== "start" && command !== "stop") {
    process.stderr.write(
      "Pemakaian / usage: office-debug.ts start|stop manifest.xml [desktop|web]\n"
    );
    return 2;
  }
  // Read before running: office-addin-debugging's stop forgets the id once it has killed the shell.
  const before = devServerPid();
  const run = await runDebugging([command, ...rest]);
  const failed = run.code !== 0 || /Unable to (start|stop) debugging/i.test(run.text);
  const pid = devServerPid() ?? before;

  if (command === "stop") {
    const stopped = pid === undefined || (await stopGroup(pid));
    if (!stopped)
      process.stderr.write(
        `\nServer pengembangan (proses ${pid}) masih berjalan / the dev server is still running.\n`
      );
    if (failed || !stopped) {
      process.stderr.write(
        "\nnpm stop tidak selesai dengan bersih; lihat pesan di atas. / npm stop did not finish cleanly; see above.\n"
      );
      return 1;
    }
    return 0;
  }

  if (!failed) return 0;
  const stopped = pid === undefined || (await stopGroup(pid));
  process.stderr.write(
    [
      "",
      "npm start gagal; lihat pesan di atas." +
        (pid === undefined
          ? ""
          : stopped
            ? " Server pengembangan yang sempat dijalankan sudah dihentikan."
            : ` Server pengembangan (proses ${pid}) tidak dapat dihentikan.`),
      "Bila pesannya tentang sertifikat: jalankan sekali `npx office-addin-dev-certs install` (perlu hak administrator).",
      "Tanpa Excel desktop: `npm run dev-server`, lalu unggah manifest.xml di Excel untuk web (lihat README).",
      "npm start failed; see above." +
        (pid === undefined
          ? ""
          : stopped
            ? " The dev server it had started has been stopped."
            : ` The dev server (process ${pid}) could not be stopped.`),
      "",
    ].join("\n")
  );
  return 1;
}

if (require.main === module) {
  officeDebug(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
