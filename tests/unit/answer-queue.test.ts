import { describe, expect, it } from "vitest";
import { AnswerQueue, retryDelay } from "@/components/questionnaire/answer-queue";

type Call = { body: { questionId: string; value: unknown }; resolve: (r: Response) => void; reject: (e: unknown) => void };

function harness() {
  const calls: Call[] = [];
  const timers: (() => void)[] = [];
  const send = ((_url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => calls.push({ body: JSON.parse(String(init.body)), resolve, reject }))) as typeof fetch;
  const queue = new AnswerQueue("/api/x", send, (run) => timers.push(run));
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { queue, calls, timers, settle };
}

const ok = () => new Response("{}", { status: 200 });

describe("AnswerQueue", () => {
  it("counts an answer as pending until the server acknowledges it", async () => {
    const { queue, calls, settle } = harness();
    queue.save("urgency", null, "high");
    expect(queue.getSnapshot().pendingCount).toBe(1);
    calls[0]?.resolve(ok());
    await settle();
    expect(queue.getSnapshot()).toMatchObject({ pendingCount: 0, state: "idle" });
    expect(queue.getSnapshot().lastSavedAt).not.toBeNull();
  });

  it("retries a network failure until it succeeds, keeping the answer pending meanwhile", async () => {
    const { queue, calls, timers, settle } = harness();
    queue.save("urgency", null, "high");
    calls[0]?.reject(new TypeError("offline"));
    await settle();
    expect(queue.getSnapshot()).toMatchObject({ pendingCount: 1, state: "retrying" });
    timers.shift()?.();
    await settle();
    expect(calls[1]?.body).toMatchObject({ questionId: "urgency", value: "high" });
    calls[1]?.resolve(ok());
    await settle();
    expect(queue.getSnapshot()).toMatchObject({ pendingCount: 0, state: "idle" });
  });

  it("retries server errors but not refusals, and shows the refusal's message", async () => {
    const { queue, calls, timers, settle } = harness();
    queue.save("urgency", null, "high");
    calls[0]?.resolve(new Response("{}", { status: 503 }));
    await settle();
    expect(timers).toHaveLength(1);
    queue.save("leader_title", null, "x");
    calls[1]?.resolve(Response.json({ error: "Too long" }, { status: 400 }));
    await settle();
    expect(queue.getSnapshot().errors["leader_title|"]).toBe("Too long");
    expect(queue.getSnapshot().state).toBe("error");
  });

  it("sends one request at a time per question and always ends on the latest value", async () => {
    const { queue, calls, settle } = harness();
    queue.save("urgency", null, "low");
    queue.save("urgency", null, "medium");
    queue.save("urgency", null, "high");
    expect(calls).toHaveLength(1);
    calls[0]?.resolve(ok());
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body.value).toBe("high");
    calls[1]?.resolve(ok());
    await settle();
    expect(queue.getSnapshot().pendingCount).toBe(0);
  });

  it("backs off up to fifteen seconds", () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 15_000]);
  });
});
