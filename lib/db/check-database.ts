import type { AppPrismaClient } from "@/lib/db/create-client";

export type DatabaseStatus = { ok: true } | { ok: false; reason: string };

const CHECK_TIMEOUT_MS = 3_000;

/** Runs a real query; answers within a few seconds even when the server does not. */
export async function checkDatabase(db: AppPrismaClient): Promise<DatabaseStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseStatus>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: "database did not answer in time" }), CHECK_TIMEOUT_MS);
  });
  const query = db
    .$queryRawUnsafe("SELECT 1")
    .then((): DatabaseStatus => ({ ok: true }))
    .catch((): DatabaseStatus => ({ ok: false, reason: "database unreachable" }));
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
