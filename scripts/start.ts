// `npm start`: validates the environment, migrates the database, builds when the build is missing
// or older than the sources, then serves the production build on PORT (default 3000) through a small
// Node HTTP server that stamps every request with the client's address (lib/http/client-address.ts).
// Every script that needs a production server (e2e, benchmarks, load and crash tests) runs this file.
// It logs JSON lines (lib/operations/logger.ts): its own messages and one line per request.
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import path from "node:path";
import { describeDatabase } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { EnvError, readEnv, type TEnv } from "@/lib/env";
import { stampClientAddress } from "@/lib/http/client-address";
import { isAllowedMethod, METHOD_NOT_ALLOWED } from "@/lib/http/security-headers";
import { createLogger, routeOf, type Logger } from "@/lib/operations/logger";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry)) visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceTime();
}

/**
 * Consultant sessions are signed with AUTH_SECRET. For the zero-setup SQLite default, one is made on
 * first start and kept beside the database; deployments with several instances must set it.
 */
function ensureAuthSecret(databaseFile: string | null, log: Logger): void {
  if (process.env.AUTH_SECRET) return;
  if (!databaseFile) log.warn("AUTH_SECRET is not set: using one kept in data/.auth-secret. Set the same AUTH_SECRET on every instance.");
  const file = path.join(databaseFile ? path.dirname(databaseFile) : "data", ".auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function main(): Promise<void> {
  // `next start` would set this; the programmatic server reads it to serve the production build.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production", NEXT_TELEMETRY_DISABLED: "1" });
  const config = readEnv();
  const log = createLogger({ level: config.LOG_LEVEL });
  if (!config.APP_URL && config.NODE_ENV === "production") {
    log.warn(`APP_URL is not set: sign-in accepts only http://localhost:${config.PORT}. Set APP_URL to the public address.`);
  }
  ensureAuthSecret(config.database.provider === "sqlite" ? config.database.filePath : null, log);
  const applied = await migrateDatabase(config.database);
  const database = describeDatabase(config.database);
  log.info({ database, applied }, `Database ${database}: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);

  if (!buildIsCurrent()) {
    log.info("Building the app (first start, or the sources changed)...");
    const build = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  await serve(config, log);
}

/**
 * Serves the build with Next's programmatic server. Rate limits key on the address set here, so the
 * client's own copy of that header is dropped before Next sees the request. Each request gets a
 * random id, in the x-request-id header of its answer and of the request Next sees (a route handler
 * logs its errors with it), and one log line when its answer is sent or the connection closes first.
 */
async function serve(config: TEnv, log: Logger): Promise<void> {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    const requestId = randomUUID();
    const route = routeOf(req.url ?? "/");
    logRequest(log, requestId, route, req.method ?? "", res);
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    // Node's fetch Request cannot represent TRACE or CONNECT, so Next would answer them with a bare 500.
    if (!isAllowedMethod(req.method)) {
      res.writeHead(METHOD_NOT_ALLOWED.status, METHOD_NOT_ALLOWED.headers);
      res.end(METHOD_NOT_ALLOWED.body);
      return;
    }
    stampClientAddress(req.headers, req.socket.remoteAddress, config.CLIENT_IP_HEADER);
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error, reqId: requestId, method: req.method, route }, "Unhandled error while serving a request");
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end();
    });
  });
  // Idle keep-alive connections stay open longer than a client or balancer keeps them before reusing
  // them (nginx: 60 s). With Node's default of 5 s, a request sent on a connection just as the server
  // closed it is reset (ECONNRESET, or a 502 from the balancer).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(config.PORT, () => {
    log.info({ port: config.PORT, clientAddressHeader: config.CLIENT_IP_HEADER }, `Serving on http://localhost:${config.PORT}${config.CLIENT_IP_HEADER ? ` (client address from ${config.CLIENT_IP_HEADER})` : ""}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, stop);
}

/** One line per request: id, method, token-free route, status and milliseconds, or `aborted` when the client left first. */
function logRequest(log: Logger, reqId: string, route: string, method: string, res: ServerResponse): void {
  const started = performance.now();
  let logged = false;
  const line = (aborted: boolean) => {
    if (logged) return;
    logged = true;
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log.info({ reqId, method, route, status: res.statusCode, ms, ...(aborted ? { aborted } : {}) }, `${method} ${route} ${res.statusCode}${aborted ? " (aborted)" : ""}`);
  };
  res.once("finish", () => line(false));
  res.once("close", () => line(!res.writableFinished));
}

main().catch((error: unknown) => {
  // The environment may be what failed, LOG_LEVEL with it: why the server did not start is always written.
  const log = createLogger({ level: "info" });
  if (error instanceof EnvError) log.fatal(error.message);
  else log.fatal({ err: error }, `Could not start: ${error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error)}`);
  process.exit(1);
});
