/**
 * The results page and the board report rendered to HTML on the server, checked on the text a
 * reader sees: a v2 result opens with its decision and shows costs as ranges; a v1 result renders
 * as before. (Plain .ts with createElement: the unit suite only collects *.test.ts.)
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BoardReportView } from "@/components/report/board-report-view";
import { spreadMarkers } from "@/lib/spread-markers";
import { ResultsView } from "@/components/results/results-view";
import { assembleDiagnosticInput, buildBoardReport, runDiagnostic, type TDiagnosticResult } from "@/lib/diagnostic";
import { QUESTIONNAIRE_V1_VERSION } from "@/lib/diagnostic/questionnaire-v1";
import { cooExitScenario } from "@/tests/fixtures/scenarios";
import { v2BoardReport, v2Input, v2Result } from "@/tests/fixtures/v2-result";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&nbsp;": " " };

/** Visible text: tags dropped, entities decoded, whitespace collapsed. */
function text(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, " ")
    .trim();
}

/** The page as seen from 640 px wide: the compact phone figures ("$274K") dropped. */
const wide = (html: string) => html.replace(/<span class="sm:hidden">[^<]*<\/span>/g, "");

/** The text inside every <details> element, so a test can tell what is tucked away. */
function insideDetails(html: string): string {
  return [...html.matchAll(/<details[\s\S]*?<\/details>/g)].map((m) => text(m[0])).join(" ");
}

function renderResults(result: TDiagnosticResult, input = v2Input): string {
  return renderToStaticMarkup(createElement(ResultsView, { input, result, editableCosts: false, headlineLevel: 1 }));
}

function v1Result() {
  const assembled = assembleDiagnosticInput(QUESTIONNAIRE_V1_VERSION, cooExitScenario.rows);
  if (!assembled.ok) throw new Error(assembled.errors.join("\n"));
  return { input: assembled.input, result: runDiagnostic(assembled.input) };
}

