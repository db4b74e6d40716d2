import "server-only";
import { BRAND_LOGO_MAX_BYTES, type ZBrandingRequest } from "@/lib/contract/requests";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { saveBranding } from "@/lib/data/workspace-store";
import { ZBranding, type TBranding } from "@/lib/diagnostic";

/** Checks that a data: URL really holds a PNG or JPEG of acceptable size, by its bytes. */
function checkLogo(logo: string | null): string | null {
  if (logo === null || logo === "") return null;
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+=*)$/.exec(logo);
  if (!match) throw new AppError("INVALID_INPUT", "The logo must be a PNG or JPEG image.");
  const bytes = Buffer.from(match[2] ?? "", "base64");
  if (bytes.length > BRAND_LOGO_MAX_BYTES) throw new AppError("INVALID_INPUT", `The logo can be at most ${BRAND_LOGO_MAX_BYTES / 1024} KB.`);
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if ((match[1] === "png" && !png) || (match[1] === "jpeg" && !jpeg)) throw new AppError("INVALID_INPUT", "The logo file is not a valid PNG or JPEG image.");
  return logo;
}

export async function updateWorkspaceBranding(consultant: ConsultantSession, request: z.output<typeof ZBrandingRequest>): Promise<TBranding | null> {
  const { workspace } = consultant;
  if ("clear" in request) {
    await saveBranding({ workspaceId: workspace.id, brandName: null, brandColor: null, brandLogo: null });
    return null;
  }
  const parsed = ZBranding.safeParse({ name: request.name, color: request.color, logo: checkLogo(request.logo) });
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "The branding is not valid.");
  await saveBranding({ workspaceId: workspace.id, brandName: parsed.data.name, brandColor: parsed.data.color, brandLogo: parsed.data.logo });
  return parsed.data;
}
