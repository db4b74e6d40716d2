/**
 * Sends answers to the server one request at a time per question, always the latest value, and
 * retries network and server failures until they succeed: an answer counts as saved only once the
 * server acknowledged it. Refusals (4xx) are not retried; their message is kept for the question.
 * Plain TypeScript with an injectable fetch and timer, so its behaviour is unit-tested.
 */

export type TAnswerKey = string;
export const answerKey = (questionId: string, constraintId: string | null): TAnswerKey => `${questionId}|${constraintId ?? ""}`;

export type SaveState = "idle" | "saving" | "retrying" | "error";
export type QueueSnapshot = { state: SaveState; pendingCount: number; errors: Record<TAnswerKey, string>; lastSavedAt: number | null };

type Pending = { questionId: string; constraintId: string | null; value: unknown; attempt: number };

/** Delay before the n-th retry of a save that failed for network or server reasons. */
export const retryDelay = (attempt: number) => Math.min(1_000 * 2 ** attempt, 15_000);

export class AnswerQueue {
  private readonly queued = new Map<TAnswerKey, Pending>();
  private readonly inFlight = new Set<TAnswerKey>();
  private readonly listeners = new Set<() => void>();
  private snapshot: QueueSnapshot = { state: "idle", pendingCount: 0, errors: {}, lastSavedAt: null };

  constructor(
    private readonly endpoint: string,
    private readonly send: typeof fetch = (...args) => fetch(...args),
    private readonly schedule: (run: () => void, ms: number) => void = (run, ms) => void setTimeout(run, ms),
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QueueSnapshot => this.snapshot;

  hasPending(): boolean {
    return this.queued.size + this.inFlight.size > 0;
  }

  save(questionId: string, constraintId: string | null, value: unknown): void {
    const key = answerKey(questionId, constraintId);
    this.queued.set(key, { questionId, constraintId, value, attempt: 0 });
    this.update({});
    void this.flush(key);
  }

  private update(change: Partial<QueueSnapshot>): void {
    const pendingCount = new Set([...this.queued.keys(), ...this.inFlight]).size;
    const next = { ...this.snapshot, ...change, pendingCount };
    if (pendingCount === 0 && next.state !== "error") next.state = "idle";
    this.snapshot = next;
    this.listeners.forEach((listener) => listener());
  }

  private async flush(key: TAnswerKey): Promise<void> {
    const next = this.queued.get(key);
    if (!next || this.inFlight.has(key)) return;
    this.queued.delete(key);
    this.inFlight.add(key);
    this.update({ state: this.snapshot.state === "retrying" ? "retrying" : "saving" });
    let retry = false;
    try {
      const response = await this.send(this.endpoint, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ questionId: next.questionId, constraintId: next.constraintId, value: next.value }),
      });
      if (response.ok) {
        const errors = { ...this.snapshot.errors };
        delete errors[key];
        this.inFlight.delete(key);
        this.update({ errors, lastSavedAt: Date.now(), state: Object.keys(errors).length ? "error" : "saving" });
      } else if (response.status >= 500 || response.status === 429) {
        retry = true;
      } else {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        this.inFlight.delete(key);
        this.update({ errors: { ...this.snapshot.errors, [key]: body.error ?? "This answer was refused." }, state: "error" });
      }
    } catch {
      retry = true;
    }
    if (retry) {
      this.inFlight.delete(key);
      // A newer value queued meanwhile wins; otherwise this one is tried again later.
      if (!this.queued.has(key)) this.queued.set(key, { ...next, attempt: next.attempt + 1 });
      this.update({ state: "retrying" });
      this.schedule(() => void this.flush(key), retryDelay(next.attempt));
    } else if (this.queued.has(key)) {
      void this.flush(key);
    }
  }
}
