import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { openPage } from "@/app/_boundary/open-page";
import { BoardReportView } from "@/components/report/board-report-view";
import { PAGES } from "@/lib/contract/pages";
import { REPORT_SECTION_LABELS, ZReportSection } from "@/lib/diagnostic";
import { previewIntakeRelease } from "@/lib/workspace/preview-intake-release";

export const metadata: Metadata = { title: "Preview a release", robots: { index: false, follow: false } };

const COPY = {
  leader: {
    title: "Preview: what the leader will read",
    where: "This is the report exactly as the leader's self-view link will show it.",
    confirm: "Release to the leader",
  },
  board: {
    title: "Preview: what the board will read",
    where: "This is the report exactly as board links will show it, with the free text; a link can also withhold the free text, and each names who prepared it.",
    confirm: "Release to the board",
  },
} as const;

/**
 * The confirmation step of a release: the consultant sees the report rendered by the same
 * component, from the same function, as the audience will, and releases it from here. The sections
 * come from the release panel's form (GET), or from the current release when opened directly.
 */
export default async function ReleasePreviewPage({ params, searchParams }: PageProps<"/workspace/diagnostics/[id]/releases/[audience]">) {
  const query = await searchParams;
  const sections = query.chosen ? ZReportSection.options.filter((s) => query[s] === "on") : null;
  const { id, audience, preview } = await openPage(PAGES.releasePreview, params, async ({ consultant, diagnostic, params: p }) => ({
    id: diagnostic.id,
    audience: p.audience,
    preview: await previewIntakeRelease(consultant, diagnostic, p.audience, sections),
  }));
  if (!preview) redirect(`/workspace/diagnostics/${id}`);
  const copy = COPY[audience];
  const chosen = preview.sections.filter((s) => s !== "costs" || audience === "board");
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <section aria-labelledby="preview-title" className="space-y-3 rounded-lg border-2 border-accent bg-accent-soft p-4 sm:p-5">
        <h1 id="preview-title" className="text-xl font-semibold">
          {copy.title}
        </h1>
        <p>{copy.where} Nothing has gone out yet.</p>
        <p className="text-sm">
          {chosen.length > 0 ? `After the one-page summary: ${chosen.map((s) => REPORT_SECTION_LABELS[s].toLowerCase()).join("; ")}.` : "The one-page summary only."}
        </p>
        {preview.current.releasedAt ? (
          <p className="text-sm">Releasing replaces the current release to {audience === "leader" ? "the leader" : "the board"}, and pins it to the latest result.</p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <form method="post" action={`/api/workspace/diagnostics/${id}/releases/${audience}`}>
            {preview.sections.map((s) => (
              <input key={s} type="hidden" name={s} value="on" />
            ))}
            <button type="submit" className="min-h-11 rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong">
              {copy.confirm}
            </button>
          </form>
          <Link href={`/workspace/diagnostics/${id}/results#release-${audience}`} className="inline-flex min-h-11 items-center text-accent underline">
            Change the sections
          </Link>
        </div>
      </section>
      <div aria-label="Preview of the report" role="region" className="rounded-lg border border-dashed border-line p-3 sm:p-5">
        <BoardReportView report={preview.report} />
      </div>
    </div>
  );
}
