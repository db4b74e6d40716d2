/**
 * Marks the app's own request for a board report page (lib/sharing/board-report-document.ts), which
 * the proxy then lets through to the page instead of sending it back to the document route. Kept
 * apart so the proxy imports nothing of the data layer.
 */
export const RENDER_HEADER = "x-report-render";
