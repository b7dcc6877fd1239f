import { z } from "zod";

const flag = z.enum(["0", "1", "true", "false"]).optional();

/**
 * Whether consultations need a signed-in advisor. `AUTH_REQUIRED=1` turns it on, `=0` off;
 * unset, it is on when `DATABASE_URL` is set (a shared deployment) and off for the embedded
 * single-user SQLite default, which then says so on screen.
 */
export function authRequired(env: Record<string, string | undefined> = process.env): boolean {
  const v = flag.parse(env.AUTH_REQUIRED?.trim() || undefined);
  if (v === undefined) return Boolean(env.DATABASE_URL?.trim());
  return v === "1" || v === "true";
}
