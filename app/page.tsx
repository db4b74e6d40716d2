import Link from "next/link";

const LEVERS = [
  {
    name: "Executive coaching",
    fits: "Behavioral constraints",
    text: "The leader's own operating system: composure under pressure, decisions, conflict, delegation, presence, how they communicate strategy.",
  },
  {
    name: "Fractional leadership",
    fits: "Execution constraints",
    text: "The organization's machinery: decision rights, meeting cadence, KPIs, accountability, incentives, processes, tooling, the seams between functions.",
  },
  {
    name: "Scaffolded Ascent",
    fits: "Dual constraints",
    text: "A fractional leader rebuilds the system while a separate coach develops the permanent executive, with a handoff agreed from day one.",
  },
];

export default function HomePage() {
  return (
    <div className="space-y-14">
      <section className="space-y-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">For CEOs, boards and the consultants who advise them</p>
        <h1 className="max-w-3xl text-3xl font-semibold leading-tight tracking-tight sm:text-4xl">
          Coach the executive, fix the system, or both? Find the lever that fits the constraint.
        </h1>
        <p className="max-w-2xl text-lg text-muted">
          When a leader struggles, the usual choice is between a coach and a fractional executive. Most of the time
          that choice is made before anyone has looked at what is actually holding the leader back. This diagnostic
          asks about each constraint in turn, classifies it as behavioral, execution or dual, recommends the
          engagement that fits, warns about the traps that make engagements fail, and puts a price on acting against
          waiting.
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <Link
            href="/diagnostic/new"
            className="inline-flex min-h-12 items-center rounded-md bg-accent px-6 text-base font-semibold text-white shadow-sm hover:bg-accent-strong"
          >
            Start the diagnostic
          </Link>
          <span className="text-sm text-muted">10–15 minutes · no account needed</span>
        </div>
      </section>

      <section aria-labelledby="levers" className="space-y-4">
        <h2 id="levers" className="text-xl font-semibold">
          Three levers, one question: which constraint are you facing?
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {LEVERS.map((lever) => (
            <li key={lever.name} className="rounded-lg border border-line bg-white p-5">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">{lever.fits}</p>
              <h3 className="mt-1 text-lg font-semibold">{lever.name}</h3>
              <p className="mt-2 text-sm text-muted">{lever.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
