// A small round-robin load balancer in Node (node:http), for scripts/scale-out.ts: what nginx or a
// cloud load balancer does in front of several app instances (docs/nginx.conf is the reference
// configuration). It
// - sends each request to the next instance that is up, in turn (no sticky sessions),
// - appends the client's address to X-Forwarded-For, as nginx's $proxy_add_x_forwarded_for does, so
//   instances started with CLIENT_IP_HEADER=x-forwarded-for key their rate limits on the client
//   (the app takes the last entry: the one this proxy wrote),
// - retries on another instance when an instance cannot be reached (connection refused: nothing
//   was sent) and, for idempotent requests (GET, HEAD, PUT, DELETE, OPTIONS, or any request with an
//   Idempotency-Key), also when the connection breaks before the response starts,
// - takes an instance out of rotation when it refuses connections and back when /api/health answers 200,
// - names the instance that answered in an `x-upstream` response header (for the script's checks).
import http from "node:http";
import type net from "node:net";

export type UpstreamStats = { name: string; port: number; up: boolean; served: number; failedTries: number };
export type ProxyStats = { retried: number; badGateway: number; noUpstream: number };

const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer", "proxy-authorization", "proxy-authenticate"];
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
const MAX_BODY_BYTES = 4 * 1024 * 1024;

type Outcome = { kind: "response"; response: http.IncomingMessage } | { kind: "refused" } | { kind: "broken"; code: string };

export async function startRoundRobinProxy(opts: {
  upstreams: readonly { name: string; port: number }[];
  healthIntervalMs?: number;
}): Promise<{ base: string; port: number; upstreams: UpstreamStats[]; stats: ProxyStats; close: () => Promise<void> }> {
  const upstreams: UpstreamStats[] = opts.upstreams.map(({ name, port }) => ({ name, port, up: true, served: 0, failedTries: 0 }));
  const stats: ProxyStats = { retried: 0, badGateway: 0, noUpstream: 0 };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;

  /** The next instance in rotation that is up, skipping those already tried for this request. */
  const pick = (tried: Set<UpstreamStats>): UpstreamStats | undefined => {
    for (let i = 0; i < upstreams.length; i++) {
      const candidate = upstreams[(next + i) % upstreams.length];
      if (candidate && candidate.up && !tried.has(candidate)) {
        next = (next + i + 1) % upstreams.length;
        return candidate;
      }
    }
    return undefined;
  };

  const forward = (upstream: UpstreamStats, req: http.IncomingMessage, headers: http.OutgoingHttpHeaders, body: Buffer) =>
    new Promise<Outcome>((resolve) => {
      const outgoing = http.request({ host: "127.0.0.1", port: upstream.port, method: req.method, path: req.url, headers, agent });
      outgoing.once("response", (response) => resolve({ kind: "response", response }));
      outgoing.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED" ? { kind: "refused" } : { kind: "broken", code: error.code ?? error.message }));
      outgoing.end(body);
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413).end();
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const headers: http.OutgoingHttpHeaders = { ...req.headers };
        for (const name of HOP_BY_HOP) delete headers[name];
        const client = req.socket.remoteAddress ?? "unknown";
        const forwardedFor = req.headers["x-forwarded-for"];
        headers["x-forwarded-for"] = forwardedFor ? `${String(forwardedFor)}, ${client}` : client;
        headers["x-forwarded-proto"] = "http";
        headers["content-length"] = String(body.length);
        const retryable = IDEMPOTENT.has(req.method ?? "") || req.headers["idempotency-key"] !== undefined;
        const tried = new Set<UpstreamStats>();
        for (let upstream = pick(tried); upstream; upstream = pick(tried)) {
          tried.add(upstream);
          const outcome = await forward(upstream, req, headers, body);
          if (outcome.kind === "response") {
            upstream.served++;
            const out: http.OutgoingHttpHeaders = { ...outcome.response.headers, "x-upstream": upstream.name };
            for (const name of HOP_BY_HOP) delete out[name];
            res.writeHead(outcome.response.statusCode ?? 502, out);
            outcome.response.pipe(res);
            // The instance died mid-response: the client sees a broken connection, as it would behind nginx.
            outcome.response.once("error", () => res.destroy());
            outcome.response.once("aborted", () => res.destroy());
            return;
          }
          upstream.failedTries++;
          // Refused: the instance is down, nothing reached it. Take it out until its health check passes.
          if (outcome.kind === "refused") upstream.up = false;
          else if (!retryable) {
            stats.badGateway++;
            res.writeHead(502, { "Content-Type": "text/plain" }).end(`The instance broke the connection (${outcome.code}).`);
            return;
          }
          stats.retried++;
        }
        stats.noUpstream++;
        res.writeHead(503, { "Content-Type": "text/plain", "Retry-After": "1" }).end("No app instance is reachable.");
      })();
    });
  });
  const sockets = new Set<net.Socket>();
  server.on("connection", (socket) => (sockets.add(socket), socket.once("close", () => sockets.delete(socket))));

  const healthTimer = setInterval(() => {
    for (const upstream of upstreams) {
      fetch(`http://127.0.0.1:${upstream.port}/api/health`, { signal: AbortSignal.timeout(2_000) })
        .then((response) => {
          upstream.up = response.ok;
          return response.body?.cancel();
        })
        .catch(() => (upstream.up = false));
    }
  }, opts.healthIntervalMs ?? 1_000);
  healthTimer.unref();

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    upstreams,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(healthTimer);
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
