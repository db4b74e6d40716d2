import type { CSSProperties, ReactNode } from "react";
import { brandPaletteStyle } from "@/lib/brand-palette";
import type { TBranding } from "@/lib/diagnostic";

/**
 * The consultant firm's logo and name, as the board and respondents see it above a report, the
 * passcode form and the questions. The logo is a PNG or JPEG data: URL checked on upload (the
 * CSP's img-src allows data:); the name is plain text, escaped by React.
 */
export function BrandMark({ branding, className = "" }: { branding: TBranding; className?: string }) {
  // Carries its own palette, so the name is in the firm's colour (when readable) on any page.
  return (
    <div className={`flex items-center gap-3 ${className}`} style={brandPaletteStyle(branding.color) as CSSProperties}>
      {branding.logo ? (
        // A data: URL; next/image adds nothing for an inline image.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={branding.logo} alt={`${branding.name} logo`} className="h-10 w-auto max-w-40 object-contain" />
      ) : null}
      <p className="font-semibold text-accent [overflow-wrap:anywhere]">{branding.name}</p>
    </div>
  );
}

/**
 * Sets the accent colours of everything inside to the firm's colour when it is readable (see
 * brandPalette), so buttons, links, focus rings and accent text follow the brand.
 */
export function BrandScope({ branding, children, className }: { branding: TBranding | null | undefined; children: ReactNode; className?: string }) {
  return (
    <div className={className} style={brandPaletteStyle(branding?.color) as CSSProperties}>
      {children}
    </div>
  );
}
