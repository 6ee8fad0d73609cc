import nl from '@/lib/i18n/messages/nl.json';

// A stand-in for next-intl's t() in component tests: the Dutch message with its simple {placeholders} filled in.
export function dutch(key: string, values: Record<string, unknown> = {}): string {
  const message = key.split('.').reduce<unknown>((tree, k) => (tree as Record<string, unknown>)?.[k], nl);
  if (typeof message !== 'string') throw new Error(`no message ${key}`);
  return message.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
}
