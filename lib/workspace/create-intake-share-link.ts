import "server-only";
import type { ZShareLinkRequest } from "@/lib/contract/requests";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { findRelease, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { issueShareLink } from "@/lib/sharing/create-share-link";

export async function createIntakeShareLink(diagnostic: StoredDiagnostic, request: z.output<typeof ZShareLinkRequest>, now: Date = new Date()) {
  const release = await findRelease(diagnostic.id);
  // A board link shows the board's release only; the leader's does not open it.
  if (!release?.releases.some((r) => r.audience === "board")) throw new AppError("CONFLICT", "Release the results to the board before sharing them with a board.");
  return issueShareLink(diagnostic.id, request, now);
}
