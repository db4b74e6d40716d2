import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { AppError } from "@/lib/app-error";
import { createDiagnostic, findDiagnostic, finishWithResult, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { listRespondentAnswers, saveRespondentAnswer } from "@/lib/data/respondent-store";
import { createClient, createLeader, createWorkspaceForUser } from "@/lib/data/workspace-store";
import { formatLongDay } from "@/lib/format-date";
import { deliverDueInvitations } from "@/lib/email/send-invitation";
import { openRespondentSession } from "@/lib/respondents/open-respondent-session";
import { inviteRespondent } from "@/lib/workspace/invite-respondent";
import { logger } from "@/lib/operations/logger";
import { listIntakeRespondents } from "@/lib/workspace/list-intake-respondents";
import { remindRespondent } from "@/lib/workspace/remind-respondent";
import { retryInvitationEmail } from "@/lib/workspace/retry-invitation-email";
import { describeOnEachDatabase } from "@/tests/support/test-databases";
import { linkIn, startTestSmtpServer, type TTestSmtpServer } from "@/tests/support/test-smtp-server";

// A real SMTP server on a fixed port for this file, so it can be stopped and started again at the same address.
let smtp: TTestSmtpServer = await startTestSmtpServer();
const SMTP_PORT = smtp.port;
process.env.SMTP_URL = smtp.url;
process.env.EMAIL_FROM = "Quinn Advisory <invites@example.com>";
process.env.APP_URL = "https://diagnostic.example.com";

const restartSmtp = async () => {
  smtp = await startTestSmtpServer(SMTP_PORT);
};

afterAll(async () => {
  await smtp.close();
});

const tokenOf = (link: string) => link.split("/respond/")[1] ?? "";
const minutesLater = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000);

