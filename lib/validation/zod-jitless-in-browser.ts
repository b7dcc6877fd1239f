import { z } from "zod";

/*
 * zod 4 decides whether to compile its parsers by probing `new Function("")`. Our
 * Content-Security-Policy has no 'unsafe-eval', so in the browser the probe is refused and
 * reported as a CSP violation (Lighthouse: Best Practices 96, "issues in the Issues panel").
 * In the browser, never compile: parsing a form is small work. On the server (no CSP) zod
 * keeps its faster compiled parsers. Imported for its effect by every schema module the
 * browser loads (needs-schema.ts, offer-schema.ts).
 */
if (typeof window !== "undefined") z.config({ jitless: true });
