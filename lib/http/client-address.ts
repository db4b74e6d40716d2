/**
 * The address of the client behind a request, as the app's own server saw it. `npm start` serves the
 * app through scripts/start.ts, which sets this header on every request from the socket's address (or,
 * when CLIENT_IP_HEADER names a header set by a trusted reverse proxy, from that header), after
 * removing whatever the client sent under the same name. Rate limits key on it, never on
 * X-Forwarded-For, which any client can write.
 */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/** The client's address, or "unknown" when the request did not pass through the app's server. */
export function clientAddressOf(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
