import { rmSync } from "node:fs";

/** Removes the SQLite database of this e2e run (and its WAL files). */
export default function globalTeardown(): void {
  const base = `data/e2e-${process.env.E2E_RUN_ID}.db`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${base}${suffix}`, { force: true });
}
