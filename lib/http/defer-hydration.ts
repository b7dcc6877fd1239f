import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/*
 * Paint first, then hydrate (issue 12: "server-render the first screen … so first paint does
 * not wait for client JS").
 *
 * Next puts every chunk of a page's JavaScript in the <head> as `<script async>` (plus
 * `<link rel="preload" as="script">` for the lazy chunks and the bootstrap `<script async>`
 * at the end of the shell). The browser fetches them at once and runs each the moment it
 * arrives, so on a fast link the first paint waits behind ~240 kB of framework and advisor
 * code, and on a phone the first frame competes with it for the one main thread.
 *
 * `npm start`'s server (app-server.ts) passes every HTML response through here. In the shell
 * — the bytes up to and including the bootstrap script, which React sends in one piece
 * before any streamed section — each such script tag and script preload is taken out and one
 * inline loader, carrying the page's CSP nonce, is put before </head>. The loader adds the
 * same scripts (async, as before: their order never mattered) and preloads once the first
 * frame has been produced (a requestAnimationFrame callback, then a task), or at once in a
 * background tab, which produces no frames. Nothing else changes: the server-rendered HTML,
 * the streamed sections and their inline reveal scripts, the RSC payload.
 *
 * Safety: the shell is rewritten only when every Next script tag in it has exactly the
 * attributes Next writes (src under /_next/static/, async, one nonce shared by all). Anything
 * else (no nonce, an integrity or crossorigin attribute, a shell over SHELL_LIMIT bytes, a
 * response that ends first) goes out byte for byte as Next wrote it.
 */

/** Bytes of an HTML response held back at most while looking for the end of its shell. */
export const SHELL_LIMIT = 1 << 20;

const CHUNK_PATH = /^\/_next\/static\/[A-Za-z0-9_./~-]+\.js$/;
const NONCE = /^[A-Za-z0-9+/=_-]+$/;
const SCRIPT_TAG = /<script\b([^>]*)><\/script>/g;
const LINK_TAG = /<link\b([^>]*?)\/?>/g;

type Attributes = Map<string, string>;

/** A tag's attributes (names lower-cased; a bare attribute has the value ""), or null when unreadable. */
function attributes(source: string): Attributes | null {
  const out: Attributes = new Map();
  const attr = /\s+([A-Za-z_:][-A-Za-z0-9_:.]*)(?:="([^"]*)")?/y;
  let at = 0;
  while (at < source.length) {
    attr.lastIndex = at;
    const m = attr.exec(source);
    if (!m) return /^\s*$/.test(source.slice(at)) ? out : null;
    out.set(m[1]!.toLowerCase(), m[2] ?? "");
    at = attr.lastIndex;
  }
  return out;
}

const only = (attrs: Attributes, allowed: readonly string[]) => [...attrs.keys()].every((k) => allowed.includes(k));

/** A script tag Next wrote for one of its chunks: `<script src="/_next/static/…js" async nonce>`. */
function isChunkScript(attrs: Attributes | null): attrs is Attributes {
  return attrs !== null && CHUNK_PATH.test(attrs.get("src") ?? "") && attrs.has("async") && !attrs.has("nomodule");
}

/**
 * Where the shell ends in `html` (the index just after its bootstrap script: the first chunk
 * script after </head>), or -1 when it has not arrived yet.
 */
export function shellEnd(html: string): number {
  const head = html.indexOf("</head>");
  if (head < 0) return -1;
  SCRIPT_TAG.lastIndex = head;
  for (let m = SCRIPT_TAG.exec(html); m; m = SCRIPT_TAG.exec(html)) {
    if (isChunkScript(attributes(m[1]!))) return m.index + m[0].length;
  }
  return -1;
}

/** The inline loader: adds the preloads and scripts after the first frame (see the top of this file). */
export function loaderScript(scripts: readonly string[], preloads: readonly string[], nonce: string): string {
  const args = [JSON.stringify(scripts), JSON.stringify(preloads), JSON.stringify(nonce)].join(",");
  return (
    `<script nonce="${nonce}">(function(d,s,p,n){var done=0;function add(t,a){var e=d.createElement(t);for(var k in a)e[k]=a[k];e.nonce=n;d.head.appendChild(e)}` +
    `function go(){if(done++)return;p.forEach(function(u){add("link",{rel:"preload",as:"script",href:u,fetchPriority:"low"})});` +
    `s.forEach(function(u){add("script",{src:u,async:true})})}` +
    `if(d.visibilityState==="hidden")go();else requestAnimationFrame(function(){setTimeout(go,0)})})(document,${args})</script>`
  );
}

/**
 * The shell (`shellEnd` bytes of a page) with Next's chunk scripts and script preloads taken
 * out and the loader put before </head>; null when the shell is not one this can rewrite
 * safely (see the top of this file), which the caller sends unchanged.
 */
