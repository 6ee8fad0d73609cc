import { hash, verify } from '@node-rs/argon2';

// Hashes a password with argon2id (the library's defaults follow the OWASP recommendation).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Checks a password against its stored argon2 hash; a malformed hash counts as a mismatch.
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
