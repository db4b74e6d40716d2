import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brandPalette, brandPaletteStyle, contrastRatio, DEFAULT_PALETTE, INK, MIN_TEXT_CONTRAST, mixColors, PAPER, readableTextOn } from "@/lib/brand-palette";
import { ZBranding } from "@/lib/diagnostic";

const hexColor = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`);

describe("contrast", () => {
  it("measures WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
    // #767676 is the well-known lightest grey that passes AA on white.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("puts white on dark colours and ink on light ones", () => {
    expect(readableTextOn("#5b2a86")).toBe("#ffffff");
    expect(readableTextOn("#1f5f5b")).toBe("#ffffff");
    expect(readableTextOn("#ffee00")).toBe(INK);
    expect(readableTextOn("#f7f8f6")).toBe(INK);
  });

  it("always picks the text colour that reads better", () => {
    fc.assert(
      fc.property(hexColor, (color) => {
        const chosen = readableTextOn(color);
        const other = chosen === INK ? "#ffffff" : INK;
        expect(contrastRatio(color, chosen)).toBeGreaterThanOrEqual(contrastRatio(color, other));
      }),
    );
  });

  it("mixes colours per channel", () => {
    expect(mixColors("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mixColors("#5b2a86", "#ffffff", 0)).toBe("#5b2a86");
    expect(mixColors("#5b2a86", "#000000", 1)).toBe("#000000");
  });
});

describe("brandPalette", () => {
  it("uses a readable brand colour for fills and accents, with white text on it", () => {
    const palette = brandPalette("#5B2A86");
    expect(palette).toMatchObject({ accent: "#5b2a86", onAccent: "#ffffff", fromBrand: true });
    expect(contrastRatio(palette.accentStrong, palette.onAccent)).toBeGreaterThan(contrastRatio(palette.accent, palette.onAccent));
  });

  it("falls back to the app's accent for a colour too light to read, and for no or malformed colours", () => {
    expect(brandPalette("#ffee00")).toEqual(DEFAULT_PALETTE);
    expect(brandPalette("#8a8a8a")).toEqual(DEFAULT_PALETTE);
    expect(brandPalette(null)).toEqual(DEFAULT_PALETTE);
    expect(brandPalette("red")).toEqual(DEFAULT_PALETTE);
    expect(brandPalette("#12345")).toEqual(DEFAULT_PALETTE);
  });

  it("keeps every text pairing at WCAG AA for any colour", () => {
    fc.assert(
      fc.property(hexColor, (color) => {
        const p = brandPalette(color);
        expect(contrastRatio(p.accent, p.onAccent)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        expect(contrastRatio(p.accentStrong, p.onAccent)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        expect(contrastRatio(p.accent, "#ffffff")).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        expect(contrastRatio(p.accent, PAPER)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        expect(contrastRatio(p.accent, p.accentSoft)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }),
    );
  });

  it("keeps every colour the branding form accepts", () => {
    fc.assert(
      fc.property(hexColor.filter((c) => ZBranding.shape.color.safeParse(c).success), (color) => {
        expect(brandPalette(color)).toMatchObject({ accent: color, fromBrand: true });
      }),
    );
  });

  it("gives the CSS variables Tailwind's accent utilities read", () => {
    expect(brandPaletteStyle("#5b2a86")).toMatchObject({ "--color-accent": "#5b2a86", "--color-on-accent": "#ffffff" });
    expect(brandPaletteStyle(undefined)).toMatchObject({ "--color-accent": DEFAULT_PALETTE.accent });
  });
});