export function deferScripts(shell: string): string | null {
  const head = shell.indexOf("</head>");
  if (head < 0) return null;
  const scripts: string[] = [];
  const preloads: string[] = [];
  const nonces = new Set<string>();
  let unsafe = false;
  let html = shell.replace(SCRIPT_TAG, (tag, source: string) => {
    const attrs = attributes(source);
    if (!attrs || !CHUNK_PATH.test(attrs.get("src") ?? "") || attrs.has("nomodule")) return tag;
    if (!isChunkScript(attrs) || !only(attrs, ["src", "async", "nonce"])) {
      unsafe = true;
      return tag;
    }
    scripts.push(attrs.get("src")!);
    nonces.add(attrs.get("nonce") ?? "");
    return "";
  });
  html = html.replace(LINK_TAG, (tag, source: string) => {
    const attrs = attributes(source);
    if (!attrs || attrs.get("rel") !== "preload" || attrs.get("as") !== "script" || !CHUNK_PATH.test(attrs.get("href") ?? "")) return tag;
    if (!only(attrs, ["rel", "as", "href", "nonce", "fetchpriority"])) {
      unsafe = true;
      return tag;
    }
    preloads.push(attrs.get("href")!);
    nonces.add(attrs.get("nonce") ?? "");
    return "";
  });
  const [nonce] = nonces;
  if (unsafe || scripts.length === 0 || nonces.size !== 1 || nonce === undefined || !NONCE.test(nonce)) return null;
  const end = html.indexOf("</head>");
  const preloadOnly = preloads.filter((href) => !scripts.includes(href));
  return html.slice(0, end) + loaderScript(scripts, preloadOnly, nonce) + html.slice(end);
}

const isHtml = (type: unknown) => /^\s*text\/html\b/i.test(String(type ?? ""));

type Write = ServerResponse["write"];
type End = ServerResponse["end"];
type Callback = (error?: Error | null) => void;

/**
 * Passes one response's HTML through `deferScripts`: holds back its first bytes until the
 * shell is complete (SHELL_LIMIT at most), sends the rewritten shell, then everything after it
 * as it comes. Any other response (not text/html, a HEAD request, no body) passes untouched.
 * Content-Length is dropped from HTML responses, whose length this may change. It wraps the
 * `write`/`end`/`writeHead` already on `res` (the compression middleware's, in app-server.ts),
 * so it sees the page as Next wrote it, before compression.
 */
export function deferHydration(method: string | undefined, res: ServerResponse): void {
  if (method === "HEAD") return;
  const write = res.write as (...args: unknown[]) => boolean;
  const end = res.end as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
  let state: "undecided" | "holding" | "through" = "undecided";
  let held: Buffer[] = [];
  let heldBytes = 0;

  const html = () => isHtml(res.getHeader("content-type"));
  const toBuffer = (chunk: unknown, encoding: unknown): Buffer =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
  // latin1 maps each byte to one character and back, so the rewrite keeps every byte of UTF-8
  // text around the (ASCII) tags it edits, even a character split across chunks.
  const release = (final: boolean): Buffer | null => {
    const all = Buffer.concat(held);
    const text = all.toString("latin1");
    const endAt = shellEnd(text);
    if (endAt < 0 && !final && heldBytes < SHELL_LIMIT) return null;
    held = [];
    state = "through";
    const rewritten = endAt < 0 ? null : deferScripts(text.slice(0, endAt));
    return rewritten === null ? all : Buffer.concat([Buffer.from(rewritten, "latin1"), all.subarray(endAt)]);
  };

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((a, i) => i > 0 && a !== null && typeof a === "object" && !Array.isArray(a)) as OutgoingHttpHeaders | undefined;
    const type = headers ? Object.entries(headers).find(([k]) => k.toLowerCase() === "content-type")?.[1] : undefined;
    if (isHtml(type ?? this.getHeader("content-type"))) {
      this.removeHeader("content-length");
      if (headers) for (const k of Object.keys(headers)) if (k.toLowerCase() === "content-length") delete headers[k];
    }
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];

  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, cb?: unknown) {
    if (state === "undecided") state = html() ? "holding" : "through";
    if (state === "through") return write.call(this, chunk, encoding, cb);
    const done = [encoding, cb].find((a): a is Callback => typeof a === "function");
    held.push(toBuffer(chunk, encoding));
    heldBytes += held[held.length - 1]!.length;
    const out = release(false);
    if (done) process.nextTick(done);
    return out === null ? true : write.call(this, out);
  } as Write;

  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, cb?: unknown) {
    const done = [chunk, encoding, cb].find((a): a is Callback => typeof a === "function");
    const data = typeof chunk === "function" || chunk === undefined || chunk === null ? null : chunk;
    if (state === "undecided") state = data !== null && html() ? "holding" : "through";
    if (state === "through") return data === null ? end.call(this, done) : end.call(this, data, typeof encoding === "function" ? undefined : encoding, done);
    if (data !== null) {
      held.push(toBuffer(data, encoding));
      heldBytes += held[held.length - 1]!.length;
    }
    const out = release(true);
    return end.call(this, out, done);
  } as End;
}
