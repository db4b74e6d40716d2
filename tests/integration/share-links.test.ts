import { beforeAll, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { ZBoardReport } from "@/lib/diagnostic";
import { hashSecretToken } from "@/lib/secret-token";
import { finishDiagnostic } from "@/lib/self-serve/finish-diagnostic";
import { recordAnswer } from "@/lib/self-serve/record-answer";
import { startDiagnostic } from "@/lib/self-serve/start-diagnostic";
import { createShareLink } from "@/lib/sharing/create-share-link";
import { ZShareLinkRequest } from "@/lib/contract/requests";
import { listShareLinks } from "@/lib/sharing/list-share-links";
import { revokeShareLink } from "@/lib/sharing/revoke-share-link";
import { recordShareLinkView } from "@/lib/sharing/share-link-views";
import { openSharedReport } from "@/lib/sharing/open-shared-report";
import { addDays, addMinutes, LOCK_MINUTES, MAX_FAILED_ATTEMPTS } from "@/lib/sharing/share-link-rules";
import { unlockSharedReport } from "@/lib/sharing/unlock-shared-report";
import { pureFractionalV2Scenario, row } from "@/tests/fixtures/scenarios-v2";
import { describeOnEachDatabase } from "@/tests/support/test-databases";

const PRIVATE_DESCRIPTION = "Board member Q. Private keeps overriding the CFO <script>x</script>";

describeOnEachDatabase("share links", (t) => {
  let owner: string;
  const request = (extra: Record<string, unknown> = {}) =>
    ZShareLinkRequest.parse({ label: "Board, March", preparedBy: "Dana Reyes, Chair", acknowledged: true, ...extra });
  const notFound = async (promise: Promise<unknown>) => {
    await expect(promise).rejects.toBeInstanceOf(AppError);
    await expect(promise).rejects.toMatchObject({ code: "NOT_FOUND", message: "This report is not available." });
  };

  beforeAll(async () => {
    const started = await startDiagnostic();
    owner = started.token;
    const rows = [...pureFractionalV2Scenario.rows, row("constraint_definition", { kind: "custom", title: "Cash forecast is a spreadsheet only the CEO understands", area: "finance", description: PRIVATE_DESCRIPTION }, "c2")];
    for (const answer of rows) await recordAnswer(owner, answer);
    await finishDiagnostic(owner);
  });

  it("refuses to share an unfinished diagnostic", async () => {
    const { token } = await startDiagnostic();
    await expect(createShareLink(token, request())).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("stores only the token's hash, opens the report, and records each view", async () => {
    const { token, link } = await createShareLink(owner, request());
    const stored = await t.db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.tokenHash).toBe(hashSecretToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const access = await openSharedReport({ token, grant: undefined, kind: "page" });
    expect(access.status).toBe("ok");
    if (access.status === "ok") expect(() => ZBoardReport.parse(access.report)).not.toThrow();
    const at = new Date(Date.now() + 1_000);
    await openSharedReport({ token, grant: undefined, kind: "pdf", now: at });
    expect((await t.db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).lastViewedAt).toEqual(at);
    expect((await t.db.shareLinkView.findFirstOrThrow({ where: { shareLinkId: link.id, kind: "pdf" } })).viewedAt).toEqual(at);
    const listed = (await listShareLinks(owner)).find((l) => l.id === link.id);
    expect(listed).toMatchObject({ viewCount: 2, status: "active" });
    expect(listed?.recentViews.map((v) => v.kind).sort()).toEqual(["page", "pdf"]);
  });

  it("records every view of a burst before each answer returns, with the right counts and last views", async () => {
    const first = await createShareLink(owner, request());
    const second = await createShareLink(owner, request());
    const start = Date.now() + 60_000;
    // Thirty views at once over two links, as a busy board meeting would send them.
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        openSharedReport({ token: i % 3 === 0 ? second.token : first.token, grant: undefined, kind: i % 2 ? "pdf" : "page", now: new Date(start + i * 1_000) }),
      ),
    );
    const [a, b] = await Promise.all([first, second].map(({ link }) => t.db.shareLink.findUniqueOrThrow({ where: { id: link.id } })));
    expect([a?.viewCount, b?.viewCount]).toEqual([20, 10]);
    expect(a?.lastViewedAt).toEqual(new Date(start + 29_000));
    expect(b?.lastViewedAt).toEqual(new Date(start + 27_000));
    expect(await t.db.shareLinkView.count({ where: { shareLinkId: { in: [first.link.id, second.link.id] } } })).toBe(30);
  });

  it("never moves the last view back when a view stamped earlier commits later (another instance, say)", async () => {
    const { token, link } = await createShareLink(owner, request());
    const later = new Date(Date.now() + 120_000);
    await openSharedReport({ token, grant: undefined, kind: "page", now: later });
    await openSharedReport({ token, grant: undefined, kind: "pdf", now: new Date(later.getTime() - 5_000) });
    await Promise.all([1, 2, 3].map((s) => openSharedReport({ token, grant: undefined, kind: "page", now: new Date(later.getTime() - s * 1_000) })));
    const stored = await t.db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.viewCount).toBe(5);
    expect(stored.lastViewedAt).toEqual(later);
  });

  it("records the other views of a group when one of them cannot be (its link deleted while it waited)", async () => {
    const { link } = await createShareLink(owner, request());
    const now = new Date();
    // The first view keeps the writer busy, so the next two are written together.
    const first = recordShareLinkView({ shareLinkId: link.id, kind: "page", now });
    const [gone, kept] = await Promise.allSettled([
      recordShareLinkView({ shareLinkId: "deleted-link", kind: "page", now }),
      recordShareLinkView({ shareLinkId: link.id, kind: "pdf", now }),
    ]);
    await first;
    expect(gone.status).toBe("rejected");
    expect(kept.status).toBe("fulfilled");
    expect((await t.db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).viewCount).toBe(2);
  });

  it("withholds free text unless the owner includes it", async () => {
    const redacted = await createShareLink(owner, request());
    const access = await openSharedReport({ token: redacted.token, grant: undefined, kind: "page" });
    const text = JSON.stringify(access);
    expect(text).not.toContain("Cash forecast is a spreadsheet");
    expect(text).not.toContain("Q. Private");
    expect(text).not.toContain("VP of Finance");

    const included = await createShareLink(owner, request({ includeFreeText: true }));
    const full = JSON.stringify(await openSharedReport({ token: included.token, grant: undefined, kind: "page" }));
    expect(full).toContain("Cash forecast is a spreadsheet");
  });

  it("answers expired, revoked and unknown links the same way", async () => {
    const { token, link } = await createShareLink(owner, request({ expiresInDays: 3 }));
    await notFound(openSharedReport({ token, grant: undefined, kind: "page", now: addDays(new Date(), 4) }));
    await revokeShareLink(owner, link.id);
    await notFound(openSharedReport({ token, grant: undefined, kind: "page" }));
    await notFound(openSharedReport({ token: "B".repeat(43), grant: undefined, kind: "page" }));
    await notFound(openSharedReport({ token: "nope", grant: undefined, kind: "page" }));
  });

  it("holds the passcode limit under a burst of parallel guesses", async () => {
    const { token } = await createShareLink(owner, request({ passcode: "burst-passcode" }));
    const guesses = Array.from({ length: 20 }, (_, i) => unlockSharedReport({ token, passcode: i === 19 ? "burst-passcode" : `guess-${i}` }));
    const outcomes = await Promise.all(guesses);
    const stored = await t.db.shareLink.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(token) } });
    expect(stored.lockedUntil).not.toBeNull();
    expect(outcomes.filter((o) => o.status === "unlocked").length).toBeLessThanOrEqual(1);
    expect(outcomes.filter((o) => o.status === "wrong").length).toBeLessThan(MAX_FAILED_ATTEMPTS);
    expect(await unlockSharedReport({ token, passcode: "burst-passcode" })).toEqual({ status: "locked" });
  });

  it("only the owner's own links can be revoked", async () => {
    const other = await startDiagnostic();
    const { link } = await createShareLink(owner, request());
    await expect(revokeShareLink(other.token, link.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("asks for the passcode, grants access for the right one, and locks after repeated wrong ones", async () => {
    const { token } = await createShareLink(owner, request({ passcode: "s3cret-board" }));
    const stored = await t.db.shareLink.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(token) } });
    expect(stored.passcodeHash).toMatch(/^scrypt\$/);
    expect(stored.passcodeHash).not.toContain("s3cret-board");

    const passcodePage = { status: "passcode_required", label: "Board, March", branding: null, lockedUntil: null };
    expect(await openSharedReport({ token, grant: undefined, kind: "page" })).toEqual({ ...passcodePage, attemptsLeft: MAX_FAILED_ATTEMPTS });
    await notFound(openSharedReport({ token, grant: undefined, kind: "pdf" }));

    // A wrong passcode is counted and the passcode page says how many attempts are left; the right one resets the count.
    expect(await unlockSharedReport({ token, passcode: "not-the-code" })).toEqual({ status: "wrong" });
    expect(await openSharedReport({ token, grant: undefined, kind: "page" })).toEqual({ ...passcodePage, attemptsLeft: MAX_FAILED_ATTEMPTS - 1 });
    const unlocked = await unlockSharedReport({ token, passcode: "s3cret-board" });
    if (unlocked.status !== "unlocked") throw new Error(`expected the right passcode to unlock, got ${unlocked.status}`);
    const { grant } = unlocked;
    expect(await openSharedReport({ token, grant: undefined, kind: "page" })).toEqual({ ...passcodePage, attemptsLeft: MAX_FAILED_ATTEMPTS });
    expect((await openSharedReport({ token, grant, kind: "page" })).status).toBe("ok");
    await notFound(openSharedReport({ token, grant: "forged".padEnd(43, "x"), kind: "pdf" }));

    const now = new Date();
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i += 1) expect(await unlockSharedReport({ token, passcode: `wrong-${i}`, now })).toEqual({ status: "wrong" });
    expect(await unlockSharedReport({ token, passcode: "wrong-last", now })).toEqual({ status: "locked" });
    expect(await unlockSharedReport({ token, passcode: "s3cret-board", now })).toEqual({ status: "locked" });
    expect((await listShareLinks(owner)).some((l) => l.status === "locked")).toBe(true);
    // The lock-out stops new guesses only: a board member who unlocked earlier keeps reading.
    expect((await openSharedReport({ token, grant, kind: "page" })).status).toBe("ok");
    expect((await openSharedReport({ token, grant, kind: "pdf" })).status).toBe("ok");
    // Everyone else sees the passcode page saying when the lock ends (LOCK_MINUTES after the last wrong one), and no PDF.
    expect(await openSharedReport({ token, grant: undefined, kind: "page", now })).toEqual({
      ...passcodePage,
      attemptsLeft: 0,
      lockedUntil: addMinutes(now, LOCK_MINUTES),
    });
    expect(await openSharedReport({ token, grant: "forged".padEnd(43, "x"), kind: "page", now })).toMatchObject({ status: "passcode_required", attemptsLeft: 0 });
    await notFound(openSharedReport({ token, grant: undefined, kind: "pdf" }));
    // Once the lock ends, the full number of attempts is back and the right passcode opens the report.
    const later = addMinutes(now, LOCK_MINUTES + 1);
    expect(await openSharedReport({ token, grant: undefined, kind: "page", now: later })).toEqual({ ...passcodePage, attemptsLeft: MAX_FAILED_ATTEMPTS });
    expect((await unlockSharedReport({ token, passcode: "s3cret-board", now: later })).status).toBe("unlocked");
  });
});
