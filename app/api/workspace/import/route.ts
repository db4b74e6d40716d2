import { z } from "zod";
import { handleJson, jsonResponse, readJsonBody } from "@/lib/http/json-route";
import { importClient } from "@/lib/workspace/transfer-client";

/** Exports are larger than answers, so this route has its own limit. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => {
    const json = await readJsonBody(request, z.unknown(), MAX_IMPORT_BYTES);
    return jsonResponse(await importClient(request.headers, json), 201);
  });
}
