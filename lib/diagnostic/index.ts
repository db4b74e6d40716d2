export * from "@/lib/diagnostic/schemas";
export * from "@/lib/diagnostic/result-schemas";
export * from "@/lib/diagnostic/scoring-rules";
export { CONSTRAINT_CATALOG, findCatalogConstraint } from "@/lib/diagnostic/constraint-catalog";
export type { TCatalogConstraint } from "@/lib/diagnostic/constraint-catalog";
export {
  questionnaires,
  CURRENT_QUESTIONNAIRE_VERSION,
  ENGINE_VERSION,
  getQuestionnaire,
  requireQuestionnaire,
  findQuestion,
  probeQuestions,
  constraintProbeQuestions,
  economicsLimits,
  PREVIOUS_QUESTIONNAIRE_VERSION,
  UnknownQuestionnaireVersionError,
} from "@/lib/diagnostic/questionnaires";
export { classifyConstraint, axisScore, constraintTitle } from "@/lib/diagnostic/classify-constraint";
export { recommendIntervention, fractionalRoleFor, RECOMMENDATION_LABELS } from "@/lib/diagnostic/recommend-intervention";
export type { TRecommendInterventionOptions } from "@/lib/diagnostic/recommend-intervention";
export { assessLeverFit } from "@/lib/diagnostic/assess-lever-fit";
export type { TLeverFit, TLeverMismatch } from "@/lib/diagnostic/assess-lever-fit";
export { detectFailureModes } from "@/lib/diagnostic/detect-failure-modes";
export type { TDetectFailureModesOptions } from "@/lib/diagnostic/detect-failure-modes";
export * from "@/lib/diagnostic/build-blueprint";
export { estimateCosts, ECONOMICS_QUESTION_IDS } from "@/lib/diagnostic/estimate-costs";
export type { TEstimateCostsOptions } from "@/lib/diagnostic/estimate-costs";
export { runDiagnostic, parseDiagnosticInput, DiagnosticInputError, engineVersionOf } from "@/lib/diagnostic/run-diagnostic";
export { ENGINE_V2_VERSION } from "@/lib/diagnostic/v2/run-diagnostic";
export { QUESTIONNAIRE_V2_VERSION } from "@/lib/diagnostic/v2/questionnaire";
export { AREA_LABELS } from "@/lib/diagnostic/v2/constraint-catalog";
export { validateAnswer, assembleDiagnosticInput, questionnaireProgress, ZAnswerRow } from "@/lib/diagnostic/answers";
export type { TAnswerRow, TValidateAnswerResult, TQuestionnaireProgress, TAssembleResult, TMissingAnswer } from "@/lib/diagnostic/answers";
export { methodology, methodologySections } from "@/lib/diagnostic/methodology";
export type { TMethodologySection } from "@/lib/diagnostic/methodology";
export {
  buildBoardReport,
  redactFreeText,
  ZBoardReport,
  ZBranding,
  ZReportSection,
  REPORT_SECTION_LABELS,
  DEFAULT_REPORT_SECTIONS,
  BRAND_NAME_MAX_LENGTH,
  MIN_BRAND_CONTRAST,
  contrastWithWhite,
} from "@/lib/diagnostic/build-board-report";
export type { TBoardReport, TBranding, TReportSection } from "@/lib/diagnostic/build-board-report";
export {
  DEFAULT_RELEASE_SECTIONS,
  isReplacementPlanned,
  LEADER_OPT_INS,
  RELEASE_SECTION_OPTIONS,
  releaseSectionsFor,
  ZReportAudience,
} from "@/lib/diagnostic/release-audience";
export type { TReleasedResult, TReportAudience } from "@/lib/diagnostic/release-audience";
export * from "@/lib/diagnostic/compare-perspectives";
export * from "@/lib/diagnostic/perspective-verdict";
export * from "@/lib/diagnostic/compare-assessments";
export { carryOverAnswers } from "@/lib/diagnostic/carry-over-answers";
export * from "@/lib/diagnostic/answer-visibility";
export { assessHandoff, MEASURED_HANDOFF_CRITERION, trackProgress, ZLeaderProgress, type THandoffReadiness } from "@/lib/diagnostic/track-progress";
export type { TLeaderProgress } from "@/lib/diagnostic/track-progress";
export { buildPortfolio, summarizeByRecommendation, constraintSeverity, describeCounts, CONSTRAINT_CLASS_ORDER } from "@/lib/diagnostic/build-portfolio";
export type { TPortfolio, TPortfolioLeader, TPortfolioConstraint, TPortfolioLeaderInput, TPortfolioCount, TDeficitLevel, TDiagnosticsSummaryKey } from "@/lib/diagnostic/build-portfolio";
export { CONSTRAINT_CLASS_LABELS, DEFICIT_LEVEL_LABELS } from "@/lib/diagnostic/class-labels";
