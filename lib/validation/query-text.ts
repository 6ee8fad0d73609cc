// What was typed into a picker or search, made safe for the database: control characters (NUL among them, which
// PostgreSQL cannot take) become spaces, and the text is cut at `max` characters.
export function queryText(value: string | null | undefined, max = 100): string {
  return (value ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, max);
}
