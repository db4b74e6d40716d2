import "server-only";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { createClientTree, readClientTree } from "@/lib/data/workspace-store";
import { assembleDiagnosticInput, getQuestionnaire, constraintProbeQuestions, validateAnswer } from "@/lib/diagnostic";
import { createSecretToken } from "@/lib/secret-token";
import { ZClientExport, type TClientExport } from "@/lib/workspace/client-export";

/** Exports one client of the signed-in consultant's workspace, validated by the same schema import reads. */
export async function exportClient(consultant: ConsultantSession, clientId: string): Promise<TClientExport> {
  const { workspace } = consultant;
  const tree = await readClientTree({ id: clientId, workspaceId: workspace.id });
  return ZClientExport.parse({
    format: "executive-intervention-diagnostic/client",
    version: 1,
    exportedAt: new Date().toISOString(),
    client: { name: tree.name },
    leaders: tree.leaders.map((leader) => ({
      name: leader.name,
      title: leader.title,
      handoffChecks: leader.handoffChecks.map((c) => ({ criterion: c.criterion, checkedAt: c.checkedAt.toISOString() })),
      diagnostics: leader.diagnostics.map((d) => ({
        questionnaireVersion: d.questionnaireVersion,
        status: d.status,
        recommendation: d.recommendation,
        createdAt: d.createdAt.toISOString(),
        finishedAt: d.finishedAt?.toISOString() ?? null,
        answers: d.answers.map((a) => ({ questionId: a.questionId, constraintId: a.constraintId || null, value: JSON.parse(a.value) as unknown })),
        results: d.results.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), snapshot: JSON.parse(r.snapshot) as unknown })),
        notes: d.notes,
        release: d.releasedAt ? { releasedAt: d.releasedAt.toISOString(), sections: JSON.parse(d.releaseSections ?? "[]") as unknown } : null,
        respondents: d.respondents.map((r) => ({
          perspective: r.perspective,
          name: r.name,
          invitedAt: r.invitedAt.toISOString(),
          submittedAt: r.submittedAt?.toISOString() ?? null,
          answers: r.answers.map((a) => ({ ...a, value: JSON.parse(a.value) as unknown })),
        })),
      })),
    })),
  });
}

/** Refuses diagnostics the app could not open: unknown versions, finished ones without a result or with answers that do not add up. */
function checkedDiagnostic<T extends TClientExport["leaders"][number]["diagnostics"][number]>(leaderName: string, d: T): T {
  if (!getQuestionnaire(d.questionnaireVersion)) {
    throw new AppError("INVALID_INPUT", `Leader “${leaderName}”: questionnaire version "${d.questionnaireVersion}" is unknown to this app.`);
  }
  if (d.status === "finished") {
    if (d.results.length === 0) throw new AppError("INVALID_INPUT", `Leader “${leaderName}”: a finished diagnostic needs at least one result.`);
    if (!assembleDiagnosticInput(d.questionnaireVersion, d.answers).ok) {
      throw new AppError("INVALID_INPUT", `Leader “${leaderName}”: a finished diagnostic's answers are incomplete.`);
    }
  }
  return d;
}

/**
 * Imports an exported client into the signed-in consultant's workspace as a new client. Every
 * answer is checked against its questionnaire version and every result against the result schema;
 * one bad item refuses the whole file and nothing is stored.
 */
export async function importClient(consultant: ConsultantSession, raw: unknown): Promise<{ id: string }> {
  const { workspace } = consultant;
  const parsed = ZClientExport.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("INVALID_INPUT", `This is not a valid client export: ${issue?.path.join(".") || "file"}: ${issue?.message ?? "invalid"}.`);
  }
  const data = parsed.data;
  const leaders = data.leaders.map((leader) => ({
    name: leader.name,
    title: leader.title,
    // Duplicates would break the one-confirmation-per-criterion rule; the first one counts.
    handoffChecks: [...new Map(leader.handoffChecks.map((c) => [c.criterion, { criterion: c.criterion, checkedAt: new Date(c.checkedAt) }] as const).reverse()).values()],
    diagnostics: leader.diagnostics.map((d) => checkedDiagnostic(leader.name, d)).map((d) => ({
      questionnaireVersion: d.questionnaireVersion,
      status: d.status,
      recommendation: d.recommendation,
      createdAt: new Date(d.createdAt),
      finishedAt: d.finishedAt ? new Date(d.finishedAt) : null,
      answers: d.answers.map((answer) => {
        const checked = validateAnswer(d.questionnaireVersion, answer);
        if (!checked.ok) throw new AppError("INVALID_INPUT", `Leader “${leader.name}”: ${checked.error}`);
        return { questionId: answer.questionId, constraintId: answer.constraintId ?? "", value: JSON.stringify(checked.value) };
      }),
      results: d.results.map((r) => ({ ...r, createdAt: new Date(r.createdAt), snapshot: JSON.stringify(r.snapshot) })),
      releasedAt: d.release && d.status === "finished" ? new Date(d.release.releasedAt) : null,
      releaseSections: d.release && d.status === "finished" ? JSON.stringify(d.release.sections) : null,
      notes: d.notes.filter((n) => getQuestionnaire(d.questionnaireVersion)?.constraintSlots.includes(n.constraintId)),
      respondents: d.respondents.map((r) => ({
        perspective: r.perspective,
        name: r.name,
        invitedAt: new Date(r.invitedAt),
        submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
        tokenHash: createSecretToken().hash,
        answers: r.answers.map((answer) => {
          const q = getQuestionnaire(d.questionnaireVersion);
          const checked = validateAnswer(d.questionnaireVersion, answer);
          if (!q || !constraintProbeQuestions(q).some((p) => p.id === answer.questionId) || !checked.ok) {
            throw new AppError("INVALID_INPUT", `Leader “${leader.name}”: respondent ${r.name} has an answer that is not a valid constraint probe.`);
          }
          return { questionId: answer.questionId, constraintId: answer.constraintId, value: JSON.stringify(checked.value) };
        }),
      })),
    })),
  }));
  return createClientTree({ workspaceId: workspace.id, name: `${data.client.name} (imported)`, leaders });
}
