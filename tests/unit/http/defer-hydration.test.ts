import { request as httpRequest, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { runInNewContext } from "node:vm";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createAppServer } from "@/lib/http/app-server";
import { deferScripts, loaderScript, SHELL_LIMIT, shellEnd } from "@/lib/http/defer-hydration";

/*
 * Paint first, then hydrate (lib/http/defer-hydration.ts). The shell below has the shape Next 16
 * writes for an App Router page (taken from the advisor page, names shortened): the stylesheet,
 * lazy-chunk preloads, the page's chunk scripts (async, nonce), the noModule polyfill, then the
 * body and the bootstrap chunk script; the streamed rest follows it.
 */
const NONCE = "KKNkOvHxj8SEttEXno54mA==";
const HEAD =
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>` +
  `<link rel="stylesheet" href="/_next/static/chunks/36e4g.css" data-precedence="next" nonce="${NONCE}"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/lazy-1.js" nonce="${NONCE}"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js" nonce="${NONCE}"/>` +
  `<script src="/_next/static/chunks/main.js" async="" nonce="${NONCE}"></script>` +
  `<script src="/_next/static/chunks/page~x.js" async="" nonce="${NONCE}"></script>` +
  `<title>Where to buy GPU compute</title>` +
  `<script src="/_next/static/chunks/polyfill.js" noModule="" nonce="${NONCE}"></script></head>`;
const BODY = `<body><main><h1>算力顧問 — 邊度買 GPU</h1><p class="lead">HK$ 12,000</p></main>`;
const BOOTSTRAP = `<script src="/_next/static/chunks/turbopack-07.js" async="" nonce="${NONCE}"></script>`;
const SHELL = HEAD + BODY + BOOTSTRAP;
const TAIL = `<script nonce="${NONCE}">(self.__next_f=self.__next_f||[]).push([0])</script><div hidden id="S:0">排名 ✓</div></body></html>`;
const PAGE = SHELL + TAIL;

/** The loader's arguments (scripts, preloads, nonce), read back out of a rewritten shell. */
function loaderArgs(html: string): { scripts: string[]; preloads: string[]; nonce: string } {
  const m = /\}\)\(document,(\[[^\]]*\]),(\[[^\]]*\]),("[^"]*")\)<\/script><\/head>/.exec(html);
  if (!m) throw new Error("no loader before </head>");
  return { scripts: JSON.parse(m[1]!), preloads: JSON.parse(m[2]!), nonce: JSON.parse(m[3]!) };
}

describe("shellEnd", () => {
  it("ends the shell just after the first chunk script after </head> (Next's bootstrap script)", () => {
    expect(shellEnd(PAGE)).toBe(SHELL.length);
  });

  it("is -1 until the bootstrap script has arrived: chunk scripts in the head do not end it", () => {
    expect(shellEnd(HEAD + BODY)).toBe(-1);
    expect(shellEnd(HEAD + BODY + BOOTSTRAP.slice(0, -3))).toBe(-1);
    expect(shellEnd(HEAD.replace("</head>", ""))).toBe(-1);
  });

  it("skips inline and non-chunk scripts after </head>", () => {
    const inline = `<script nonce="${NONCE}">1</script><script src="/other.js" async=""></script>`;
    expect(shellEnd(HEAD + inline + BOOTSTRAP)).toBe((HEAD + inline + BOOTSTRAP).length);
  });
});

describe("deferScripts", () => {
  it("takes every chunk script and script preload out and puts one nonce'd loader before </head>", () => {
    const out = deferScripts(SHELL)!;
    expect(out).not.toBeNull();
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/);
    expect(out).not.toMatch(/rel="preload" as="script"/);
    expect(loaderArgs(out)).toEqual({
      // In document order; main.js was preloaded and is a script: it is loaded once, as a script.
      scripts: ["/_next/static/chunks/main.js", "/_next/static/chunks/page~x.js", "/_next/static/chunks/turbopack-07.js"],
      preloads: ["/_next/static/chunks/lazy-1.js"],
      nonce: NONCE,
    });
    expect(out).toContain(`<script nonce="${NONCE}">(function(d,s,p,n)`);
  });

  it("keeps everything else byte for byte: the stylesheet, the noModule polyfill, the title and the body", () => {
    const out = deferScripts(SHELL)!;
    const loader = out.slice(out.lastIndexOf("<script nonce", out.indexOf("</head>")), out.indexOf("</head>"));
    const withoutLoader = out.replace(loader, "");
    const removed = [
      `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/lazy-1.js" nonce="${NONCE}"/>`,
      `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js" nonce="${NONCE}"/>`,
      `<script src="/_next/static/chunks/main.js" async="" nonce="${NONCE}"></script>`,
      `<script src="/_next/static/chunks/page~x.js" async="" nonce="${NONCE}"></script>`,
      BOOTSTRAP,
    ];
    expect(withoutLoader).toBe(removed.reduce((html, tag) => html.replace(tag, ""), SHELL));
  });

  it.each([
    ["a script with no nonce", SHELL.replace(` nonce="${NONCE}"></script><title>`, `></script><title>`)],
    ["two different nonces", SHELL.replace(BOOTSTRAP, BOOTSTRAP.replace(NONCE, "other"))],
    ["a script with an integrity attribute", SHELL.replace(`page~x.js" async=""`, `page~x.js" integrity="sha384-x" async=""`)],
    ["a script with crossorigin", SHELL.replace(`main.js" async=""`, `main.js" crossorigin="" async=""`)],
    ["a chunk script that is not async (order would matter)", SHELL.replace(`page~x.js" async=""`, `page~x.js"`)],
    ["a preload with an attribute Next does not write", SHELL.replace(`as="script" fetchPriority="low" href="/_next/static/chunks/lazy-1.js"`, `as="script" integrity="x" href="/_next/static/chunks/lazy-1.js"`)],
    ["a nonce with characters a loader could not carry", SHELL.replaceAll(NONCE, "a<b")],
    ["no </head>", SHELL.replace("</head>", "")],
    ["no chunk scripts at all", HEAD.replace(/<script src="\/_next[^>]*async[^>]*><\/script>/g, "") + BODY],
  ])("leaves the shell alone (null) with %s", (_what, shell) => {
    expect(deferScripts(shell)).toBeNull();
  });

  it("leaves scripts from elsewhere, inline scripts and noModule scripts where they are", () => {
    const extra = `<script src="https://example.org/x.js" async=""></script><script nonce="${NONCE}">window.x=1</script>`;
    const out = deferScripts(SHELL.replace("</head>", `${extra}</head>`))!;
    expect(out).toContain(extra);
    expect(out).toContain(`<script src="/_next/static/chunks/polyfill.js" noModule="" nonce="${NONCE}"></script>`);
  });
});

