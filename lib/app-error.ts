/** An expected failure with a message fit to show a user; boundaries map `code` to an HTTP status. */
export type AppErrorCode = "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHORIZED" | "FORBIDDEN" | "UNSUPPORTED_MEDIA_TYPE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The request field the error is about (dot path), when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  UNSUPPORTED_MEDIA_TYPE: 415,
};
