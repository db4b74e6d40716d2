import Link from "next/link";
import { formatDay } from "@/lib/format-date";

type TEngagementHeaderProps = {
  engagement: {
    leader: { id: string; name: string; title: string | null };
    client: { name: string };
    number: number;
    total: number;
    assessedAt: Date;
    previous: { number: number; assessedAt: Date } | null;
  };
  /** The intake page has no results yet: its navigation leads back to the workspace and progress only. */
  finished: boolean;
  /** The leader's name is the page's h1 unless the page has its own (the questionnaire's steps do). */
  asTitle?: boolean;
};

const SECTIONS = [
  { href: "#results", label: "Results" },
  { href: "#perspectives", label: "Perspectives" },
  { href: "#release", label: "Release and share" },
] as const;

/**
 * Every page of an engagement names whom it is about: the leader, the client, which assessment and
 * when, with the way to its parts and to the leader's progress.
 */
export function EngagementHeader({ engagement, finished, asTitle = false }: TEngagementHeaderProps) {
  const { leader, client, number, total, assessedAt, previous } = engagement;
  const Name = asTitle ? "h1" : "p";
  return (
    <header className="space-y-3 border-b border-line pb-4">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href="/workspace" className="text-accent underline">
              Workspace
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li className="break-words">{client.name}</li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/workspace/leaders/${leader.id}`} className="text-accent underline break-words">
              {leader.name}
            </Link>
          </li>
        </ol>
      </nav>
      <div>
        <Name className="text-2xl font-semibold break-words" data-testid="engagement-leader">
          {leader.name}
          {leader.title ? <span className="font-normal text-muted">, {leader.title}</span> : null}
        </Name>
        <p className="text-muted" data-testid="engagement-assessment">
          {client.name} · Assessment {number}
          {total > 1 ? ` of ${total}` : ""} · {finished ? "assessed" : "started"} {formatDay(assessedAt)}
          {previous ? ` · previous: assessment ${previous.number}, ${formatDay(previous.assessedAt)}` : ""}
        </p>
      </div>
      <nav aria-label="This assessment" className="flex flex-wrap gap-2 text-sm">
        {finished
          ? SECTIONS.map((s) => (
              <a key={s.href} href={s.href} className="rounded-full border border-line bg-white px-3 py-1.5 font-medium hover:border-accent hover:text-accent">
                {s.label}
              </a>
            ))
          : null}
        <Link href={`/workspace/leaders/${leader.id}`} className="rounded-full border border-line bg-white px-3 py-1.5 font-medium hover:border-accent hover:text-accent">
          Progress across assessments
        </Link>
      </nav>
    </header>
  );
}
