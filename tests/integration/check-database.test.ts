import net from "node:net";
import { describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/db/check-database";
import { createPrismaClient } from "@/lib/db/create-client";
import { createScratchDatabase } from "@/lib/db/postgres-admin";
import { migrateDatabase } from "@/lib/db/migrate";
import { POSTGRES_ADMIN_URL, POSTGRES_READY } from "@/tests/support/test-databases";

/** A TCP relay in front of PostgreSQL that the test can cut and restore, as an outage would. */
function startRelay(targetPort: number): Promise<{ port: number; cut: () => Promise<void>; restore: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let server: net.Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, "127.0.0.1");
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  return listen().then(() => ({
    port,
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
    restore: listen,
  }));
}

describe.skipIf(!POSTGRES_READY)("database check through an outage", () => {
  it("reports the database unreachable while it is down and healthy again when it returns", async () => {
    const scratch = await createScratchDatabase(POSTGRES_ADMIN_URL, "eid_health");
    const relay = await startRelay(Number(new URL(POSTGRES_ADMIN_URL).port || 5432));
    const url = new URL(scratch.url);
    url.port = String(relay.port);
    const target = { provider: "postgresql" as const, url: url.toString() };
    await migrateDatabase(target);
    const db = createPrismaClient(target);
    try {
      expect(await checkDatabase(db)).toEqual({ ok: true });
      await relay.cut();
      expect(await checkDatabase(db)).toMatchObject({ ok: false });
      await relay.restore();
      expect(await checkDatabase(db)).toEqual({ ok: true });
    } finally {
      await db.$disconnect();
      await relay.cut();
      await scratch.drop();
    }
  });
});
