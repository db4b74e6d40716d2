import { AppError } from "@/lib/app-error";
import { handleJson, jsonResponse } from "@/lib/http/json-route";
import { importClient } from "@/lib/workspace/transfer-client";

/** Exports are larger than answers, so this route has its own limit. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => {
    const text = await request.text();
    if (text.length > MAX_IMPORT_BYTES) throw new AppError("INVALID_INPUT", "The file is larger than 5 MB.");
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError("INVALID_INPUT", "The file is not valid JSON.");
    }
    return jsonResponse(await importClient(request.headers, json), 201);
  });
}
