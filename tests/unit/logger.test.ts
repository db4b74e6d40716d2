import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/app-error";
import { EnvError, readEnv } from "@/lib/env";
import { errorResponse } from "@/lib/http/json-route";
import { createLogger, logger, routeOf, scrubSecretPaths, type TLogLevel } from "@/lib/operations/logger";

/** A logger writing to memory, and the JSON objects it wrote, one per line. */
function memoryLogger(level: TLogLevel = "trace") {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  const log = createLogger({ level, destination });
  const raw = () => chunks.join("");
  const lines = () =>
    raw()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, raw, lines };
}

describe("routeOf", () => {
  it.each([
    ["/d/Ab3_x-9", "/d/:token"],
    ["/d/Ab3_x-9/results", "/d/:token/results"],
    ["/r/tok/pdf", "/r/:token/pdf"],
    ["/r/tok/unlock", "/r/:token/unlock"],
    ["/respond/tok", "/respond/:token"],
    ["/invitations/tok", "/invitations/:token"],
    ["/api/invitations/tok/accept", "/api/invitations/:token/accept"],
    ["/api/diagnostics/tok/answers", "/api/diagnostics/:token/answers"],
    ["/api/diagnostics/tok/share-links/link-1", "/api/diagnostics/:token/share-links/link-1"],
    ["/api/respondents/tok/finish", "/api/respondents/:token/finish"],
  ])("replaces the token of %s", (path, route) => {
    expect(routeOf(path)).toBe(route);
  });

  it("keeps paths without a secret as they are, ids included", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/api/diagnostics")).toBe("/api/diagnostics");
    expect(routeOf("/api/workspace/diagnostics/cl123/respondents/cl456")).toBe("/api/workspace/diagnostics/cl123/respondents/cl456");
    expect(routeOf("/api/workspace/team/invitations/cl789/revoke")).toBe("/api/workspace/team/invitations/cl789/revoke");
    expect(routeOf("/_next/static/chunks/app.js")).toBe("/_next/static/chunks/app.js");
  });

  it("drops the query and the fragment, which may carry anything", () => {
    expect(routeOf("/respond/tok?passcode=1234#answers")).toBe("/respond/:token");
    expect(routeOf("/sign-in?next=/d/tok")).toBe("/sign-in");
  });

  it("hides tokens however the path is written", () => {
    expect(routeOf("//d/tok")).toBe("//d/:token");
    expect(routeOf("/D/tok")).toBe("/D/:token");
    expect(routeOf("/%64/tok")).toBe("/d/:token");
    expect(routeOf("/respond/tok%2Fmore")).toBe("/respond/:token/more");
    expect(routeOf("http://example.com/r/tok?x=1")).toBe("/r/:token");
    expect(routeOf("/%E0%A4%A/r/tok")).toBe("/%E0%A4%A/r/:token");
  });

  it("bounds the length of what it logs", () => {
    expect(routeOf(`/${"a".repeat(5000)}`).length).toBeLessThanOrEqual(201);
  });
});

describe("scrubSecretPaths", () => {
  it("replaces tokens inside a whole link in a sentence", () => {
    expect(scrubSecretPaths("Open https://app.example.com/respond/SeCrEt-123 to answer, or http://localhost:3000/api/respondents/xyz/answers."))
      .toBe("Open https://app.example.com/respond/:token to answer, or http://localhost:3000/api/respondents/:token/answers.");
  });
});

