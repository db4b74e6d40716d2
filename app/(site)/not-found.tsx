import { NotFoundMessage } from "@/components/not-found-message";

/** A missing diagnostic, intake or leader: inside the site's layout, which has the header and footer. */
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
