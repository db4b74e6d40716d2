import { stripBidiControls } from "@/lib/diagnostic/free-text";
import type { TQuestion } from "@/lib/diagnostic/schemas";

export type TValidateAnswerResult = { ok: true; value: unknown } | { ok: false; error: string };

export const quotePrompt = (question: TQuestion) => `“${question.prompt}”`;

/**
 * Checks one value against its question. Free of imports beyond types and the dependency-free
 * free-text cleaner, so the questionnaire page validates inline with exactly the rules the server
 * applies. Typed text comes back without bidi controls (lib/diagnostic/free-text.ts).
 */
export function validateAnswerValue(question: TQuestion, value: unknown): TValidateAnswerResult {
  const fail = (error: string): TValidateAnswerResult => ({ ok: false, error });
  switch (question.kind) {
    case "single_choice": {
      const allowed = question.options.map((o) => o.value);
      if (typeof value === "string" && allowed.includes(value)) return { ok: true, value };
      return fail(`${JSON.stringify(value)} is not an option for ${quotePrompt(question)}. Choose one of: ${allowed.join(", ")}.`);
    }
    case "scale_probe": {
      if (value === 0 || value === 1 || value === 2 || value === 3 || value === "dont_know") return { ok: true, value };
      return fail(`The answer to ${quotePrompt(question)} must be 0, 1, 2, 3 or "dont_know"; got ${JSON.stringify(value)}.`);
    }
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value)) return fail(`The answer to ${quotePrompt(question)} must be a number.`);
      if (question.integer && !Number.isInteger(value)) return fail(`The answer to ${quotePrompt(question)} must be a whole number.`);
      if (value < question.min || value > question.max) {
        return fail(`The answer to ${quotePrompt(question)} must be between ${question.min} and ${question.max}; got ${value}.`);
      }
      return { ok: true, value };
    }
    case "text": {
      if (typeof value !== "string") return fail(`The answer to ${quotePrompt(question)} must be text.`);
      const text = stripBidiControls(value).trim();
      if (text.length > question.maxLength) {
        return fail(`The answer to ${quotePrompt(question)} is ${text.length} characters long; the limit is ${question.maxLength}.`);
      }
      return { ok: true, value: text };
    }
    case "constraint_picker": {
      if (typeof value !== "object" || value === null || !("kind" in value)) {
        return fail(`A constraint must be {"kind":"catalog","catalogId":...} or {"kind":"custom","title":...}.`);
      }
      const v = value as Record<string, unknown>;
      const description = typeof v["description"] === "string" ? stripBidiControls(v["description"]) : v["description"];
      if (description !== undefined && (typeof description !== "string" || description.length > question.descriptionMaxLength)) {
        return fail(`A constraint description must be text of at most ${question.descriptionMaxLength} characters.`);
      }
      const desc = typeof description === "string" && description.trim() ? { description: description.trim() } : {};
      if (v["kind"] === "catalog") {
        const id = v["catalogId"];
        if (typeof id === "string" && question.options.some((o) => o.value === id)) return { ok: true, value: { kind: "catalog", catalogId: id, ...desc } };
        return fail(`${JSON.stringify(id)} is not a constraint in the catalog. Pick one from the list or write a custom constraint.`);
      }
      if (v["kind"] === "custom") {
        const title = typeof v["title"] === "string" ? stripBidiControls(v["title"]).trim() : "";
        if (!title) return fail("A custom constraint needs a short title.");
        if (title.length > question.titleMaxLength) {
          return fail(`The constraint title is ${title.length} characters long; the limit is ${question.titleMaxLength}.`);
        }
        if (!question.areaOptions) return { ok: true, value: { kind: "custom", title, ...desc } };
        const area = v["area"];
        if (typeof area !== "string" || !question.areaOptions.some((o) => o.value === area)) {
          return fail(`Choose the area this constraint sits in: ${question.areaOptions.map((o) => o.value).join(", ")}.`);
        }
        return { ok: true, value: { kind: "custom", title, ...desc, area } };
      }
      return fail(`A constraint's kind must be "catalog" or "custom".`);
    }
  }
}

