/**
 * Marks the app's own request for a page it keeps rendered (lib/http/kept-pages.ts): the proxy then
 * lets it through to the page instead of sending it back to the route that serves the kept copy, and
 * the server's request gate lets it pass. Kept apart so the proxy imports nothing of the data layer.
 */
export const RENDER_HEADER = "x-render-to-keep";
