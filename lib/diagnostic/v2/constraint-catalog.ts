import { CONSTRAINT_CATALOG } from "@/lib/diagnostic/constraint-catalog";
import type { TConstraintArea } from "@/lib/diagnostic/schemas";

/**
 * The constraint catalog of questionnaire v2: the v1 entries (ids kept, titles reworded so that
 * nothing assumes a founder) plus constraints specific enough for the plan to fit them. Each entry
 * has an area, which names the operator's role and the indicators, and two indicators of its own.
 */
export type TCatalogConstraintV2 = {
  id: string;
  title: string;
  description: string;
  area: TConstraintArea;
  indicators: readonly string[];
};

const V1_OVERRIDES: Record<string, { title?: string; description?: string; area: TConstraintArea; indicators: readonly string[] }> = {
  missed_targets: {
    area: "revenue",
    indicators: ["Attainment against plan, per quarter", "Forecast accuracy at mid-quarter"],
  },
  decisions_escalate_to_founder: {
    title: "Decisions keep going up to the CEO or founder",
    description: "Choices that belong to the leader end up on the CEO's or founder's desk.",
    area: "leadership_system",
    indicators: ["Share of the function's decisions closed without escalation to the CEO", "Days from issue raised to decision"],
  },
  meetings_without_outcomes: {
    area: "leadership_system",
    indicators: ["Share of operating meetings ending with written decisions and owners", "Action items closed by their due date"],
  },
  team_rejects_new_processes: {
    area: "leadership_system",
    indicators: ["Share of the work that runs through the new process", "Team pulse: clarity of ways of working"],
  },
  leader_cannot_let_go: {
    area: "leadership_system",
    indicators: ["Leader's hours per week in hands-on work", "Decisions made by the leader's direct reports"],
  },
  cross_functional_friction: {
    area: "leadership_system",
    indicators: ["Shared definitions agreed and used by both functions", "Escalations between the two functions per month"],
  },
  numbers_disputed: {
    area: "finance",
    indicators: ["One dashboard of record reviewed weekly", "Working days to produce the monthly numbers"],
  },
  delivery_slips: {
    area: "engineering_delivery",
    indicators: ["Lead time from commitment to delivery", "Share of releases or deliveries needing rework"],
  },
  incentives_reward_wrong_outcomes: {
    area: "revenue",
    indicators: ["Share of variable pay tied to the agreed outcome", "Margin and retention of the deals being rewarded"],
  },
  team_attrition: {
    area: "people",
    indicators: ["Regretted attrition in the leader's team", "Engagement pulse of the leader's team"],
  },
  leader_overwhelmed: {
    area: "leadership_system",
    indicators: ["Leader's self-rated sustainability of workload", "Share of the leader's week spent firefighting"],
  },
  strategy_not_landing: {
    area: "leadership_system",
    indicators: ["Share of the team who can state the top three priorities", "Projects stopped because they fall outside the priorities"],
  },
};

const V2_ADDITIONS: readonly TCatalogConstraintV2[] = [
  {
    id: "pipeline_forecast_misses",
    title: "The forecast and pipeline cannot be trusted",
    description: "Deals slip, the quarter's call swings late, and pipeline stages mean different things to different people.",
    area: "revenue",
    indicators: ["Forecast accuracy at week 6 of the quarter", "Pipeline coverage against the next quarter's target"],
  },
  {
    id: "attribution_disputes",
    title: "Marketing and Sales disagree on what marketing produces",
    description: "Leads, sourced pipeline and credit are counted differently by each team.",
    area: "revenue",
    indicators: ["One attribution model signed off by both teams", "Marketing-sourced pipeline under that model, per month"],
  },
  {
    id: "stockouts",
    title: "Stockouts or excess inventory keep recurring",
    description: "Products run out, or cash is tied up in stock nobody planned for.",
    area: "operations_supply",
    indicators: ["Stockout rate on top-selling items", "Days of inventory on hand against plan"],
  },
  {
    id: "on_call_incidents",
    title: "Production incidents and on-call fatigue",
    description: "Outages repeat, the same few people are always paged, and fixes do not stick.",
    area: "engineering_delivery",
    indicators: ["Incidents per month with customer impact", "Pages per on-call engineer per week"],
  },
  {
    id: "customer_churn",
    title: "Customers leave or shrink at renewal",
    description: "Churn or downgrades are above plan, and nobody owns the reasons.",
    area: "customer",
    indicators: ["Net revenue retention, per quarter", "Share of at-risk accounts with an owner and a plan"],
  },
  {
    id: "month_end_close_late",
    title: "The books close late and cash surprises us",
    description: "Month-end takes weeks, and the cash forecast misses.",
    area: "finance",
    indicators: ["Working days to close the books", "Cash forecast accuracy at 13 weeks"],
  },
];

export const CONSTRAINT_CATALOG_V2: readonly TCatalogConstraintV2[] = [
  ...CONSTRAINT_CATALOG.map((entry) => {
    const override = V1_OVERRIDES[entry.id];
    if (!override) throw new Error(`Catalog entry ${entry.id} has no v2 area.`);
    return {
      id: entry.id,
      title: override.title ?? entry.title,
      description: override.description ?? entry.description,
      area: override.area,
      indicators: override.indicators,
    };
  }),
  ...V2_ADDITIONS,
];

export function findCatalogConstraintV2(id: string): TCatalogConstraintV2 | undefined {
  return CONSTRAINT_CATALOG_V2.find((c) => c.id === id);
}

export const AREA_LABELS: Record<TConstraintArea, string> = {
  revenue: "Revenue: pipeline, forecast, attribution, sales process",
  marketing: "Marketing programmes and demand generation",
  customer: "Customers: onboarding, retention, renewals",
  engineering_delivery: "Engineering delivery: releases, quality, on-call",
  product: "Product: roadmap, discovery, launches",
  operations_supply: "Operations and supply chain: inventory, fulfilment",
  finance: "Finance: close, cash, reporting",
  people: "People: hiring, retention, performance",
  leadership_system: "How the leadership team runs: decisions, meetings, priorities",
};
