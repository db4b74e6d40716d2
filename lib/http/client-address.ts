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

/**
 * Sets the client address on an incoming request's headers (Node's `req.headers`), replacing any
 * value the client sent under the same name. With `trustedHeader` (CLIENT_IP_HEADER: a header the
 * reverse proxy in front of the app sets), its last entry is used: a proxy that appends to a list
 * such as X-Forwarded-For writes the address it saw last, while entries before it came from the
 * client. Without it, or when the proxy sent none, the connection's own address is used.
 */
export function stampClientAddress(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  trustedHeader?: string,
): string {
  delete headers[CLIENT_ADDRESS_HEADER];
  const forwarded = trustedHeader ? headers[trustedHeader.toLowerCase()] : undefined;
  const fromProxy = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  const address = fromProxy ?? socketAddress ?? "unknown";
  headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}