describeOnEachDatabase("email invitations", () => {
  let diagnostic: StoredDiagnostic;
  const warnings: string[] = [];

  beforeAll(async () => {
    // What the services hand the logger, before its own redaction: it must hold no link already.
    vi.spyOn(logger(), "warn").mockImplementation((...args: unknown[]) => void warnings.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" ")));
    const userId = randomUUID();
    const { prisma } = await import("@/lib/db/prisma");
    await prisma().user.create({ data: { id: userId, name: "Ada", email: `${userId}@example.com` } });
    const workspaceId = await createWorkspaceForUser({ userId, name: "Quinn Advisory" });
    const client = await createClient({ workspaceId, name: "Fabrikam" });
    const leader = await createLeader({ workspaceId, clientId: client.id, name: "Casey <Brooks>", title: "COO" });
    const created = await createDiagnostic({ questionnaireVersion: "test-v1", workspaceId, leaderId: leader.id });
    await finishWithResult({ diagnosticId: created.id, compute: () => ({ snapshot: { test: true }, questionnaireVersion: "test-v1", engineVersion: "test-engine" }) });
    const found = await findDiagnostic(created.id);
    if (!found) throw new Error("diagnostic missing");
    diagnostic = found;
  });

  it("emails the invitation with the personal link, which opens the respondent's session and shows as opened", async () => {
    const email = `dana-${randomUUID()}@example.com`;
    const now = new Date();
    // Due ten days from now (a UTC day), overdue from the day after.
    const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 10));
    const dueDate = due.toISOString().slice(0, 10);
    const invited = await inviteRespondent(diagnostic, { perspective: "board", name: "Dana, board", email, dueDate }, now);
    expect(invited.delivery).toMatchObject({ state: "sent" });

    const received = smtp.messages.filter((m) => m.to.includes(email));
    expect(received).toHaveLength(1);
    const [message] = received;
    if (!message) throw new Error("no message");
    expect(message.from).toBe("invites@example.com");
    expect(message.subject).toContain("Quinn Advisory asks for your view of Casey <Brooks>");
    expect(message.text).toContain("as a member of the board");
    expect(message.text).toContain(`Please answer by: ${formatLongDay(due)}`);
    expect(message.text).toContain("shown only as part of a group, never on their own");
    // The consultant's own label for the respondent stays theirs.
    expect(message.raw).not.toContain("Dana, board");
    // User text is escaped in the HTML body.
    expect(message.html).toContain("asks for your view as a member of the board");
    expect(message.html).toContain("Casey &lt;Brooks&gt;, COO");
    expect(message.html).not.toContain("<Brooks>");
    const link = linkIn(message);
    expect(link).toBe(`https://diagnostic.example.com/respond/${invited.token}`);

    const session = await openRespondentSession(tokenOf(link), { recordOpen: true, now: minutesLater(now, 1) });
    expect(session.respondent.id).toBe(invited.respondent.id);
    const row = (await listIntakeRespondents(diagnostic, minutesLater(now, 2))).find((r) => r.id === invited.respondent.id);
    expect(row).toMatchObject({ email, openedAt: minutesLater(now, 1), overdue: false, delivery: { kind: "invitation", state: "sent", attempts: 1, lastError: null } });
    expect(row?.delivery?.sentAt).toEqual(now);
    // Overdue from the day after the due date, while not answered.
    const dayAfter = new Date(due.getTime() + 24 * 60 * 60_000);
    expect((await listIntakeRespondents(diagnostic, new Date(dayAfter.getTime() - 1))).find((r) => r.id === invited.respondent.id)?.overdue).toBe(false);
    expect((await listIntakeRespondents(diagnostic, dayAfter)).find((r) => r.id === invited.respondent.id)?.overdue).toBe(true);
  });

  it("keeps a failure when the mail server is down, retries it with back-off once it is up, and the new link replaces the old", async () => {
    await smtp.close();
    const email = `morgan-${randomUUID()}@example.com`;
    const now = new Date();
    const invited = await inviteRespondent(diagnostic, { perspective: "manager", name: "Morgan, CEO", email }, now);
    expect(invited.delivery).toEqual({ state: "failed", kind: "invitation", error: "The mail server could not be reached." });

    let row = (await listIntakeRespondents(diagnostic, now)).find((r) => r.id === invited.respondent.id);
    expect(row?.delivery).toMatchObject({ state: "failed", attempts: 1, lastError: "The mail server could not be reached.", nextAttemptAt: minutesLater(now, 1) });
    // The copied link works meanwhile.
    await expect(openRespondentSession(invited.token)).resolves.toMatchObject({ respondent: { id: invited.respondent.id } });

    // Still down at the next attempt: the back-off grows.
    row = (await listIntakeRespondents(diagnostic, minutesLater(now, 1))).find((r) => r.id === invited.respondent.id);
    expect(row?.delivery).toMatchObject({ state: "failed", attempts: 2, nextAttemptAt: minutesLater(now, 6) });

    await restartSmtp();
    // Not due yet: nothing is sent.
    await deliverDueInvitations({ diagnosticId: diagnostic.id, now: minutesLater(now, 3) });
    expect(smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(0);
    row = (await listIntakeRespondents(diagnostic, minutesLater(now, 6))).find((r) => r.id === invited.respondent.id);
    expect(row?.delivery).toMatchObject({ state: "sent", attempts: 3, lastError: null, nextAttemptAt: null, sentAt: minutesLater(now, 6) });

    const [message] = smtp.messages.filter((m) => m.to.includes(email));
    if (!message) throw new Error("no message");
    const link = linkIn(message);
    expect(tokenOf(link)).not.toBe(invited.token);
    await expect(openRespondentSession(tokenOf(link))).resolves.toMatchObject({ respondent: { id: invited.respondent.id } });
    await expect(openRespondentSession(invited.token)).rejects.toThrow(AppError);
    expect(message.text).toContain("can be attributed to you");
    // Nothing logged holds a link.
    expect(warnings.some((w) => w.includes("could not be reached"))).toBe(true);
    for (const warning of warnings) {
      expect(warning).not.toContain(invited.token);
      expect(warning).not.toContain(tokenOf(link));
    }
  });

  it("shows a refused message with the server's code, and the consultant's Retry sends it once the server accepts", async () => {
    smtp.refuseRecipients = true;
    const email = `lee-${randomUUID()}@example.com`;
    const now = new Date();
    const invited = await inviteRespondent(diagnostic, { perspective: "peer", name: "Lee", email }, now);
    expect(invited.delivery).toMatchObject({ state: "failed", error: "The mail server refused the sender or the recipient address (it answered 550)." });
    await expect(retryInvitationEmail(diagnostic, invited.respondent.id, minutesLater(now, 0.5))).resolves.toMatchObject({ state: "failed" });

    smtp.refuseRecipients = false;
    await expect(retryInvitationEmail(diagnostic, invited.respondent.id, minutesLater(now, 0.6))).resolves.toEqual({ state: "sent", error: null });
    const [message] = smtp.messages.filter((m) => m.to.includes(email));
    if (!message) throw new Error("no message");
    await expect(openRespondentSession(tokenOf(linkIn(message)))).resolves.toMatchObject({ respondent: { id: invited.respondent.id } });
    await expect(retryInvitationEmail(diagnostic, invited.respondent.id)).rejects.toThrow("This email was sent");
  });

  it("sends a due email once when two requests pump the outbox at the same time", async () => {
    smtp.refuseRecipients = true;
    const email = `kim-${randomUUID()}@example.com`;
    const now = new Date();
    const invited = await inviteRespondent(diagnostic, { perspective: "peer", name: "Kim", email }, now);
    expect(invited.delivery.state).toBe("failed");
    smtp.refuseRecipients = false;
    const later = minutesLater(now, 1);
    await Promise.all([deliverDueInvitations({ diagnosticId: diagnostic.id, now: later }), deliverDueInvitations({ diagnosticId: diagnostic.id, now: later })]);
    expect(smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
    const row = (await listIntakeRespondents(diagnostic, later)).find((r) => r.id === invited.respondent.id);
    expect(row?.delivery).toMatchObject({ state: "sent", attempts: 2 });
  });

  it("reminds with a fresh link: the reminder is emailed, the old link stops, answers stay with the respondent", async () => {
    const email = `sam-${randomUUID()}@example.com`;
    const now = new Date();
    const invited = await inviteRespondent(diagnostic, { perspective: "self", name: "Casey", email }, now);
    await saveRespondentAnswer({ respondentId: invited.respondent.id, questionId: "probe_b_pressure", constraintId: "c1", value: 2 });
    const reminded = await remindRespondent(diagnostic, invited.respondent.id, minutesLater(now, 60));
    expect(reminded).toMatchObject({ emailed: true, error: null });

    const messages = smtp.messages.filter((m) => m.to.includes(email));
    expect(messages.map((m) => m.subject.startsWith("Reminder: "))).toEqual([false, true]);
    const [, reminder] = messages;
    if (!reminder) throw new Error("no reminder");
    expect(reminder.text).toContain("It replaces the link sent earlier, which no longer works.");
    expect(tokenOf(linkIn(reminder))).toBe(reminded.token);
    await expect(openRespondentSession(invited.token)).rejects.toThrow(AppError);
    await expect(openRespondentSession(reminded.token ?? "")).resolves.toMatchObject({ respondent: { id: invited.respondent.id } });
    const row = (await listIntakeRespondents(diagnostic)).find((r) => r.id === invited.respondent.id);
    expect(row).toMatchObject({ remindedAt: minutesLater(now, 60), delivery: { kind: "reminder", state: "sent" } });
    expect(row?.delivery?.sentAt).toEqual(now);
    expect(row?.answered).toBe(1);
    expect(await listRespondentAnswers(invited.respondent.id)).toEqual([{ questionId: "probe_b_pressure", constraintId: "c1", value: 2 }]);
  });

  it("without an address, invites as before and a reminder is a new link to copy", async () => {
    const invited = await inviteRespondent(diagnostic, { perspective: "peer", name: "No email" });
    expect(invited.delivery).toEqual({ state: "off" });
    const reminded = await remindRespondent(diagnostic, invited.respondent.id);
    expect(reminded).toMatchObject({ emailed: false, error: null });
    await expect(openRespondentSession(invited.token)).rejects.toThrow(AppError);
    await expect(openRespondentSession(reminded.token ?? "")).resolves.toMatchObject({ respondent: { id: invited.respondent.id } });
    await expect(inviteRespondent(diagnostic, { perspective: "peer", name: "Late", dueDate: "2020-01-01" })).rejects.toThrow("The due date has passed");
  });
});
