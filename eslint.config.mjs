import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The dependency rules of ARCHITECTURE.md, checked by `npm run lint` (part of `npm test` and CI):
 * the diagnostic core is plain TypeScript; lib/ does not know it runs inside Next; pages, route
 * handlers and components reach data only through services.
 */
const NEXT = { group: ["next", "next/*"], message: "lib/ does not import Next: map errors to pages in app/_boundary, to HTTP in lib/http/serve-route.ts." };
const DATA = {
  group: ["@/lib/data/*", "@/lib/db/*", "@/lib/generated/*", "@prisma/*"],
  message: "Reach data through a service of lib/ (one verb per file), not a data module.",
};
const UI = { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "The diagnostic core renders nothing." };

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    files: ["lib/diagnostic/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NEXT,
            UI,
            { ...DATA, message: "The diagnostic core is pure: no database." },
            { group: ["server-only", "@/lib/*", "!@/lib/diagnostic", "!@/lib/diagnostic/*"], message: "The diagnostic core imports only itself (and zod)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/diagnostic/**", "lib/generated/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NEXT, UI] }] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATA] }] },
  },
];

export default config;
