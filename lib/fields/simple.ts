import { checkCriterion, type Criterion } from './criteria';
import type { Operator, Registry } from './types';

// One criterion of a list's simple criteria form, under its own name in the URL (`city=Utrecht`,
// `createdFrom=22-11-2026`): which field it tests and how. `none` is the URL value meaning "has none"; `label`
// names it where the field's own name does not say enough ("Postcode starts with"); `offers` are values the
// choice offers before the field's own (say, "Mine" and "None" for an account manager), as catalogue keys.
export type SimpleCriterion = {
  param: string;
  field: string;
  op: Operator;
  none?: string;
  input?: 'text' | 'date';
  label?: string;
  offers?: { value: string; label: string }[];
};

// The simple criteria set in a list's URL, as criteria data; values that do not fit are left out and reported per
// parameter (message key), so the form can say why and the list does not pretend to be filtered by them.
export function simpleCriteria(
  registry: Registry,
  simple: readonly SimpleCriterion[],
  params: Partial<Record<string, string>>,
): { criteria: Criterion[]; invalid: Record<string, string> } {
  const criteria: Criterion[] = [];
  const invalid: Record<string, string> = {};
  for (const s of simple) {
    const value = params[s.param];
    if (!value) continue;
    const checked = value === s.none ? checkCriterion(registry, { field: s.field, op: 'isEmpty' }) : checkCriterion(registry, { field: s.field, op: s.op, value });
    if (checked.ok) criteria.push(checked.criterion);
    else invalid[s.param] = checked.message;
  }
  return { criteria, invalid };
}

// The URL parameters of a list's simple criteria: their names, for reading them from the URL.
export const simpleParams = (simple: readonly SimpleCriterion[]) => simple.map((s) => s.param);
