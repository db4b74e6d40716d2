import Database from "better-sqlite3";
import { expect, type APIRequestContext } from "@playwright/test";

/** An owner's invitation through the API (a form post asking for JSON): the one-time link's path. */
export async function invite(owner: APIRequestContext, email: string): Promise<{ id: string; invitePath: string }> {
  const response = await owner.post("/api/workspace/team/invitations", { form: { email }, headers: { Accept: "application/json" } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; invitePath: string };
}

/** Signs a new consultant up and in through the API (sign-up signs nobody in by design). */
export async function signUpWith(api: APIRequestContext, name: string, email: string): Promise<void> {
  const credentials = { email, password: `${name.toLowerCase()}-password-1` };
  expect((await api.post("/api/auth/sign-up/email", { data: { name, ...credentials } })).ok()).toBe(true);
  expect((await api.post("/api/auth/sign-in/email", { data: credentials })).ok()).toBe(true);
}

export const teamEmail = (who: string) => `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** A user's membership id in the e2e server's own SQLite file (the Team page lists it; the API has no list route). */
export function memberIdOf(email: string): string {
  const db = new Database(`data/e2e-${process.env.E2E_RUN_ID}.db`, { readonly: true });
  try {
    const row = db.prepare(`SELECT m."id" AS id FROM "WorkspaceMember" m JOIN "User" u ON u."id" = m."userId" WHERE u."email" = ?`).get(email) as { id: string } | undefined;
    if (!row) throw new Error(`no membership for ${email}`);
    return row.id;
  } finally {
    db.close();
  }
}
