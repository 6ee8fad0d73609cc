'use client';

import { useTranslations } from 'next-intl';
import { BoundInput, type LooseForm } from '@/components/ui/bound-fields';
import type { FieldDef, FieldKind, Registry } from '@/lib/fields/types';

type Extra = { required?: boolean; hint?: string; autoComplete?: string; list?: string };

const inputTypes: Partial<Record<FieldKind, string>> = { email: 'email', phone: 'tel' };

// The HTML input type of a field's kind (e-mail, phone; text for the rest).
export const inputTypeOf = (def: FieldDef) => inputTypes[def.kind] ?? 'text';

// Labelled text inputs of a form for the fields of a registry: the label and input type come from the field's
// definition; `prefix` places them under a key ('organisation.'), `idPrefix` makes their ids unique on the page.
export function useFieldInput(registry: Registry, form: LooseForm, prefix: string, idPrefix: string) {
  const t = useTranslations();
  return function fieldInput(name: string, extra: Extra = {}) {
    const def = registry.find((f) => f.name === name);
    if (!def) throw new Error(`no field ${name}`);
    return <BoundInput form={form} name={`${prefix}${name}`} id={`${idPrefix}-${name}`} label={t(def.label)} type={inputTypeOf(def)} {...extra} />;
  };
}

// The label of a registry field in the user's language (without its group: a form shows that as a section).
export function useFieldLabel(registry: Registry) {
  const t = useTranslations();
  return (name: string) => t(registry.find((f) => f.name === name)?.label ?? name);
}
