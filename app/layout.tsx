import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { APP_NAME } from "@/lib/app-info";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: APP_NAME, template: `%s · ${APP_NAME}` },
  description:
    "A guided diagnostic that tells whether a struggling executive needs coaching, a fractional leader, or both, and what each choice costs.",
  // public/ holds raster copies of app/icon.svg (scripts/generate-icons.ts) for browsers and
  // devices that ask for /favicon.ico or want a PNG home-screen icon.
  icons: {
    icon: [{ url: "/favicon.ico", sizes: "16x16 32x32 48x48" }, { url: "/icon.svg", type: "image/svg+xml" }],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" }],
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f5f5b" };

/**
 * Pages that read the request (cookies, headers, a private token) render per request, their scripts
 * carrying the request's CSP nonce (proxy.ts); the public pages that do not are prerendered, and the
 * proxy allows their inline scripts by hash (lib/http/static-page-policy.ts).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
