/**
 * A firm's colour on the board report, kept readable. WCAG AA asks 4.5:1 for normal text: the
 * brand colour is drawn as text on white and on the page background, behind button text, and as
 * text on its own light tint. A colour that cannot meet all of that falls back to the app's accent.
 */

export const MIN_TEXT_CONTRAST = 4.5;

const WHITE = "#ffffff";
const BLACK = "#000000";
/** Tailwind's `ink` and `paper` (app/globals.css). */
export const INK = "#14212b";
export const PAPER = "#f7f8f6";

export type TBrandPalette = {
  /** Fills (buttons) and accent text. */
  accent: string;
  /** Hover fill, a shade darker. */
  accentStrong: string;
  /** A light tint for backgrounds that accent text sits on. */
  accentSoft: string;
  /** Text drawn on the accent fill. */
  onAccent: string;
  /** False when the brand colour was missing or unreadable and the app's own accent is used. */
  fromBrand: boolean;
};

/** The app's own accent (app/globals.css). */
export const DEFAULT_PALETTE: TBrandPalette = { accent: "#1f5f5b", accentStrong: "#164744", accentSoft: "#e3efed", onAccent: WHITE, fromBrand: false };

const HEX = /^#[0-9a-f]{6}$/i;

function channels(hex: string): [number, number, number] {
  return [0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)) as [number, number, number];
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour (white or the app's ink) that reads best on a #rrggbb background. */
export function readableTextOn(background: string): string {
  return contrastRatio(background, WHITE) >= contrastRatio(background, INK) ? WHITE : INK;
}

/** `weight` of `to` mixed into `from`, per channel. */
export function mixColors(from: string, to: string, weight: number): string {
  const a = channels(from);
  const b = channels(to);
  return `#${a.map((c, i) => Math.round(c + (b[i]! - c) * weight).toString(16).padStart(2, "0")).join("")}`;
}

/** The report's accent colours for a firm's brand colour, or the app's own when the brand colour is missing or fails contrast. */
export function brandPalette(color: string | null | undefined): TBrandPalette {
  if (!color || !HEX.test(color)) return DEFAULT_PALETTE;
  const accent = color.toLowerCase();
  const onAccent = readableTextOn(accent);
  const readable =
    contrastRatio(accent, onAccent) >= MIN_TEXT_CONTRAST &&
    contrastRatio(accent, WHITE) >= MIN_TEXT_CONTRAST &&
    contrastRatio(accent, PAPER) >= MIN_TEXT_CONTRAST;
  if (!readable) return DEFAULT_PALETTE;
  // The lightest tint that accent text still reads on; white always does once the checks above pass.
  const accentSoft = [0.9, 0.94, 0.97, 1].map((w) => mixColors(accent, WHITE, w)).find((soft) => contrastRatio(accent, soft) >= MIN_TEXT_CONTRAST) ?? WHITE;
  return { accent, accentStrong: mixColors(accent, BLACK, 0.2), accentSoft, onAccent, fromBrand: true };
}

/** The palette as the CSS variables Tailwind's accent utilities read, to set on an element around the report. */
export function brandPaletteStyle(color: string | null | undefined): Record<string, string> {
  const palette = brandPalette(color);
  return {
    "--color-accent": palette.accent,
    "--color-accent-strong": palette.accentStrong,
    "--color-accent-soft": palette.accentSoft,
    "--color-on-accent": palette.onAccent,
  };
}
