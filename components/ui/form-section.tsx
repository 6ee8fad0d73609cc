import type { ReactNode } from 'react';

// One titled section of a long form, as a white panel: a fieldset named by its legend, fields in two columns on wide screens.
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="float-left mb-3 w-full text-base font-semibold text-slate-800">{title}</legend>
      <div className="clear-both grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
