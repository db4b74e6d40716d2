import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

/** Data access for consultants' private notes. Callers check the workspace before calling. */

export async function saveConsultantNote(
  input: { diagnosticId: string; constraintId: string; text: string },
): Promise<void> {
  const db = prisma();
  const key = { diagnosticId: input.diagnosticId, constraintId: input.constraintId };
  if (input.text.trim() === "") {
    await db.consultantNote.deleteMany({ where: key });
    return;
  }
  await db.consultantNote.upsert({
    where: { diagnosticId_constraintId: key },
    create: { id: randomUUID(), ...key, text: input.text },
    update: { text: input.text },
  });
}

export async function listConsultantNotes(diagnosticId: string): Promise<Record<string, string>> {
  const db = prisma();
  const rows = await db.consultantNote.findMany({ where: { diagnosticId }, select: { constraintId: true, text: true } });
  return Object.fromEntries(rows.map((row) => [row.constraintId, row.text]));
}
