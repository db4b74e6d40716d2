/** Dates as the app shows them: British day-month order, always UTC so server and browser agree. */
const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const DAY_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const LONG_DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const LONG_DAY_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

const asDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

/** "29 Nov 2026" */
export const formatDay = (value: Date | string) => DAY.format(asDate(value));
/** "29 Nov 2026, 04:12 UTC" */
export const formatDayTime = (value: Date | string) => `${DAY_TIME.format(asDate(value))} UTC`;
/** "29 November 2026" */
export const formatLongDay = (value: Date | string) => LONG_DAY.format(asDate(value));
/** "29 November 2026 at 04:12 UTC" */
export const formatLongDayTime = (value: Date | string) => `${LONG_DAY_TIME.format(asDate(value))} UTC`;
