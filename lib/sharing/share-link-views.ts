import "server-only";
import { recordShareLinkViews, type ShareLinkViewRecord } from "@/lib/data/share-link-store";
import type { AppPrismaClient } from "@/lib/db/create-client";
import { prisma, withDatabase } from "@/lib/db/prisma";

/**
 * The access log's writes, committed in groups: a view is written at once when none is being
 * written, and views that arrive while a write is under way go together in the next one. Every
 * caller waits for the commit that holds its view, so a view is in the log before its page is sent,
 * and a busy report costs one transaction per group instead of one per view. Groups are kept per
 * database, so views never cross to another one (integration tests run several).
 */
type Waiting = { view: ShareLinkViewRecord; done: (error?: unknown) => void };

const MAX_GROUP = 200;
const queues = new Map<AppPrismaClient, { waiting: Waiting[]; writing: boolean }>();

export function recordShareLinkView(view: ShareLinkViewRecord): Promise<void> {
  const db = prisma();
  const queue = queues.get(db) ?? { waiting: [], writing: false };
  queues.set(db, queue);
  return new Promise<void>((resolve, reject) => {
    queue.waiting.push({ view, done: (error) => (error === undefined ? resolve() : reject(error instanceof Error ? error : new Error(String(error)))) });
    if (!queue.writing) void writeGroups(db, queue);
  });
}

async function writeGroups(db: AppPrismaClient, queue: { waiting: Waiting[]; writing: boolean }): Promise<void> {
  queue.writing = true;
  while (queue.waiting.length > 0) {
    const group = queue.waiting.splice(0, MAX_GROUP);
    try {
      await withDatabase(db, () => recordShareLinkViews(group.map((waiting) => waiting.view)));
      for (const waiting of group) waiting.done();
    } catch (error) {
      if (group.length === 1) {
        group[0]?.done(error ?? new Error("The view was not recorded."));
        continue;
      }
      // One bad view (its link deleted while it waited, say) must not fail the others: each is
      // written again on its own, and only a view that fails alone fails its request.
      for (const waiting of group) {
        try {
          await withDatabase(db, () => recordShareLinkViews([waiting.view]));
          waiting.done();
        } catch (alone) {
          waiting.done(alone ?? new Error("The view was not recorded."));
        }
      }
    }
  }
  queue.writing = false;
  queues.delete(db);
}
