import bcrypt from "bcryptjs";

/** bcrypt work factor: 2^12 rounds (~0.25 s here), OWASP's floor is 10. */
export const BCRYPT_ROUNDS = 12;
export const PASSWORD_MIN_LENGTH = 12;

export function hashPassword(password: string, rounds = BCRYPT_ROUNDS): Promise<string> {
  return bcrypt.hash(password, rounds);
}

// Compared against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password.
const DUMMY_HASH = "$2b$12$BTDNyMor95hullwUAo9/muMYJzLQMZFv6om2/ZhSWFhhUO7tqUEG.";

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  return bcrypt.compare(password, hash ?? DUMMY_HASH).then((ok) => ok && hash !== null);
}
