import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { addImportedDiagnostic, addImportedLeader, createClient, deleteClient, finishImportedClient, type ImportedDiagnostic } from "@/lib/data/workspace-store";
import { assembleDiagnosticInput, getQuestionnaire, constraintProbeQuestions, releaseSectionsFor, validateAnswer, ZReportAudience } from "@/lib/diagnostic";
import { MAX_IMPORT_DIAGNOSTICS } from "@/lib/contract/requests";
import { logger } from "@/lib/operations/logger";
import { createSecretToken } from "@/lib/secret-token";
import { ZClientExportOutline, ZExportedDiagnostic, type TClientExport } from "@/lib/workspace/client-export";

/** Checking a file stops to let other requests in after this many milliseconds of work. */
const CHECK_SLICE_MS = 5;

/**
 * How an import steps aside: a timer, not setImmediate. A request needs several turns of the event
 * loop (parse, route, query, answer); after setImmediate the import would take its next slice at
 * every one of those turns, while during a millisecond's sleep the request's steps run back to back.
 */
const stepAside = () => sleep(1);

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

const notAnExport = (path: PropertyKey[], issue: z.core.$ZodIssue | undefined) =>
  new AppError("INVALID_INPUT", `This is not a valid client export: ${[...path, ...(issue?.path ?? [])].map(String).join(".") || "file"}: ${issue?.message ?? "invalid"}.`);

/** Turns one checked exported diagnostic into the rows the data layer stores. */
/**
 * The releases of an imported diagnostic, pinned to a revision it has (else its latest). A file from
 * before audiences had one release: it becomes both, the leader's with the leader's rules applied.
 */
function importedReleases(d: z.infer<typeof ZExportedDiagnostic>): ImportedDiagnostic["releases"] {
  const latest = Math.max(0, ...d.results.map((r) => r.revision));
  if (d.status !== "finished" || latest === 0) return [];
  const listed =
    d.releases.length > 0 || !d.release
      ? d.releases
      : ZReportAudience.options.map((audience) => ({ audience, releasedAt: d.release?.releasedAt ?? "", sections: d.release?.sections ?? [], resultRevision: latest }));
  return listed.map((r) => ({
    audience: r.audience,
    sections: JSON.stringify(releaseSectionsFor(r.audience, r.sections)),
    resultRevision: d.results.some((result) => result.revision === r.resultRevision) ? r.resultRevision : latest,
    releasedAt: new Date(r.releasedAt),
  }));
}

function toImportedDiagnostic(leaderName: string, d: z.infer<typeof ZExportedDiagnostic>): ImportedDiagnostic {
  checkedDiagnostic(leaderName, d);
  const questionnaire = getQuestionnaire(d.questionnaireVersion);
  return {
    questionnaireVersion: d.questionnaireVersion,
    status: d.status,
    recommendation: d.recommendation,
    createdAt: new Date(d.createdAt),
    finishedAt: d.finishedAt ? new Date(d.finishedAt) : null,
    answers: d.answers.map((answer) => {
      const checked = validateAnswer(d.questionnaireVersion, answer);
      if (!checked.ok) throw new AppError("INVALID_INPUT", `Leader “${leaderName}”: ${checked.error}`);
      return { questionId: answer.questionId, constraintId: answer.constraintId ?? "", value: JSON.stringify(checked.value) };
    }),
    results: d.results.map((r) => ({ ...r, createdAt: new Date(r.createdAt), snapshot: JSON.stringify(r.snapshot) })),
    releases: importedReleases(d),
    notes: d.notes.filter((n) => questionnaire?.constraintSlots.includes(n.constraintId)),
    respondents: d.respondents.map((r) => ({
      perspective: r.perspective,
      name: r.name,
      invitedAt: new Date(r.invitedAt),
      submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
      tokenHash: createSecretToken().hash,
      answers: r.answers.map((answer) => {
        const checked = validateAnswer(d.questionnaireVersion, answer);
        if (!questionnaire || !constraintProbeQuestions(questionnaire).some((p) => p.id === answer.questionId) || !checked.ok) {
          throw new AppError("INVALID_INPUT", `Leader “${leaderName}”: respondent ${r.name} has an answer that is not a valid constraint probe.`);
        }
        return { questionId: answer.questionId, constraintId: answer.constraintId, value: JSON.stringify(checked.value) };
      }),
    })),
  };
}

