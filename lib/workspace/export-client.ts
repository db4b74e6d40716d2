import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { readClientTree } from "@/lib/data/workspace-store";
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
        release: null,
        releases: d.releases.map((r) => ({ audience: r.audience, releasedAt: r.releasedAt.toISOString(), sections: JSON.parse(r.sections) as unknown, resultRevision: r.resultRevision })),
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
