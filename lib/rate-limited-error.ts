import { AppError } from "@/lib/app-error";

/** A request refused by a rate limit: boundaries answer 429 with `Retry-After`. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}

/** "in 40 seconds", "in 3 minutes": when a refused person may try again. */
export function retryWording(seconds: number): string {
  if (seconds < 90) return `in ${seconds} second${seconds === 1 ? "" : "s"}`;
  return `in ${Math.ceil(seconds / 60)} minutes`;
}
