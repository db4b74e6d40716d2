import type { Metadata } from "next";
import { cookies } from "next/headers";
import { openPage } from "@/app/_boundary/open-page";
import { BoardReportView } from "@/components/report/board-report-view";
import { PasscodeForm } from "@/components/report/passcode-form";
import { PAGES } from "@/lib/contract/pages";
import { GRANT_COOKIE, isWrongPasscodeReturn } from "@/lib/sharing/grant-cookie";
import { openSharedReport } from "@/lib/sharing/open-shared-report";

export const metadata: Metadata = { title: "Board report", robots: { index: false, follow: false } };

export default async function SharedReportPage({ params, searchParams }: PageProps<"/r/[token]">) {
  const grant = (await cookies()).get(GRANT_COOKIE)?.value;
  const { token, access } = await openPage(PAGES.boardReport, params, async ({ params: { token } }) => ({
    token,
    access: await openSharedReport({ token, grant, kind: "page" }),
  }));
  if (access.status === "passcode_required") {
    const { label, branding, attemptsLeft, lockedUntil } = access;
    const wrong = isWrongPasscodeReturn(await searchParams);
    return <PasscodeForm token={token} label={label} branding={branding} attemptsLeft={attemptsLeft} lockedUntil={lockedUntil} wrong={wrong} />;
  }
  return <BoardReportView report={access.report} pdfHref={`/r/${token}/pdf`} />;
}
