/**
 * Reads a request body as JSON with two limits, so a client can hold neither memory nor a
 * connection: at most `maxBytes` BYTES (counted as they stream in; a `Content-Length` over
 * the limit is refused before reading anything, and reading stops at the limit), and the
 * whole body within `timeoutMs` of the first read (a slow sender gets 408).
 * Expected failures are values; the caller turns them into 413 / 408 / 400.
 */
export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: "too-large" | "timeout" | "invalid-json" };

export type BodyLimits = { maxBytes: number; timeoutMs: number };

/** `emptyAs`: the value of an absent or blank body (default: a blank body is invalid JSON). */
export type BodyOptions = { emptyAs?: unknown };

const TIMED_OUT = Symbol("timeout");
// Stateless between calls (decode without { stream: true }): one decoder for every request.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

export async function readJsonBody(request: Request, limits: BodyLimits, options: BodyOptions = {}): Promise<BodyResult> {
  const read = await readBodyText(request, limits);
  return read.ok ? parseJsonText(read.text, options) : read;
}

/** The text of a body as read by readBodyText: "" for an absent body. */
export type BodyTextResult = { ok: true; text: string } | { ok: false; reason: "too-large" | "timeout" | "invalid-json" };

/**
 * The body as UTF-8 text under the same two limits as readJsonBody, not parsed yet (a route
 * that keeps answers by the exact request bytes looks them up before parsing). Not UTF-8,
 * or the client aborted mid-body: `invalid-json`.
 */
export async function readBodyText(request: Request, { maxBytes, timeoutMs }: BodyLimits): Promise<BodyTextResult> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return { ok: false, reason: "too-large" };
  const stream = request.body;
  if (stream === null) return { ok: true, text: "" };

  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  const stop = (reason: "too-large" | "timeout"): BodyTextResult => {
    // Cancelling tells the server to stop reading the rest; errors from an already closed stream are irrelevant here.
    reader.cancel().catch(() => undefined);
    return { ok: false, reason };
  };
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === TIMED_OUT) return stop("timeout");
      if (next.done) break;
      total += next.value.byteLength;
      if (total > maxBytes) return stop("too-large");
      chunks.push(next.value);
    }
  } catch {
    // The client aborted mid-body: nothing usable arrived.
    return { ok: false, reason: "invalid-json" };
  } finally {
    clearTimeout(timer);
  }

  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    return { ok: false, reason: "invalid-json" };
  }
}

/** A body's text as JSON, as readJsonBody reads it (a blank text: `emptyAs`, or invalid JSON). */
export function parseJsonText(text: string, options: BodyOptions = {}): BodyResult {
  if (text.trim() === "") return "emptyAs" in options ? { ok: true, value: options.emptyAs } : { ok: false, reason: "invalid-json" };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: "invalid-json" };
  }
}

/** Limits of the API's JSON bodies, from the environment (README → Configuration). */
export function bodyLimits(env: Record<string, string | undefined>): BodyLimits {
  const ms = Number(env.REQUEST_BODY_TIMEOUT_MS ?? "");
  return { maxBytes: 256 * 1024, timeoutMs: Number.isInteger(ms) && ms >= 100 && ms <= 600_000 ? ms : 10_000 };
}
