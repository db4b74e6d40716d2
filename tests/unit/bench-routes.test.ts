import { afterEach, describe, expect, it, vi } from "vitest";
import { readEnv } from "@/lib/env";

/** The route modules fresh, so that lib/env.ts reads the environment as stubbed by the test. */
async function freshRoutes() {
  vi.resetModules();
  const api = await import("@/app/api/ping/route");
  const page = await import("@/app/ping/page");
  return { api, page };
}

/** What Next makes of notFound(): the error it throws carries this digest. */
function notFoundDigest(render: () => unknown): string | undefined {
  try {
    render();
    return undefined;
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
}

const SAMPLE_ANSWER = { questionId: "deadline", constraintId: null, value: "18" };
const answerRequest = (body: unknown) => new Request("http://localhost/api/ping", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("benchmark-only routes", () => {
  it("answer 404 on a normal server: /api/ping with a JSON error, /ping with the not-found page", async () => {
    vi.stubEnv("BENCH_ROUTES", undefined);
    const { api, page } = await freshRoutes();
    const response = api.GET();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Not found" });
    expect((await api.PUT(answerRequest(SAMPLE_ANSWER))).status).toBe(404);
    expect(notFoundDigest(() => page.default())).toMatch(/;404$/);
  });

  it("serve the baselines when BENCH_ROUTES=1, as the bench scripts start the server", async () => {
    vi.stubEnv("BENCH_ROUTES", "1");
    const { api, page } = await freshRoutes();
    const response = api.GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    // The PUT reference reads and validates an answer as the save route does, and stores nothing.
    expect((await api.PUT(answerRequest(SAMPLE_ANSWER))).status).toBe(200);
    expect((await api.PUT(answerRequest({ questionId: 7 }))).status).toBe(400);
    expect(notFoundDigest(() => page.default())).toBeUndefined();
  });

  it("accept only 0 or 1 in BENCH_ROUTES, naming it when it is wrong", () => {
    expect(readEnv({}).BENCH_ROUTES).toBe(false);
    expect(readEnv({ BENCH_ROUTES: "0" }).BENCH_ROUTES).toBe(false);
    expect(readEnv({ BENCH_ROUTES: "1" }).BENCH_ROUTES).toBe(true);
    expect(() => readEnv({ BENCH_ROUTES: "yes" })).toThrow(/BENCH_ROUTES/);
  });
});
