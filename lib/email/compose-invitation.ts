import { answerVisibility, respondentMinutes, type TPerspective } from "@/lib/diagnostic";
import { formatLongDay } from "@/lib/format-date";

/**
 * The invitation and reminder emails, composed from plain facts: pure, so a unit test reads exactly
 * what a respondent receives. Every value a person typed (names, titles, the workspace's name) is
 * escaped in the HTML body. The consultant's label for the respondent ("Dana, CFO") is theirs alone
 * and never appears in the email.
 */
export type TInvitationFacts = {
  kind: "invitation" | "reminder";
  perspective: TPerspective;
  leader: { name: string; title: string | null };
  /** Who invites them: the consultant's report name, else their workspace's name (as on the respondent page). */
  invitedBy: string;
  /** The personal link, absolute. */
  link: string;
  constraints: number;
  dueAt: Date | null;
};

export type TComposedEmail = { subject: string; text: string; html: string };

const ROLE: Record<TPerspective, string> = {
  self: "as the leader, about yourself",
  manager: "as their manager or CEO",
  board: "as a member of the board",
  peer: "as a peer",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** Header values travel on one line: line breaks typed into a name are folded to spaces. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, " ").trim();

export function composeInvitation(facts: TInvitationFacts): TComposedEmail {
  const leader = `${facts.leader.name}${facts.leader.title ? `, ${facts.leader.title}` : ""}`;
  const self = facts.perspective === "self";
  const visibility = answerVisibility(facts.perspective);
  const minutes = respondentMinutes(facts.constraints);
  const due = facts.dueAt ? formatLongDay(facts.dueAt) : null;
  const reminder = facts.kind === "reminder";

  const subject = oneLine(
    `${reminder ? "Reminder: " : ""}${facts.invitedBy} asks for ${self ? "your own view of your leadership constraints" : `your view of ${facts.leader.name}`}${due ? ` (by ${due})` : ""}`,
  );
  const opening = self
    ? `${facts.invitedBy} is working with you on a leadership diagnostic and asks for your own view of the constraints it identified, to set beside how others see them.`
    : `${facts.invitedBy} is running a leadership diagnostic with ${leader} and asks for your view ${ROLE[facts.perspective]}.`;
  const purpose = `For each constraint the intake identified (${facts.constraints}), a few questions about the system behind it and how it is led. The answers help decide whether executive coaching, fractional leadership or both will move it.`;
  const time = `About ${minutes.low} to ${minutes.high} minutes; every answer is saved as you go, so you can stop and come back.`;
  const rows: [string, string][] = [
    ["What it is for", purpose],
    ["How long it takes", time],
    ...(due ? ([["Please answer by", due]] as [string, string][]) : []),
    ["Who sees your answers", `${visibility.headline} ${visibility.sentence}`],
  ];
  const personal = "This link is personal: anyone holding it can answer as you, so please do not forward it.";
  const replaces = "It replaces the link sent earlier, which no longer works.";
  const intro = reminder ? `A reminder: ${opening.charAt(0).toLowerCase()}${opening.slice(1)}` : opening;

  const text = [
    "Hello,",
    "",
    intro,
    "",
    ...rows.flatMap(([label, value]) => [`${label}: ${value}`, ""]),
    "Your personal link:",
    facts.link,
    "",
    reminder ? `${personal} ${replaces}` : personal,
    "",
    `— ${facts.invitedBy}`,
    "",
  ].join("\n");

  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="en"><body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2933;line-height:1.5;max-width:36rem;margin:0 auto;padding:1rem">
<p>Hello,</p>
<p>${e(intro)}</p>
<dl>
${rows.map(([label, value]) => `<dt style="font-weight:600;margin-top:0.75rem">${e(label)}</dt><dd style="margin:0">${e(value)}</dd>`).join("\n")}
</dl>
<p style="margin:1.5rem 0"><a href="${e(facts.link)}" style="background:#1f5f5b;color:#ffffff;padding:0.7rem 1.1rem;border-radius:6px;text-decoration:none;font-weight:600">Open your questions</a></p>
<p style="font-size:0.9rem">Or copy this address into your browser: <br><span style="word-break:break-all">${e(facts.link)}</span></p>
<p style="font-size:0.9rem;color:#52606d">${e(reminder ? `${personal} ${replaces}` : personal)}</p>
<p>— ${e(facts.invitedBy)}</p>
</body></html>
`;
  return { subject, text, html };
}
