export default function RespondentLinkNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-semibold">This link does not work</h1>
      <p className="text-muted">It may be mistyped or withdrawn. Ask the consultant who sent it for a new one.</p>
    </div>
  );
}
