import { ROUTES } from "@/lib/contract/routes";
import { serveRoute } from "@/lib/http/serve-route";
import { eraseDiagnostic } from "@/lib/self-serve/erase-diagnostic";
import { openDiagnostic } from "@/lib/self-serve/open-diagnostic";

export const GET = serveRoute(ROUTES.openDiagnostic, async ({ params }) => {
  const { diagnostic, answers } = await openDiagnostic(params.token);
  return {
    status: diagnostic.status,
    questionnaireVersion: diagnostic.questionnaireVersion,
    createdAt: diagnostic.createdAt,
    finishedAt: diagnostic.finishedAt,
    answers,
    ...(diagnostic.status === "finished" ? { resultsPath: `/d/${params.token}/results` } : {}),
  };
});

export const DELETE = serveRoute(ROUTES.eraseDiagnostic, async ({ params }) => {
  await eraseDiagnostic(params.token);
  return { deleted: true };
});
