import { NotFoundMessage } from "@/components/not-found-message";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

/**
 * Addresses no route serves (and those proxy.ts cannot decode) render here, outside any route
 * group's layout, so this page brings the site's header and footer itself. A missing resource
 * inside a group uses that group's not-found page, within the group's own layout.
 */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="flex-1">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
