import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, stampClientAddress } from "@/lib/http/client-address";

describe("stampClientAddress (run by npm start's server on every request)", () => {
  it("replaces a client-sent address and ignores X-Forwarded-For by default", () => {
    const headers: Record<string, string | string[] | undefined> = { [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.10" };
    expect(stampClientAddress(headers, "::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1");
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("::ffff:127.0.0.1");
  });

  it("takes the trusted proxy's header, its last entry when it is a list", () => {
    const headers: Record<string, string | string[] | undefined> = { "x-forwarded-for": "6.6.6.6, 198.51.100.4" };
    expect(stampClientAddress(headers, "10.0.0.2", "X-Forwarded-For")).toBe("198.51.100.4");
    expect(stampClientAddress({ "x-real-ip": "198.51.100.5" }, "10.0.0.2", "x-real-ip")).toBe("198.51.100.5");
  });

  it("falls back to the connection when the trusted header is missing", () => {
    expect(stampClientAddress({ [CLIENT_ADDRESS_HEADER]: "forged" }, "10.0.0.2", "x-real-ip")).toBe("10.0.0.2");
  });

  it("reads back what the server set, or 'unknown' for a request that bypassed it", () => {
    expect(clientAddressOf(new Headers({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientAddressOf(new Headers())).toBe("unknown");
  });
});
