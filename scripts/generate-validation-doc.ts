/**
 * Writes docs/validation.md from tests/fixtures/validation-cases-v2.ts.
 * Run: npx tsx scripts/generate-validation-doc.ts
 */
import { writeFileSync } from "node:fs";
import { VALIDATION_CASES_V2, type TExpected } from "@/tests/fixtures/validation-cases-v2";

const esc = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");
const advice = (e: TExpected) => {
  const parts: string[] = [];
  for (const a of e.inPlace?.includes ?? []) parts.push(`${a.action} ${a.subject}`);
  for (const g of e.inPlace?.anyOf ?? []) parts.push(g.map((a) => `${a.action} ${a.subject}`).join(" or "));
  for (const a of e.inPlace?.excludes ?? []) parts.push(`never ${a.action} ${a.subject}`);
  return parts.join("; ") || "(not checked)";
};
const flags = (e: TExpected) => {
  const parts: string[] = [];
  for (const p of e.flags?.present ?? []) parts.push(`${p.id}${p.severity ? ` (${p.severity})` : p.minSeverity ? ` (>= ${p.minSeverity})` : ""}`);
  for (const a of e.flags?.absent ?? []) parts.push(`no ${a}`);
  if (e.flags?.maxSeverity) parts.push(e.flags.maxSeverity === "none" ? "no flag at all" : `nothing above ${e.flags.maxSeverity}`);
  return parts.join("; ") || "(not checked)";
};
const checks = (e: TExpected) => {
  const k = e.checks ?? {};
  const parts: string[] = [];
  if (k.deadlineFits !== undefined) parts.push(k.deadlineFits === null ? "no deadline fit" : `deadline fits: ${k.deadlineFits}`);
  if (k.fundFirstMentions === null) parts.push("no fund-first advice");
  else if (k.fundFirstMentions) parts.push(`fund first: “${k.fundFirstMentions}”`);
  if (k.checkAnswers) parts.push(`checkAnswers ${k.checkAnswers.replace("_", "-")}`);
  if (k.checkAnswersMention) parts.push(`a check mentions “${k.checkAnswersMention}”`);
  if (k.noCoaching) parts.push("no coaching for the departing leader");
  if (k.illustrative !== undefined) parts.push(`costs illustrative: ${k.illustrative}`);
  if (k.alreadyLostZero) parts.push("already lost = 0");
  if (k.failedTenureZero) parts.push("no failed-tenure cost");
  if (k.misapplicationTaxApplies !== undefined) parts.push(`misapplication tax applies: ${k.misapplicationTaxApplies}`);
  if (k.costsApplicable !== undefined) parts.push(`costs applicable: ${k.costsApplicable}`);
  if (k.planMonths !== undefined) parts.push(`plan ${k.planMonths} months`);
  if (k.severities) parts.push(`severity ${Object.entries(k.severities).map(([s, v]) => `${s} ${v}`).join(", ")}`);
  if (k.addNotMentioning) parts.push(`nothing added that names “${k.addNotMentioning}”`);
  if (k.minFailureLikely !== undefined) parts.push(`failure odds (likely) >= ${k.minFailureLikely}`);
  for (const s of k.whyMentions ?? []) parts.push(`why mentions “${s}”`);
  for (const s of k.primaryMentions ?? []) parts.push(`plan names “${s}”`);
  if (e.roleCode) parts.push(`operator role ${e.roleCode}`);
  if (e.includesCoaching !== undefined) parts.push(`includes coaching: ${e.includesCoaching}`);
  if (e.includesFractional !== undefined) parts.push(`includes an operator: ${e.includesFractional}`);
  return parts.join("; ") || "-";
};

const lines: string[] = [
  "# Engine v2: practitioner validation cases",
  "",
  "Generated from `tests/fixtures/validation-cases-v2.ts` by `npx tsx scripts/generate-validation-doc.ts`; asserted on the real engine by `tests/unit/diagnostic/validation-v2.test.ts`. Properties that must hold for every answer pattern are in `tests/unit/diagnostic/properties-v2.test.ts`.",
  "",
  "Answer scale: 0 = not at all, 1 = somewhat, 2 = clearly, 3 = severely. Attribution (“would a capable person in the seat face it too”): 0 = no, they would have it in hand … 3 = anyone in the seat would. Profile answers are given as deficits (0 healthy … 3 severe), reverse-keyed items already converted.",
  "",
  `${VALIDATION_CASES_V2.length} cases.`,
  "",
  "## Summary",
  "",
  "| # | Case | Expected classes | Recommendation (primary lever) | Secondary | What is in place | Flags | Other checks |",
  "|---|------|------------------|--------------------------------|-----------|------------------|-------|--------------|",
  ...VALIDATION_CASES_V2.map((c, i) => {
    const e = c.expected;
    const classes = Object.entries(e.classes).map(([s, v]) => `${s} ${v}`).join(", ");
    const secondary = e.secondaryLever === undefined ? "-" : (e.secondaryLever ?? "none");
    return `| ${i + 1} | [${esc(c.title)}](#${c.id}) | ${classes} | ${e.kind} (${e.primaryLever}) | ${secondary} | ${esc(advice(e))} | ${esc(flags(e))} | ${esc(checks(e))} |`;
  }),
  "",
  "## Cases",
  "",
];
VALIDATION_CASES_V2.forEach((c, i) => {
  const e = c.expected;
  lines.push(
    `<a id="${c.id}"></a>`,
    `### ${i + 1}. ${c.title}`,
    "",
    `- **Id**: \`${c.id}\``,
    `- **Situation**: ${c.situation}`,
    `- **Key answers**: ${c.keyAnswers}`,
    `- **Context**: ${c.input.context.respondentRole} answering about ${c.input.context.leaderTitle ?? "the leader"} (${c.input.context.leaderFunction}); retention ${c.input.context.retentionIntent}; role stretch ${c.input.context.roleStretch ?? "-"}; budget ${c.input.context.budget ?? "-"}${c.input.context.deadlineMonths ? `; deadline ${c.input.context.deadlineMonths} months` : ""}; in place: ${c.input.intervention.current}${c.input.intervention.status ? ` (${c.input.intervention.status})` : ""}, permanent owner ${c.input.intervention.permanentOwner}, end date ${c.input.intervention.endDateSet}.`,
    `- **Expected classes**: ${Object.entries(e.classes).map(([s, v]) => `${s} ${v}`).join(", ")}`,
    `- **Recommendation**: ${e.kind}, primary lever ${e.primaryLever}${e.secondaryLever !== undefined ? `, secondary ${e.secondaryLever ?? "none"}` : ""}`,
    `- **Keep / stop / add / rescope**: ${advice(e)}`,
    `- **Flags**: ${flags(e)}`,
    `- **Other checks**: ${checks(e)}`,
    `- **Why**: ${c.why}`,
    "",
  );
});
writeFileSync(new URL("../docs/validation.md", import.meta.url), lines.join("\n"));
console.log(`docs/validation.md: ${VALIDATION_CASES_V2.length} cases`);
