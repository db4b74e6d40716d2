import { CLASS_META } from "@/components/results/class-meta";
import { ClassSymbol } from "@/components/results/class-symbol";
import type { TPerspectiveComparison } from "@/lib/diagnostic";

/**
 * Each perspective's view of each constraint side by side, then the perception gaps the engine
 * found. Only what comparePerspectives returns is shown: small groups arrive already pooled or withheld.
 */
export function PerspectivesView({ comparison, headingLevel = 3 }: { comparison: TPerspectiveComparison; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const label = (id: string) => comparison.groups.find((g) => g.id === id)?.label ?? id;
  const respondents = (id: string) => comparison.groups.find((g) => g.id === id)?.respondents ?? 0;
  const role = (id: string) => (id === "verdict" ? null : comparison.groups.find((g) => g.id === id)?.counted ? "counted" : "compared");
  return (
    <div className="space-y-5">
      <p className="text-sm text-muted">
        Scores are deficits from 0 to 100, averaged within each group. The verdict combines the views marked “counted”; a perception gap is
        a view that classes a constraint differently from the verdict, or scores it {comparison.gapPoints} or more points away. Board members
        and peers are shown as a group only from {comparison.minGroupRespondents} answers, or with their consent; smaller groups are pooled,
        or withheld.
      </p>
      {comparison.withheld.map((w) => (
        <p key={w.label} className="rounded-md border border-line bg-paper p-3 text-sm">
          {w.label}: {w.respondents} answer{w.respondents === 1 ? "" : "s"} withheld until at least {comparison.minGroupRespondents} can be shown
          together.
        </p>
      ))}
      {comparison.constraints.map((c) => (
        <div key={c.constraintId} className="space-y-3 break-inside-avoid rounded-lg border border-line bg-white p-4">
          <Heading className="font-semibold [overflow-wrap:anywhere]">{c.title}</Heading>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Views of ${c.title}`}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Views of {c.title}, by perspective</caption>
              <thead>
                <tr className="border-b border-line text-muted">
                  <th scope="col" className="py-2 pr-3 font-semibold">Perspective</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Behavioral</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Execution</th>
                  <th scope="col" className="py-2 font-semibold">Class</th>
                </tr>
              </thead>
              <tbody>
                {c.views.map((v) => (
                  <tr key={v.groupId} className={`border-b border-line last:border-0 ${v.groupId === "verdict" ? "bg-paper font-semibold" : ""}`}>
                    <th scope="row" className={`py-2 pr-3 ${v.groupId === "verdict" ? "font-semibold" : "font-medium"}`}>
                      {label(v.groupId)}
                      {respondents(v.groupId) > 1 ? <span className="text-muted"> ({respondents(v.groupId)})</span> : null}
                      {role(v.groupId) ? <span className="block text-xs font-normal text-muted">{role(v.groupId)}</span> : null}
                    </th>
                    <td className="py-2 pr-3 tabular-nums">{v.behavioralScore}</td>
                    <td className="py-2 pr-3 tabular-nums">{v.executionScore}</td>
                    <td className="py-2">
                      <span className={`inline-flex items-center gap-1.5 font-semibold ${CLASS_META[v.class].textClass}`}>
                        <ClassSymbol cls={v.class} />
                        {CLASS_META[v.class].label}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {c.gaps.length > 0 ? (
            <div>
              <p className="text-sm font-semibold text-danger">Perception gaps</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {c.gaps.map((g) => (
                  <li key={`${g.groupId}-${g.kind}`}>{g.sentence}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="text-sm text-muted">No perception gap on this constraint.</p>
          )}
        </div>
      ))}
    </div>
  );
}
