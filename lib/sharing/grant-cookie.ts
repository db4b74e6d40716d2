/** The passcode grant cookie: httpOnly, scoped to one report's path, so each link has its own. */
export const GRANT_COOKIE = "eid_report_grant";

export function grantCookiePath(token: string): string {
  return `/r/${token}`;
}
