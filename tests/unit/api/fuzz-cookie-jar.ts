/*
 * The cookie store of `next/headers` for in-process route tests: one Map stands in for the
 * request's cookies and the response's Set-Cookie, so iron-session seals and reads a real
 * session cookie without a running server. A test mocks the module with
 * `vi.mock("next/headers", () => cookieJarModule(jar))`, the jar made in `vi.hoisted`.
 */
export type CookieJar = Map<string, string>;

export function cookieJarModule(jar: CookieJar) {
  return {
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar.has(name),
      set: (name: string | { name: string; value: string }, value?: string) => {
        if (typeof name === "object") jar.set(name.name, name.value);
        else jar.set(name, value ?? "");
      },
      delete: (name: string) => jar.delete(name),
    }),
  };
}