describe("the logger", () => {
  it("writes one JSON line per call with the level's name, a time and the message", () => {
    const { log, lines } = memoryLogger();
    log.info({ reqId: "r-1", route: "/", status: 200, ms: 1.5 }, "GET / 200");
    const [line] = lines();
    expect(line).toMatchObject({ level: "info", reqId: "r-1", route: "/", status: 200, ms: 1.5, msg: "GET / 200" });
    expect(typeof line?.time).toBe("string");
  });

  it("censors secret fields at the top and nested, and never writes their values", () => {
    const { log, raw, lines } = memoryLogger();
    log.info(
      {
        token: "tok-top",
        passcode: "1234",
        answers: { q1: "my honest answer" },
        link: "https://x.example/respond/link-token",
        email: "leader@example.com",
        req: { headers: { cookie: "session=abc", authorization: "Bearer xyz", "set-cookie": "s=1", accept: "text/html" } },
        respondent: { token: "tok-nested", id: "resp-1" },
      },
      "fields",
    );
    const [line] = lines();
    expect(line).toMatchObject({
      token: "[redacted]",
      passcode: "[redacted]",
      answers: "[redacted]",
      link: "[redacted]",
      email: "[redacted]",
      req: { headers: { cookie: "[redacted]", authorization: "[redacted]", "set-cookie": "[redacted]", accept: "text/html" } },
      respondent: { token: "[redacted]", id: "resp-1" },
    });
    for (const secret of ["tok-top", "1234", "my honest answer", "link-token", "leader@example.com", "session=abc", "Bearer xyz", "tok-nested"]) {
      expect(raw()).not.toContain(secret);
    }
  });

  it("hides tokens of links in messages and in errors, with the error's cause kept", () => {
    const { log, raw, lines } = memoryLogger();
    const cause = new Error("fetch failed for /api/diagnostics/cause-token/answers");
    const error = new Error("Could not open /r/report-token", { cause });
    log.error({ err: error, reqId: "r-2" }, "Sending https://app.example.com/respond/message-token failed");
    const [line] = lines();
    expect(line?.msg).toBe("Sending https://app.example.com/respond/:token failed");
    expect(line).toMatchObject({ level: "error", reqId: "r-2", err: { type: "Error" } });
    const err = line?.err as { message: string; stack: string };
    expect(err.message).toContain("Could not open /r/:token");
    expect(err.message).toContain("/api/diagnostics/:token/answers");
    expect(err.stack).toContain("caused by");
    for (const secret of ["cause-token", "report-token", "message-token"]) expect(raw()).not.toContain(secret);
  });

  it("writes nothing below its level, and nothing at all when silent", () => {
    const warnOnly = memoryLogger("warn");
    warnOnly.log.info("hidden");
    warnOnly.log.warn("shown");
    expect(warnOnly.lines().map((line) => line.msg)).toEqual(["shown"]);
    const silent = memoryLogger("silent");
    silent.log.fatal("hidden");
    expect(silent.raw()).toBe("");
  });
});

describe("a route handler's unexpected error", () => {
  it("is logged once, with the request id the server gave it and the token-free route; expected ones are not", async () => {
    const error = vi.spyOn(logger(), "error").mockImplementation(() => undefined);
    try {
      const request = new Request("http://localhost/api/diagnostics/secret-token/answers?x=1", { method: "PUT", headers: { "x-request-id": "req-42" } });
      const failure = new Error("database gone", { cause: new Error("SQLITE_BUSY") });
      const response = errorResponse(failure, request);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: expect.stringContaining("Something went wrong") });
      expect(error).toHaveBeenCalledTimes(1);
      expect(error).toHaveBeenCalledWith({ err: failure, reqId: "req-42", method: "PUT", route: "/api/diagnostics/:token/answers" }, "Unexpected error in a route handler");

      expect(errorResponse(new AppError("NOT_FOUND", "This link does not exist."), request).status).toBe(404);
      expect(error).toHaveBeenCalledTimes(1);
    } finally {
      error.mockRestore();
    }
  });
});

describe("LOG_LEVEL", () => {
  it("defaults to info and accepts pino's levels and silent", () => {
    expect(readEnv({}).LOG_LEVEL).toBe("info");
    for (const level of ["fatal", "error", "warn", "info", "debug", "trace", "silent"]) expect(readEnv({ LOG_LEVEL: level }).LOG_LEVEL).toBe(level);
  });

  it.each(["verbose", "INFO", "30", ""])("refuses LOG_LEVEL=%j with one readable line", (level) => {
    expect(() => readEnv({ LOG_LEVEL: level })).toThrow(EnvError);
    expect(() => readEnv({ LOG_LEVEL: level })).toThrow(/LOG_LEVEL/);
  });
});

/** The server's own code logs through the logger, so every line is JSON and goes through its redaction. */
describe("no console output", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return full.endsWith(path.join("lib", "generated")) ? [] : sources(full);
      return /\.tsx?$/.test(entry) ? [full] : [];
    });

  it("lib/ and scripts/start.ts call no console method", () => {
    const files = [...sources(path.join(process.cwd(), "lib")), path.join(process.cwd(), "scripts", "start.ts")];
    const offenders = files.filter((file) => /\bconsole\s*\.\s*\w+/.test(readFileSync(file, "utf8"))).map((file) => path.relative(process.cwd(), file));
    expect(offenders).toEqual([]);
  });
});
