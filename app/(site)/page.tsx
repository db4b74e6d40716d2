import { StartDiagnosticForm } from "@/components/start-diagnostic-form";
import { CURRENT_QUESTIONNAIRE_VERSION, requireQuestionnaire } from "@/lib/diagnostic";
import { maxAnswers, SECONDS_PER_ANSWER } from "@/lib/diagnostic/answer-budget";

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

const STEPS = [
  {
    title: "Describe the situation",
    text: "Who is answering, the role, any deadline and what the company can fund; eight questions on how the leader leads, asked once. Then one to five constraints.",
  },
  {
    title: "Weigh the evidence",
    text: "For each constraint, eight quick answers about the system behind it, how it is led and whether the team adopts what is built. “Don't know” is always an answer.",
  },
  {
    title: "Read the verdict",
    text: "The lever that fits, in proportion: what to keep, stop or add, the first 30 days, the traps to avoid, a handoff plan, and the cost of acting against waiting.",
  },
];

const questionnaire = requireQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION);
const threeConstraintAnswers = maxAnswers(questionnaire, 3);
const threeConstraintMinutes = Math.ceil((threeConstraintAnswers * SECONDS_PER_ANSWER) / 60);

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
        <StartDiagnosticForm className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="inline-flex min-h-12 items-center rounded-md bg-accent px-6 text-base font-semibold text-white shadow-sm hover:bg-accent-strong"
          >
            Start the diagnostic
          </button>
          <span className="text-sm text-muted">
            Three constraints take at most {threeConstraintAnswers} answers, about {threeConstraintMinutes} minutes · no account needed
          </span>
        </StartDiagnosticForm>
      </section>

      <section aria-labelledby="how" className="grid gap-4 sm:grid-cols-3">
        <h2 id="how" className="sr-only">
          How it works
        </h2>
        {STEPS.map((step, index) => (
          <div key={step.title} className="rounded-lg border border-line bg-white p-5">
            <p className="text-sm font-semibold text-accent">Step {index + 1}</p>
            <h3 className="mt-1 font-semibold">{step.title}</h3>
            <p className="mt-2 text-sm text-muted">{step.text}</p>
          </div>
        ))}
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

      <section aria-labelledby="privacy" className="rounded-lg border border-line bg-white p-5">
        <h2 id="privacy" className="text-xl font-semibold">
          What we store, and who can see it
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-muted">
          <li>Your answers and results, saved as you go so nothing is lost if you close the page. No name or email is asked.</li>
          <li>
            When you start, you get a private link. Only people holding it can open your diagnostic: we keep a fingerprint of the
            link, not the link itself.
          </li>
          <li>From that link you can delete the diagnostic at any time; it is then removed from our database, not hidden.</li>
        </ul>
      </section>
    </div>
  );
}
