import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { persistenceConfig } from "@/lib/persistence/persistence-config";

const MIN_LENGTH = 32;
let cached: string | undefined;

/**
 * The key that seals session cookies. `SESSION_SECRET` (≥ 32 characters) when set; it must be
 * the same on every instance behind a load balancer, so PostgreSQL deployments must set it.
 * The embedded SQLite default keeps a random one in `$DATA_DIR/session-secret` (mode 0600).
 */
export function sessionSecret(env: Record<string, string | undefined> = process.env): string {
  if (cached) return cached;
  const fromEnv = env.SESSION_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_LENGTH) throw new Error(`SESSION_SECRET must be at least ${MIN_LENGTH} characters`);
    return (cached = fromEnv);
  }
  const config = persistenceConfig(env);
  if (config.kind === "postgres") throw new Error("SESSION_SECRET must be set when DATABASE_URL is set (every instance must share it)");
  const file = join(config.dataDir, "session-secret");
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= MIN_LENGTH) return (cached = existing);
  } catch {
    // No file yet: create it below.
  }
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return (cached = secret);
}
