import { CONSTRAINT_CLASS_LABELS, type TBoardReport, type TConstraintClass, type TCostEstimate, type TFailureMode } from "@/lib/diagnostic";

/**
 * Text helpers for the board PDF. The PDF uses the built-in Helvetica, which only carries the
 * WinAnsi character set; anything outside it would print as a wrong glyph, so all report text
 * passes through pdfSafe first.
 */

const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const REPLACEMENTS: Readonly<Record<string, string>> = {
  "→": "->", "⟶": "->", "⇒": "=>", "←": "<-", "↔": "<->", "↑": "^", "↓": "v",
  "≥": ">=", "≤": "<=", "≠": "!=", "≈": "~", "−": "-", "‐": "-", "‑": "-", "‒": "-", "―": "—",
  "′": "'", "″": "\"", "‛": "'", "‟": "\"", "✓": "v", "✔": "v", "✗": "x", "✘": "x",
  "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
  "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
  "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/** Replaces characters Helvetica cannot draw: arrows become "->", accents outside Latin-1 are dropped, the rest become "?". */
export function pdfSafe(text: string): string {
  let out = "";
  for (const char of text) {
    if (isWinAnsi(char)) out += char;
    else if (REPLACEMENTS[char] !== undefined) out += REPLACEMENTS[char];
    else if (char === "\t" || char === "\r") out += " ";
    else {
      const base = char.normalize("NFKD").replace(/\p{M}/gu, "");
      out += base.length > 0 && [...base].every(isWinAnsi) ? base : "?";
    }
  }
  return out;
}

/** A copy of the report with every string made safe for Helvetica. */
export function pdfSafeReport(report: TBoardReport): TBoardReport {
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return pdfSafe(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(report) as TBoardReport;
}

const LOCALE = "en-US";

export function formatMoney(amount: number, currency: TCostEstimate["currency"]): string {
  return new Intl.NumberFormat(LOCALE, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
}

export function formatMoneyCompact(amount: number, currency: TCostEstimate["currency"]): string {
  return new Intl.NumberFormat(LOCALE, { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(amount);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }).format(value);
}

/** Dates in the PDF are written as on the web page ("30 Nov 2026"): one formatter for both. */
export { formatDay as formatDate } from "@/lib/format-date";

/** The engine's own class labels: one wording on the page, in the CSV and in the PDF. */
export const CLASS_LABEL: Record<TConstraintClass, string> = CONSTRAINT_CLASS_LABELS;

export const CLASS_COLOR: Record<TConstraintClass, string> = {
  behavioral: "#6a3d9a",
  behavioral_team: "#2a5d9f",
  execution: "#b35900",
  dual: "#1f5f5b",
  no_clear_deficit: "#4a5a66",
  insufficient_evidence: "#8a4b00",
};

export const SEVERITY_LABEL: Record<TFailureMode["severity"], string> = { high: "High severity", medium: "Medium severity", low: "Low severity" };
export const SEVERITY_COLOR: Record<TFailureMode["severity"], string> = { high: "#a12a2a", medium: "#8a4b00", low: "#4a5a66" };
export const CONFIDENCE_LABEL = { low: "Low", medium: "Medium", high: "High" } as const;

/** "leadership-diagnostic-sam-patel-coo-2026-11-29.pdf": ASCII slug of the leader label and the UTC date prepared. */
export function reportPdfFileName(report: TBoardReport): string {
  const slug = report.meta.leaderLabel
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  const prepared = new Date(report.meta.preparedAt);
  const date = Number.isNaN(prepared.getTime()) ? report.meta.preparedAt.slice(0, 10) : prepared.toISOString().slice(0, 10);
  return `leadership-diagnostic-${slug || "leader"}-${date}.pdf`;
}
