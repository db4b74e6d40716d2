/**
 * A respondent's due date is a day (UTC, as every date in the app is shown); it is overdue from the
 * start of the next day while the answers are not submitted.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
/** Far enough for a long board cycle, near enough that a typo in the year is caught. */
export const MAX_DUE_DAYS = 180;

/** The stored instant of a due day given as YYYY-MM-DD: its start, in UTC. */
export function dueAtOf(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Why a due day cannot be set now, or null when it can. */
export function dueDateProblem(dueAt: Date, now: Date): string | null {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (Number.isNaN(dueAt.getTime())) return "Give the due date as a calendar date.";
  if (dueAt.getTime() < today) return "The due date has passed; choose today or a later day.";
  if (dueAt.getTime() > today + MAX_DUE_DAYS * DAY_MS) return `Choose a due date within ${MAX_DUE_DAYS} days.`;
  return null;
}

export function isOverdue(respondent: { dueAt: Date | null; submittedAt: Date | null }, now: Date): boolean {
  return respondent.dueAt !== null && respondent.submittedAt === null && now.getTime() >= respondent.dueAt.getTime() + DAY_MS;
}
