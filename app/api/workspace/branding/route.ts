import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { BRAND_LOGO_MAX_BYTES, updateWorkspaceBranding, ZBrandingRequest } from "@/lib/workspace/release-report";

/** A base64 logo is a third larger than its bytes; the rest of the body is small. */
const MAX_BRANDING_BODY = Math.ceil((BRAND_LOGO_MAX_BYTES * 4) / 3) + 4096;

export async function PUT(request: Request): Promise<Response> {
  return handleJson(async () => {
    const body = await readJsonBody(request, ZBrandingRequest, MAX_BRANDING_BODY);
    return jsonResponse({ branding: await updateWorkspaceBranding(request.headers, body) });
  });
}
