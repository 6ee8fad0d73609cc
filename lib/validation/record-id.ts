// The largest id a record can have (ids are PostgreSQL integers).
export const maxRecordId = 2_147_483_647;

// A record id from the address (/organisations/12), or null for anything that cannot be one: not digits,
// zero, leading zeros, or beyond the integer range — so such an address is a 404, never a database error.
export function parseRecordId(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= maxRecordId ? id : null;
}
