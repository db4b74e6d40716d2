import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { importClient, readImportFile } from "@/lib/workspace/transfer-client";

export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => jsonResponse(await importClient(request.headers, await readImportFile(request)), 201));
}
