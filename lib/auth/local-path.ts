/**
 * Where to go after signing in or up (`next`), only when it is a path of this site: it starts with
 * one "/" and holds no backslash, whitespace or control character, so "//evil.example",
 * "/\evil.example" and "https://…" are never followed. Anything else goes to the workspace.
 */
const MAX_NEXT_LENGTH = 512;

export function localPathOr(value: unknown, fallback = "/workspace"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_NEXT_LENGTH) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://local.invalid");
    return url.origin === "http://local.invalid" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

/** A sign-in or sign-up address that comes back to `next` (when it is a local path other than the default). */
export function withNext(page: "/sign-in" | "/sign-up", next: string | undefined, extra = ""): string {
  const query = new URLSearchParams(extra);
  const local = localPathOr(next, "");
  if (local) query.set("next", local);
  const text = query.toString();
  return text ? `${page}?${text}` : page;
}