/** Runs the loader's inline script against a stand-in document; returns what it appended and the pending callbacks. */
function runLoader(visibilityState: "visible" | "hidden") {
  const appended: Record<string, unknown>[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const document = {
    visibilityState,
    head: { appendChild: (e: Record<string, unknown>) => appended.push(e) },
    createElement: (tag: string) => ({ tag }),
  };
  const html = loaderScript(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"], ["/_next/static/chunks/lazy.js"], NONCE);
  const source = /^<script nonce="[^"]+">([\s\S]*)<\/script>$/.exec(html)![1]!;
  runInNewContext(source, {
    document,
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void, ms: number) => {
      expect(ms).toBe(0);
      timers.push(f);
    },
  });
  return { appended, frames, timers };
}

describe("the loader", () => {
  const expected = [
    { tag: "link", rel: "preload", as: "script", href: "/_next/static/chunks/lazy.js", fetchPriority: "low", nonce: NONCE },
    { tag: "script", src: "/_next/static/chunks/a.js", async: true, nonce: NONCE },
    { tag: "script", src: "/_next/static/chunks/b.js", async: true, nonce: NONCE },
  ];

  it("adds nothing before the first frame, then the preloads and the scripts (async, nonce'd) in a task after it", () => {
    const { appended, frames, timers } = runLoader("visible");
    expect(appended).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(appended).toEqual([]);
    expect(timers).toHaveLength(1);
    timers[0]!();
    expect(appended).toEqual(expected);
  });

  it("adds them at once in a background tab, which produces no frames", () => {
    const { appended, frames } = runLoader("hidden");
    expect(frames).toEqual([]);
    expect(appended).toEqual(expected);
  });
});

/* Through npm start's server (compression included), with a stand-in for Next writing the page. */
let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

