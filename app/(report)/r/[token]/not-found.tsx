export default function ReportNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-semibold">This report is not available</h1>
      <p className="text-muted">The link may be mistyped, expired or withdrawn. Ask the person who shared it for a new one.</p>
    </div>
  );
}
