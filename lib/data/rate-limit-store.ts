import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { isUniqueViolation } from "@/lib/data/diagnostic-store";
import { RateLimitedError, retryWording } from "@/lib/rate-limited-error";

/**
 * Counters for the app's own rate limits, in better-auth's RateLimit table so every app instance
 * shares them. Our keys start with "app:" (better-auth's are "<ip>|<path>"). For our rows,
 * `lastRequest` holds the end of the current window in epoch milliseconds, not the last request:
 * better-auth prunes rows whose `lastRequest` is older than its own longest window, which then
 * removes only windows that have already ended, whatever their length.
 */
export type RateRule = { windowSeconds: number; max: number };
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const PREFIX = "app:";

/** Counts one event under `key`; refuses it once `max` events fell in the current window. */
export async function consumeRate(key: string, rule: RateRule, now: Date = new Date()): Promise<RateDecision> {
  const db = prisma();
  const rowKey = PREFIX + key;
  const at = BigInt(now.getTime());
  const windowEnd = at + BigInt(rule.windowSeconds * 1000);
  for (let attempt = 0; attempt < 3; attempt++) {
    // Each step is one conditional statement, so concurrent requests on several instances cannot both take the last slot.
    const counted = await db.rateLimit.updateMany({ where: { key: rowKey, lastRequest: { gt: at }, count: { lt: rule.max } }, data: { count: { increment: 1 } } });
    if (counted.count === 1) return { allowed: true };
    const restarted = await db.rateLimit.updateMany({ where: { key: rowKey, lastRequest: { lte: at } }, data: { count: 1, lastRequest: windowEnd } });
    if (restarted.count === 1) return { allowed: true };
    const row = await db.rateLimit.findUnique({ where: { key: rowKey }, select: { lastRequest: true } });
    if (row) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(row.lastRequest - at) / 1000)) };
    try {
      await db.rateLimit.create({ data: { id: randomUUID(), key: rowKey, count: 1, lastRequest: windowEnd } });
      return { allowed: true };
    } catch (error) {
      // Another request created the row first: count against it.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { allowed: false, retryAfterSeconds: rule.windowSeconds };
}

/** Whether `key` has used up its window, without counting anything. */
export async function peekRate(key: string, rule: RateRule, now: Date = new Date()): Promise<RateDecision> {
  const db = prisma();
  const at = BigInt(now.getTime());
  const row = await db.rateLimit.findUnique({ where: { key: PREFIX + key }, select: { count: true, lastRequest: true } });
  if (!row || row.lastRequest <= at || row.count < rule.max) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(row.lastRequest - at) / 1000)) };
}

/** Forgets the counter under `key` (e.g. a successful sign-in ends the account's back-off). */
export async function resetRate(key: string): Promise<void> {
  const db = prisma();
  await db.rateLimit.deleteMany({ where: { key: PREFIX + key } });
}

/**
 * Counts one event under `key`; once the window is full, throws RateLimitedError whose message is
 * `explain` given when to try again ("in 40 seconds").
 */
export async function enforceRate(key: string, rule: RateRule, explain: (whenToRetry: string) => string, now: Date = new Date()): Promise<void> {
  const decision = await consumeRate(key, rule, now);
  if (!decision.allowed) throw new RateLimitedError(explain(retryWording(decision.retryAfterSeconds)), decision.retryAfterSeconds);
}
