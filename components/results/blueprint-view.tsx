import type { TBlueprint, TKpi } from "@/lib/diagnostic";
import { Disclosure } from "@/components/results/disclosure";
import { formatDay } from "@/lib/format-date";

type TBlueprintViewProps = {
  blueprint: TBlueprint;
  /** v2 results: the plan's outline stays in view; roles, phases, handoff and indicators sit behind a disclosure. */
  compact?: boolean;
};
type TEngagement = Extract<TBlueprint, { kind: "engagement" }>;
type TMonitor = Extract<TBlueprint, { kind: "monitor" }>;

const card = "rounded-lg border border-line bg-white p-5";

function KpiList({ kpis }: { kpis: readonly TKpi[] }) {
  if (kpis.length === 0) return <p className="mt-2 text-sm text-muted">No indicators were set for this plan.</p>;
  return (
    <ul className="mt-2 space-y-2">
      {kpis.map((kpi) => (
        <li key={kpi.name} className="text-sm">
          <span className="font-semibold">{kpi.name}</span>
          <span className="text-ink/90"> — {kpi.why}</span>
        </li>
      ))}
    </ul>
  );
}

/** v2: what the plan builds on and who backs it, when the engine names them. */
function Foundations({ blueprint }: { blueprint: TEngagement }) {
  const buildsOn = blueprint.buildsOn ?? [];
  const coalition = blueprint.coalition ?? [];
  if (buildsOn.length === 0 && coalition.length === 0) return null;
  return (
    <div className="mt-3 grid gap-3 sm:grid-cols-2">
      {buildsOn.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold">Builds on</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink/90">
            {buildsOn.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {coalition.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold">Who backs the change</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink/90">
            {coalition.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function EngagementBlueprint({ blueprint, compact }: { blueprint: TEngagement; compact: boolean }) {
  const header = (
    <div className={card}>
      <h3 className="text-lg font-semibold">{blueprint.name}</h3>
      <p className="mt-1 text-sm text-muted">
        Planned duration: <span className="font-semibold text-ink">{blueprint.durationMonths} months</span>
      </p>
      {compact ? <p className="mt-2 text-ink/90">{blueprint.handoff.summary}</p> : null}
      <Foundations blueprint={blueprint} />
    </div>
  );
  const details = <EngagementDetails blueprint={blueprint} />;
  if (!compact) {
    return (
      <div className="space-y-4">
        {header}
        {details}
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {header}
      <Disclosure summary={`Roles, ${blueprint.phases.length} phases, handoff criteria and indicators`}>{details}</Disclosure>
    </div>
  );
}

function EngagementDetails({ blueprint }: { blueprint: TEngagement }) {
  return (
    <div className="space-y-4">
      <div className={card}>
        <h3 className="text-lg font-semibold">Roles and mandates</h3>
        <ul className="mt-3 grid gap-4 md:grid-cols-2">
          {blueprint.roles.map((role) => (
            <li key={role.role} className="rounded-md border border-line p-4">
              <h4 className="font-semibold">{role.title}</h4>
              <p className="mt-1 text-sm text-ink/90">{role.mandate}</p>
              {role.decisionRights.length > 0 ? (
                <>
                  <p className="mt-3 text-xs font-semibold uppercase tracking-wide text-muted">Decision rights</p>
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink/90">
                    {role.decisionRights.map((right) => (
                      <li key={right}>{right}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </div>

      <div className={card}>
        <h3 className="text-lg font-semibold">Phases</h3>
        <ol className="mt-3 space-y-0">
          {blueprint.phases.map((phase, i) => (
            <li key={phase.id} className="relative border-l-2 border-accent pb-5 pl-6 last:pb-0">
              <span aria-hidden="true" className="absolute -left-[9px] top-0.5 h-4 w-4 rounded-full border-2 border-accent bg-white" />
              <p className="text-xs font-semibold uppercase tracking-wide text-accent">
                Phase {i + 1} · Weeks {phase.startWeek}–{phase.endWeek}
              </p>
              <h4 className="mt-0.5 font-semibold">{phase.name}</h4>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink/90">
                {phase.goals.map((goal) => (
                  <li key={goal}>{goal}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>

      <div className={card}>
        <h3 className="text-lg font-semibold">Handoff</h3>
        <p className="mt-1 text-ink/90">{blueprint.handoff.summary}</p>
        <h4 className="mt-3 text-sm font-semibold">Exit criteria</h4>
        <ul className="mt-1 space-y-1.5 text-sm text-ink/90">
          {blueprint.handoff.exitCriteria.map((criterion) => (
            <li key={criterion} className="flex gap-2">
              <span aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 rounded border-2 border-muted" />
              <span>{criterion}</span>
            </li>
          ))}
        </ul>
      </div>

      <div className={card}>
        <h3 className="text-lg font-semibold">Indicators to track</h3>
        <KpiList kpis={blueprint.kpis} />
      </div>
    </div>
  );
}

function MonitorBlueprint({ blueprint }: { blueprint: TMonitor }) {
  return (
    <div className={`${card} space-y-4`}>
      <div>
        <h3 className="text-lg font-semibold">{blueprint.name}</h3>
        <p className="mt-1 text-ink/90">
          Review again in <span className="font-semibold">{blueprint.reviewAfterWeeks} weeks</span>
          {blueprint.reviewDate ? <> (on {formatDay(blueprint.reviewDate)})</> : null}.
        </p>
      </div>
      <div>
        <h4 className="text-sm font-semibold">Watch for</h4>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink/90">
          {blueprint.watch.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
      <div>
        <h4 className="text-sm font-semibold">Indicators to track</h4>
        <KpiList kpis={blueprint.kpis} />
      </div>
    </div>
  );
}

/** The plan the engine built: an engagement, a monitoring plan, or the steps to gather more evidence. */
export function BlueprintView({ blueprint, compact = false }: TBlueprintViewProps) {
  switch (blueprint.kind) {
    case "engagement":
      return <EngagementBlueprint blueprint={blueprint} compact={compact} />;
    case "monitor":
      return <MonitorBlueprint blueprint={blueprint} />;
    case "gather_evidence":
      return (
        <div className={card}>
          <h3 className="text-lg font-semibold">{blueprint.name}</h3>
          <ol className="mt-2 list-decimal space-y-1.5 pl-5 text-ink/90">
            {blueprint.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
      );
  }
}
