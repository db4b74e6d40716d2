/**
 * Unicode bidirectional controls: embeddings and overrides (U+202A-U+202E), isolates
 * (U+2066-U+2069) and the invisible direction marks (U+200E, U+200F, U+061C). Typed into a title
 * they can make the rest of a line read backwards on the page, the PDF or a CSV, so the text a
 * person types is stored without them. No imports: the questionnaire page runs this too.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
