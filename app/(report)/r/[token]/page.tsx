import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { BoardReportView } from "@/components/report/board-report-view";
import { PasscodeForm } from "@/components/report/passcode-form";
import { AppError } from "@/lib/app-error";
import { GRANT_COOKIE } from "@/lib/sharing/grant-cookie";
import { openSharedReport } from "@/lib/sharing/open-shared-report";

export const metadata: Metadata = { title: "Board report", robots: { index: false, follow: false } };

export default async function SharedReportPage({ params }: PageProps<"/r/[token]">) {
  const { token } = await params;
  const access = await open(token, (await cookies()).get(GRANT_COOKIE)?.value);
  if (access.status === "passcode_required") return <PasscodeForm token={token} label={access.label} />;
  return <BoardReportView report={access.report} pdfHref={`/r/${token}/pdf`} />;
}

async function open(token: string, grant: string | undefined) {
  try {
    return await openSharedReport({ token, grant, kind: "page" });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
