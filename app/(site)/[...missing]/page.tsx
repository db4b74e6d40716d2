import { notFound } from "next/navigation";

/**
 * Any address no route serves (including proxy.ts's rewrite of malformed ones) gets the not-found
 * page inside the site's header and footer, like a missing diagnostic does, rather than bare.
 */
export default function MissingPage(): never {
  notFound();
}
