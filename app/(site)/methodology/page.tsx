import type { Metadata } from "next";
import { CURRENT_QUESTIONNAIRE_VERSION, engineVersionOf, methodologySections } from "@/lib/diagnostic";

export const metadata: Metadata = {
  title: "Methodology",
  description: "How the diagnostic turns answers into scores, classes, a recommendation, warnings, an engagement plan and costs.",
};

export default function MethodologyPage() {
  const sections = methodologySections(CURRENT_QUESTIONNAIRE_VERSION);
  return (
    <article className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Methodology</p>
        <h1 className="text-3xl font-semibold tracking-tight">How the diagnostic reaches its answer</h1>
        <p className="text-muted">
          Written for board members and advisers who want to check the reasoning before they rely on it. Every
          threshold below is read from the scoring code of questionnaire {CURRENT_QUESTIONNAIRE_VERSION} (engine{" "}
          {engineVersionOf(CURRENT_QUESTIONNAIRE_VERSION)}), so this page always describes the rules actually applied to new
          diagnostics. Results answered under an earlier questionnaire keep its rules; the appendix of their report describes them.
        </p>
        <nav aria-label="On this page" className="rounded-lg border border-line bg-white p-4 text-sm">
          <ol className="list-decimal space-y-1 pl-5">
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className="text-accent underline underline-offset-2">
                  {section.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`} className="scroll-mt-6 space-y-3">
          <h2 id={`${section.id}-title`} className="text-xl font-semibold">
            {section.title}
          </h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph} className="leading-relaxed text-ink/90">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
