"use client";

import { useSyncExternalStore, type ButtonHTMLAttributes } from "react";

const subscribeToNothing = () => () => {};

/** False in the server's HTML and while React hydrates it; true once this part of the page runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * A client form's submit button, disabled until the form's handler is attached. The page's
 * scripts load after its first paint (lib/http/defer-hydration.ts); a press or an Enter before
 * then would submit the form the browser's way, as a GET to the page itself with every field
 * (a password too) in the address, and the form's own handler would never run.
 */
export function SubmitButton({ disabled, ...props }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type">) {
  const hydrated = useHydrated();
  return <button type="submit" {...props} disabled={disabled === true || !hydrated} />;
}
