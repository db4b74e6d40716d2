import { NotFoundMessage } from "@/components/not-found-message";

/** A report or respondent link that leads nowhere: inside the report's own bare layout. */
export default function ReportNotFound() {
  return <NotFoundMessage />;
}
