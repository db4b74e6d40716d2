// The measurement harness every script shares (benchmarks, page audits, load and crash tests): free
// ports, starting and stopping `npm start` in its own process group, quantiles, and clean exits.
// playwright.config.ts keeps its own synchronous freePort: its config must be computed synchronously.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The q-quantile (0..1) of ascending samples, nearest rank; 0 for no samples. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** A port nothing listens on now, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing accepts connections on the port any more (the killed server is really gone). */
export function portRefuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    // A connection to itself (TCP simultaneous open, when the kernel picks the same port for the
    // client) means nothing listens either.
    socket.once("connect", () => (resolve(socket.localPort === port), socket.destroy()));
    socket.once("error", () => resolve(true));
  });
}

const buildRunning = () => spawnSync("pgrep", ["-f", "next build"]).status === 0;

/** Waits while another `next build` runs (two builds at once corrupt .next). */
export async function waitForOtherBuilds(): Promise<void> {
  if (!buildRunning()) return;
  console.log("Waiting for another `next build` to finish...");
  while (buildRunning()) await sleep(2_000);
}

/** pid (comm) state ppid pgrp ...: the fields after comm, which may contain spaces and parentheses. */
function statFields(file: string): string[] {
  const stat = readFileSync(file, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** Non-zombie processes whose process group is `pgid` (Linux /proc; elsewhere kill(-pgid, 0)). */
function groupMembers(pgid: number): number[] {
  if (!existsSync("/proc/self/stat")) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const members: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statFields(`/proc/${entry}/stat`)[2]) !== pgid) continue;
      // A killed multi-threaded process shows its main thread as a zombie while other threads
      // still exit (and still hold its sockets): it is gone once every thread is.
      const live = readdirSync(`/proc/${entry}/task`).some((task) => !["Z", "X"].includes(statFields(`/proc/${entry}/task/${task}/stat`)[0] ?? "Z"));
      if (live) members.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return members;
}

/** Highest resident memory (VmHWM) among a process group's processes, in MiB. */
export function peakGroupMemoryMiB(pgid: number): number {
  let peak = 0;
  for (const pid of groupMembers(pgid)) {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      peak = Math.max(peak, Number(hwm?.[1] ?? 0) / 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return peak;
}

/**
 * Resident memory now (VmRSS) and its high-water mark (VmHWM), in MiB, of the process group's largest
 * process (for `npm start`, the one serving; npx and tsx are small beside it).
 */
export function groupMemoryMiB(pgid: number): { rss: number; peak: number } {
  let best = { rss: 0, peak: 0 };
  for (const pid of groupMembers(pgid)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
      const current = { rss: kb("VmRSS"), peak: kb("VmHWM") };
      if (current.rss > best.rss) best = current;
    } catch {
      // the process ended meanwhile
    }
  }
  return best;
}

/** `npm start`'s command, run through npx without npm in between (one process fewer in the group to measure and kill). */
const START_COMMAND = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start.split(/\s+/);

const BUILD_ID = path.join(".next", "BUILD_ID");
const buildStamp = () => (existsSync(BUILD_ID) ? `${statSync(BUILD_ID).mtimeMs}:${readFileSync(BUILD_ID, "utf8")}` : "");

export type AppServer = {
  base: string;
  port: number;
  /** Process id and process group of `npm start` (npx, tsx, scripts/start.ts, next-server). */
  pid: number;
  /** The server's output file, or "" when it went to this process's output. */
  log: string;
  /** True when another `next build` replaced the build this server serves while it ran. */
  buildChanged: () => boolean;
  /** SIGKILL to the whole process group, then waits until none is left. */
  kill9: () => Promise<void>;
  /** SIGTERM to the group, SIGKILL after a grace period; waits until none is left. */
  stop: () => Promise<void>;
};

export type StartOptions = {
  databaseUrl: string;
  port?: number;
  /** A file for the server's output; without it, the output goes to this process's. */
  logFile?: string;
  /** More environment variables for the server, e.g. AUTH_SECRET or BENCH_ROUTES. */
  env?: Record<string, string>;
  timeoutMs?: number;
};

const cleanups = new Set<() => Promise<void>>();
const groups = new Set<number>();
// Whatever ends this process, never leave a server behind: `exit` handlers cannot wait, so they signal.
process.on("exit", () => {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
      // already gone
    }
  }
});

/**
 * Starts `npm start` (migrate, build if stale, serve) on `databaseUrl` in its own process group and
 * waits until /api/health answers. Waits first while another `next build` runs.
 */
export async function startApp(opts: StartOptions): Promise<AppServer> {
  await waitForOtherBuilds();
  const port = opts.port ?? (await freePort());
  const env = { ...process.env, ...opts.env, DATABASE_URL: opts.databaseUrl, NODE_ENV: "production" as const, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  let child: ChildProcess;
  const fd = opts.logFile ? openSync(opts.logFile, "a") : undefined;
  try {
    child = spawn("npx", ["--no-install", ...START_COMMAND], { env, stdio: ["ignore", fd ?? "inherit", fd ?? "inherit"], detached: true });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const pid = child.pid;
  if (!pid) throw new Error("Could not spawn the server");
  groups.add(pid);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));

  const waitGone = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    await Promise.race([exit, sleep(timeoutMs)]);
    while (groupMembers(pid).length > 0) {
      if (Date.now() > deadline) return false;
      await sleep(50);
    }
    return true;
  };
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // the group is already gone
    }
  };
  const kill9 = async () => {
    signal("SIGKILL");
    if (!(await waitGone(10_000))) throw new Error(`Processes of group ${pid} survived SIGKILL: ${groupMembers(pid).join(", ")}`);
    groups.delete(pid);
  };
  const stop = async () => {
    signal("SIGTERM");
    if (!(await waitGone(10_000))) await kill9();
    groups.delete(pid);
  };
  cleanups.add(stop);

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 300_000);
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (exited || Date.now() > deadline) {
      await stop();
      const why = exited ? "it exited" : "timeout";
      throw new Error(`The server did not start (${why})${opts.logFile ? `; its log:\n${tail(opts.logFile)}` : ""}`);
    }
    await sleep(200);
  }
  const stamp = buildStamp();
  return { base, port, pid, log: opts.logFile ?? "", buildChanged: () => buildStamp() !== stamp, kill9, stop };
}

export function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Runs `cleanUp` with the server stops when the script ends or is interrupted (e.g. drops a scratch database). */
export function registerCleanup(cleanUp: () => Promise<void>): void {
  cleanups.add(cleanUp);
}

/** Stops every server this process started and runs the registered clean-ups (safe to call more than once). */
export async function stopAllServers(): Promise<void> {
  const pending = [...cleanups];
  cleanups.clear();
  await Promise.allSettled(pending.map((stop) => stop()));
}

/**
 * Runs a script's main: exits 1 on a thrown error or a non-empty list of failures, after stopping
 * every server it started (also on Ctrl-C). `onError` runs after a thrown error, e.g. to say what was kept.
 */
export function runScript(main: () => Promise<string[]>, options: { onError?: () => void } = {}): void {
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      void stopAllServers().finally(() => process.exit(130));
    });
  }
  main()
    .then(async (failures) => {
      await stopAllServers();
      if (failures.length > 0) {
        console.error(`\nFAILED (${failures.length}):\n${failures.slice(0, 50).map((f) => `  - ${f}`).join("\n")}${failures.length > 50 ? `\n  … and ${failures.length - 50} more` : ""}`);
        process.exit(1);
      }
      console.log("PASSED");
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      await stopAllServers();
      console.error(error);
      options.onError?.();
      process.exit(1);
    });
}