type Writer = (res: ServerResponse) => void;
async function serve(write: Writer): Promise<number> {
  server = createAppServer(async (_req, res) => write(res), {});
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function get(port: number, method = "GET", encoding = "identity") {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path: "/en", headers: { "accept-encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const enc = res.headers["content-encoding"];
        const body = enc === "gzip" ? gunzipSync(raw) : enc === "br" ? brotliDecompressSync(raw) : raw;
        resolve({ status: res.statusCode!, headers: res.headers, body });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/** Writes `bytes` in the pieces `cuts` makes (byte offsets: a piece may split a UTF-8 character), the last through end() or not. */
function writeInPieces(res: ServerResponse, bytes: Buffer, cuts: number[], asStrings: boolean, lastThroughEnd: boolean) {
  const at = [0, ...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces = at.map((from, i) => bytes.subarray(from, at[i + 1] ?? bytes.length)).filter((p) => p.length > 0);
  const last = lastThroughEnd ? pieces.pop() : undefined;
  // A string piece must be whole characters: write strings only when no cut splits one.
  for (const p of pieces) res.write(asStrings ? p.toString("utf8") : p);
  if (last) res.end(asStrings ? last.toString("utf8") : last);
  else res.end();
}

const utf8Safe = (bytes: Buffer, cuts: number[]) => cuts.every((c) => {
  const i = c % (bytes.length + 1);
  return i === bytes.length || (bytes[i]! & 0xc0) !== 0x80;
});

describe("deferHydration in npm start's server", () => {
  const page = Buffer.from(PAGE, "utf8");
  const expected = Buffer.from(deferScripts(SHELL)! + TAIL, "utf8");

  it("rewrites the shell however Next's writes split the page, compressed or not (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: page.length }), { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("identity", "gzip", "br"),
        fc.boolean(),
        async (cuts, strings, lastThroughEnd, encoding, headersFirst) => {
          const asStrings = strings && utf8Safe(page, cuts);
          const port = await serve((res) => {
            // Next sets some headers on the response and passes others to writeHead.
            const headers = { "Content-Type": "text/html; charset=utf-8", "Content-Length": String(page.length) };
            if (headersFirst) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
            else res.writeHead(200, headers);
            writeInPieces(res, page, cuts, asStrings, lastThroughEnd);
          });
          const res = await get(port, "GET", encoding);
          await new Promise<void>((resolve) => server!.close(() => resolve()));
          server = null;
          expect(res.status).toBe(200);
          expect(res.headers["content-length"]).toBeUndefined();
          expect(res.body.equals(expected)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("sends the page unchanged when it cannot rewrite it (no nonce), and when the shell never ends", async () => {
    const noNonce = Buffer.from(PAGE.replaceAll(` nonce="${NONCE}"`, ""), "utf8");
    let port = await serve((res) => {
      res.setHeader("Content-Type", "text/html");
      res.end(noNonce);
    });
    expect((await get(port)).body.equals(noNonce)).toBe(true);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const noShell = Buffer.from(`<!DOCTYPE html><html><head></head><body>${"x".repeat(2000)}</body></html>`);
    port = await serve((res) => {
      res.setHeader("Content-Type", "text/html");
      res.write(noShell.subarray(0, 100));
      res.end(noShell.subarray(100));
    });
    expect((await get(port, "GET", "gzip")).body.equals(noShell)).toBe(true);
  });

  it("stops holding back at SHELL_LIMIT bytes and sends what it has as it came", async () => {
    const big = Buffer.from(`<!DOCTYPE html><html><head></head><body>${"y".repeat(SHELL_LIMIT + 10)}`);
    const rest = Buffer.from(`${BOOTSTRAP}</body></html>`);
    let sawFirstBytes!: () => void;
    const firstBytes = new Promise<void>((resolve) => (sawFirstBytes = resolve));
    const port = await serve((res) => {
      res.setHeader("Content-Type", "text/html");
      res.write(big);
      // The rest is written only once the client has received bytes: nothing may wait for the shell's end.
      void firstBytes.then(() => res.end(rest));
    });
    const body = await new Promise<Buffer>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/en", headers: { "accept-encoding": "identity" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => {
          chunks.push(c);
          sawFirstBytes();
        });
        res.on("end", () => resolve(Buffer.concat(chunks)));
      });
      req.on("error", reject);
      req.end();
    });
    expect(body.equals(Buffer.concat([big, rest]))).toBe(true);
  });

  it("passes other responses through untouched, Content-Length included", async () => {
    const json = Buffer.from(JSON.stringify({ html: SHELL }));
    const port = await serve((res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(json.length) });
      res.end(json);
    });
    const res = await get(port);
    expect(res.headers["content-length"]).toBe(String(json.length));
    expect(res.body.equals(json)).toBe(true);
  });

  it("leaves HEAD responses alone", async () => {
    const port = await serve((res) => {
      res.writeHead(200, { "Content-Type": "text/html", "Content-Length": "1234" });
      res.end();
    });
    const res = await get(port, "HEAD");
    expect(res.status).toBe(200);
    expect(res.headers["content-length"]).toBe("1234");
    expect(res.body.length).toBe(0);
  });
});