/**
 * Imports an exported client into the signed-in consultant's workspace as a new client. Every
 * answer is checked against its questionnaire version and every result against the result schema;
 * one bad item refuses the whole file and nothing is stored. The file is checked and written in
 * slices with a turn of the event loop between them, so the server keeps answering other requests
 * while a large client is imported.
 */
export async function importClient(consultant: ConsultantSession, raw: unknown): Promise<{ id: string }> {
  return importIntoWorkspace(consultant.workspace.id, raw);
}

/** importClient once the consultant is known: the file goes into this workspace. */
export async function importIntoWorkspace(workspaceId: string, raw: unknown): Promise<{ id: string }> {
  const workspace = { id: workspaceId };
  const outline = ZClientExportOutline.safeParse(raw);
  if (!outline.success) throw notAnExport([], outline.error.issues[0]);
  const data = outline.data;
  const count = data.leaders.reduce((n, leader) => n + leader.diagnostics.length, 0);
  if (count > MAX_IMPORT_DIAGNOSTICS) {
    throw new AppError("INVALID_INPUT", `This file holds ${count} diagnostics; an import takes at most ${MAX_IMPORT_DIAGNOSTICS}. Import the client in parts.`);
  }

  let slice = performance.now();
  const leaders: { name: string; title: string | null; handoffChecks: { criterion: string; checkedAt: Date }[]; diagnostics: ImportedDiagnostic[] }[] = [];
  for (const [l, leader] of data.leaders.entries()) {
    const diagnostics: ImportedDiagnostic[] = [];
    for (const [i, raw] of leader.diagnostics.entries()) {
      if (performance.now() - slice > CHECK_SLICE_MS) {
        await stepAside();
        slice = performance.now();
      }
      const parsed = ZExportedDiagnostic.safeParse(raw);
      if (!parsed.success) throw notAnExport(["leaders", l, "diagnostics", i], parsed.error.issues[0]);
      diagnostics.push(toImportedDiagnostic(leader.name, parsed.data));
    }
    leaders.push({
      name: leader.name,
      title: leader.title,
      // Duplicates would break the one-confirmation-per-criterion rule; the first one counts.
      handoffChecks: [...new Map(leader.handoffChecks.map((c) => [c.criterion, { criterion: c.criterion, checkedAt: new Date(c.checkedAt) }] as const).reverse()).values()],
      diagnostics,
    });
  }

  const name = `${data.client.name} (imported)`;
  const client = await createClient({ workspaceId: workspace.id, name: `${data.client.name} (importing…)` });
  // Writes go one statement at a time with a turn of the event loop between them (see
  // addImportedDiagnostic): other requests wait behind at most one statement.
  const pause = stepAside;
  try {
    for (const leader of leaders) {
      await pause();
      const { id: leaderId } = await addImportedLeader({ workspaceId: workspace.id, clientId: client.id, name: leader.name, title: leader.title, handoffChecks: leader.handoffChecks }, pause);
      for (const diagnostic of leader.diagnostics) {
        await pause();
        await addImportedDiagnostic({ workspaceId: workspace.id, leaderId, diagnostic }, pause);
      }
    }
    await finishImportedClient({ id: client.id, workspaceId: workspace.id, name });
  } catch (error) {
    await deleteClient({ id: client.id, workspaceId: workspace.id }).catch((cleanup: unknown) => logger().error({ err: cleanup, clientId: client.id }, "Could not remove a partly imported client"));
    throw error;
  }
  return client;
}
