/** The passcode grant cookie: httpOnly, scoped to one report's path, so each link has its own. */
export const GRANT_COOKIE = "eid_report_grant";

export function grantCookiePath(token: string): string {
  return `/r/${token}`;
}

/** The query the unlock route adds when it sends a wrong passcode back to the passcode page. */
export const WRONG_PASSCODE_QUERY = "passcode=wrong";
export const isWrongPasscodeReturn = (searchParams: Record<string, string | string[] | undefined>) => searchParams.passcode === "wrong";
