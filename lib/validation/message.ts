// Validation and refusal messages travel as catalogue keys, optionally with values:
// `validation.tooLong|{"max":200}`. The place that shows them translates them.

// A message key with optional values, as one string.
export function errorMessage(key: string, values?: Record<string, string | number>): string {
  return values ? `${key}|${JSON.stringify(values)}` : key;
}

// Splits a message string back into its key and values.
export function parseErrorMessage(message: string): { key: string; values?: Record<string, string | number> } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message };
  try {
    return { key: message.slice(0, bar), values: JSON.parse(message.slice(bar + 1)) };
  } catch {
    return { key: message.slice(0, bar) };
  }
}
