/** The rules of share links, in one place: expiry, passcode attempts, unlock duration. */
export const DEFAULT_EXPIRY_DAYS = 30;
export const MAX_EXPIRY_DAYS = 365;
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
export const GRANT_HOURS = 12;
export const MIN_PASSCODE_LENGTH = 6;
export const MAX_PASSCODE_LENGTH = 128;

export type ShareLinkStatus = "active" | "expired" | "revoked" | "locked";

export function shareLinkStatus(link: { expiresAt: Date; revokedAt: Date | null; lockedUntil: Date | null }, now: Date): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  if (link.lockedUntil && link.lockedUntil.getTime() > now.getTime()) return "locked";
  return "active";
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
export const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
