// Validation and refusal messages travel as catalogue keys, optionally with values:
// `validation.tooLong|{"max":200}`. The place that shows them translates them.

// Values that fill the placeholders of a catalogue message.
export type MessageValues = Record<string, string | number>;

// A message key with optional values, as one string.
export function errorMessage(key: string, values?: MessageValues): string {
  return values && Object.keys(values).length > 0 ? `${key}|${JSON.stringify(values)}` : key;
}

// Splits a message string back into its key and values (values that are not text or numbers are dropped).
export function parseErrorMessage(message: string): { key: string; values?: MessageValues } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message };
  const key = message.slice(0, bar);
  try {
    const parsed: unknown = JSON.parse(message.slice(bar + 1));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { key };
    const values: MessageValues = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (typeof value === 'string' || typeof value === 'number') values[name] = value;
    }
    return Object.keys(values).length > 0 ? { key, values } : { key };
  } catch {
    return { key };
  }
}