describe("results page, v2 result", () => {
  const html = renderResults(v2Result);
  const page = text(wide(html));
  const decision = v2Result.decision;
  if (!decision) throw new Error("fixture has no decision");

  it("opens with the decision as the page title, before the constraints", () => {
    expect(html).toMatch(new RegExp(`<h1[^>]*>${decision.primary.title}</h1>`));
    expect(page.indexOf(decision.primary.title)).toBeLessThan(page.indexOf("Constraints"));
    expect(page).toContain(`Decision · ${v2Result.recommendation.label}`);
    expect(page).toContain(`Second step ${decision.secondary?.title}`);
    expect(page).toContain(`If you can fund one lever now: ${decision.fundFirst}`);
  });

  it("lists keep, stop, add and re-scope in the engine's order, then the first 30 days", () => {
    const order = ["Keep : Executive coaching", "Re-scope : Coaching goals", "Add : Fractional COO for six months", "Stop : Weekly status reports"];
    const at = order.map((item) => page.indexOf(item));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const first30 = page.indexOf("First 30 days");
    for (const step of decision.firstThirtyDays) expect(page.indexOf(step)).toBeGreaterThan(first30);
  });

  it("shows a deadline that does not fit, and the answers to check, as warnings", () => {
    expect(page).toContain(`Does not fit the deadline. ${decision.deadlineFit?.sentence}`);
    expect(page).toContain("Check these answers before acting");
    expect(page).toContain(decision.checkAnswers[0]);
  });

  it("explains why, what would change the decision and what the confidence means, after the decision", () => {
    const why = page.indexOf("Why");
    expect(why).toBeGreaterThan(page.indexOf("First 30 days"));
    for (const reason of v2Result.recommendation.why) expect(page).toContain(reason);
    expect(page).toContain(`What would change this ${decision.whatWouldChange[0]}`);
    expect(page).toContain(`Confidence: Medium. ${decision.confidence.sentence}`);
    expect(page).toContain(`Rule applied: ${decision.rule}`);
    // The v1 recommendation box is not repeated.
    expect(page).not.toContain("Recommendation ·");
  });

  it("shows compact constraint cards: class, borderline with what settles it, key answers, open side, checks", () => {
    expect(page).toContain("Behavioral (team adoption)");
    expect(page).toContain("Borderline");
    expect(page).toContain("One answer from another class. What would settle it:");
    expect(page).toContain("Whether the COO delegates the close");
    for (const answer of v2Result.constraints[0]?.v2?.keyAnswers ?? []) expect(page).toContain(answer);
    expect(page).toContain("The behavioral side is still open: too few answers on it to rule a behavioral deficit out.");
    expect(page).toContain("Team adoption gap 74 /100");
    expect(page).toContain("Answers point to the system around the leader");
  });

  it("tucks evidence sentences, triggers, blueprint phases and assumptions into disclosures", () => {
    const hidden = insideDetails(html);
    const evidence = v2Result.constraints[0]?.evidence.execution[0]?.sentence ?? "";
    expect(hidden).toContain(evidence);
    expect(page.split(evidence).length - 1).toBe(1);
    expect(hidden).toContain("Coaching is in place for a constraint classed as execution.");
    expect(hidden).toContain("Install and develop");
    expect(hidden).toContain("Leader's annual compensation");
    // The plan's outline stays in view.
    expect(page).toContain("Builds on The weekly operations stand-up the team already values");
    expect(page).toContain("Who backs the change CFO Head of Sales Operations");
  });

  it("shows action against inaction as ranges, labelled illustrative, with no money headline", () => {
    expect(page).toContain("Acting against waiting, over 12 months");
    expect(page).toContain("Illustrative (defaults)");
    expect(page).toContain("Cost of action $274,000 $332,000 $390,000");
    expect(page).toContain("Cost of inaction (expected) $290,000 $464,000 $638,000");
    expect(page).toContain("Risk that remains with the plan $58,000 $116,000 $174,000");
    expect(page).toContain("What is in place and kept $60,000 $60,000 $60,000");
    expect(page).toContain("Chance of failure if nothing changes 25% 40% 55%");
    // No big figure: the headline boxes appear only with figures of the person's own.
    expect(page).not.toContain("Cost of action, likely");
    expect(html).not.toMatch(/text-2xl[^"]*"[^>]*>\$/);
    // Nothing lost so far: no "Already lost" figure.
    expect(page).not.toContain("Already lost");
  });

  it("leads with the likely figures once the person has given their own", () => {
    const costs = v2Result.costs;
    if (!costs.v2) throw new Error("fixture has no v2 costs");
    const own = { ...v2Result, costs: { ...costs, alreadyLost: 45_000, v2: { ...costs.v2, illustrative: false, userFigures: 2 } } };
    const ownPage = text(wide(renderResults(own)));
    expect(ownPage).toContain("Cost of action, likely $332,000 Range $274,000 – $390,000");
    expect(ownPage).toContain("Cost of inaction, likely $464,000");
    expect(ownPage).not.toContain("Illustrative (defaults)");
    expect(ownPage).toContain("Already lost: $45,000");
  });

  it("shows compact figures on a phone, so the table needs no sideways scrolling", () => {
    expect(text(html)).toContain("Cost of action $274K $274,000 $332K $332,000 $390K $390,000");
  });

  it("writes every constraint's scores next to its marker in the chart legend", () => {
    expect(page).toContain("Month-end close takes three weeks (Execution) · execution 68, behavioral 26");
  });
});

describe("results page, v1 result", () => {
  const { input, result } = v1Result();
  const html = renderResults(result, input);
  const page = text(html);

  it("renders as before: the recommendation box, full evidence, headline cost figures", () => {
    expect(result.decision).toBeUndefined();
    expect(page).toContain(`Recommendation · ${result.recommendation.label}`);
    expect(page).toContain(result.recommendation.headline);
    expect(page).not.toContain("Decision ·");
    expect(page).not.toContain("First 30 days");
    expect(page).toContain("Behavioral evidence");
    expect(page).toContain("Already lost");
    expect(page).not.toContain("Illustrative (defaults)");
    expect(insideDetails(html)).not.toContain("Behavioral evidence");
  });
});

describe("board report", () => {
  it("opens a v2 report with the decision and shows cost ranges with the illustrative label", () => {
    const page = text(wide(renderToStaticMarkup(createElement(BoardReportView, { report: v2BoardReport(), pdfHref: "/r/x/pdf" }))));
    const decision = v2Result.decision;
    expect(page.indexOf(decision?.primary.title ?? "?")).toBeGreaterThan(-1);
    expect(page.indexOf(decision?.primary.title ?? "?")).toBeLessThan(page.indexOf("Top risks"));
    expect(page).toContain("Keep : Executive coaching");
    expect(page).toContain("Does not fit the deadline.");
    expect(page).toContain("Check these answers before acting");
    expect(page.indexOf("Illustrative (defaults)")).toBeLessThan(page.indexOf("Constraint by constraint"));
    expect(page).toContain("Borderline");
  });

  it("keeps a v1 report as it was", () => {
    const { input, result } = v1Result();
    const report = buildBoardReport({ input, result, includeFreeText: true, preparedBy: "Dana Reyes, Chair", preparedAt: new Date("2026-11-29T10:00:00Z"), leaderLabel: "Sam Patel, COO" });
    const page = text(renderToStaticMarkup(createElement(BoardReportView, { report })));
    expect(page).toContain(`Recommendation · ${result.recommendation.label}`);
    expect(page).not.toContain("Decision ·");
    expect(page).toContain("Already lost");
  });
});

describe("spreadMarkers", () => {
  const gap = 11;
  const distances = (points: { x: number; y: number }[]) =>
    points.flatMap((a, i) => points.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));

  it("keeps markers with equal or close scores at least a gap apart, inside the chart", () => {
    const cases = [
      [{ x: 50, y: 50 }, { x: 50, y: 50 }],
      [{ x: 40, y: 40 }, { x: 40, y: 40 }, { x: 40, y: 40 }, { x: 42, y: 41 }, { x: 39, y: 40 }],
      [{ x: 100, y: 100 }, { x: 100, y: 100 }, { x: 98, y: 100 }],
      [{ x: 0, y: 0 }, { x: 0, y: 0 }],
    ];
    for (const points of cases) {
      const drawn = spreadMarkers(points, gap);
      expect(Math.min(...distances(drawn))).toBeGreaterThanOrEqual(gap - 0.01);
      for (const p of drawn) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(100);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(100);
      }
      expect(spreadMarkers(points, gap)).toEqual(drawn);
    }
  });

  it("leaves markers that are already apart where they are, and puts two equal ones side by side", () => {
    const apart = [{ x: 10, y: 80 }, { x: 70, y: 20 }];
    expect(spreadMarkers(apart, gap)).toEqual(apart);
    const [a, b] = spreadMarkers([{ x: 50, y: 50 }, { x: 50, y: 50 }], gap);
    expect(a?.y).toBeCloseTo(50, 1);
    expect(b?.y).toBeCloseTo(50, 1);
    expect((b?.x ?? 0) - (a?.x ?? 0)).toBeGreaterThanOrEqual(gap - 0.01);
  });
});
