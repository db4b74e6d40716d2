import type { TCostEstimate } from "@/lib/diagnostic";

type TCurrency = TCostEstimate["currency"];

/** Fixed locale so server and browser render the same text. */
const LOCALE = "en-US";

export function formatMoney(amount: number, currency: TCurrency): string {
  return new Intl.NumberFormat(LOCALE, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
}

/** "$274K", "$1.2M". The minimum is set too: a currency otherwise keeps two decimals ("$500.00K"). */
export function formatMoneyCompact(amount: number, currency: TCurrency): string {
  return new Intl.NumberFormat(LOCALE, { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(amount);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }).format(value);
}

/** Question units say "currency/month"; show the actual currency instead. */
export function unitText(unit: string, currency: TCurrency): string {
  return unit.replace(/\bcurrency\b/g, currency);
}

/** Line styles shared by the cost plot and its key: a solid and a dashed line, never colour alone. */
export const ACTION_LINE = { key: "action", name: "Cost of action", color: "#1f5f5b", dash: undefined } as const;
export const INACTION_LINE = { key: "inaction", name: "Cost of inaction", color: "#a12a2a", dash: "7 5" } as const;
