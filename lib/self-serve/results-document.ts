import "server-only";
import { AppError } from "@/lib/app-error";
import { serveKeptPage } from "@/lib/http/kept-pages";
import { openResult } from "@/lib/self-serve/open-result";

/**
 * The owner's results page, kept rendered per result (lib/http/kept-pages.ts). The resume link is
 * checked and the latest result read on every request; the page shows that result and its input
 * and nothing else per visit (the board links and the sign-in state load in the browser), so a new
 * revision or re-priced costs make another page. An unfinished diagnostic (sent back to its
 * questions) and an unknown link are rendered per request, as before.
 */

/** The page's root element carries this attribute: a kept page is known to be the results page. */
const RESULTS_MARKER = /<div\b[^>]*\sdata-results-page="true"/;

export async function serveResultsDocument(input: { token: string; cookie: string | null; https: boolean }): Promise<Response> {
  const path = `/d/${input.token}/results`;
  const opened = await openResult(input.token).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  const content = opened ? { answers: opened.input, result: opened.result, revision: opened.revision, scoredAt: opened.scoredAt } : null;
  return serveKeptPage({ path, content, cookie: input.cookie, https: input.https, marker: RESULTS_MARKER });
}
