import { randomBytes } from "node:crypto";

/** 16 random bytes = 128 bits, written base64url (22 characters). */
export const ID_BYTES = 16;
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A new random id for a consultation, scenario, advisor or intake link. */
export function newId(): string {
  return randomBytes(ID_BYTES).toString("base64url");
}

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
