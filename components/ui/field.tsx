'use client';

import type { ReactNode } from 'react';
import { MessageText } from './message-text';

// Class names shared by text inputs and selects.
export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm min-h-10 aria-[invalid=true]:border-red-500 aria-[invalid=true]:bg-red-50';

// A labelled form field with its error announced and linked to the control.
export function Field({
  id,
  label,
  required,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
        {required && (
          <span aria-hidden="true" className="text-red-600">
            {' '}*
          </span>
        )}
      </label>
      {children}
      {hint && !error && <p className="text-xs text-slate-500">{hint}</p>}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700 empty:hidden">
        {error ? <MessageText message={error} /> : null}
      </p>
    </div>
  );
}

// A form-wide message (refusal, conflict) announced to assistive technology.
export function FormAlert({ children, tone = 'error' }: { children: ReactNode; tone?: 'error' | 'success' }) {
  const cls = tone === 'error' ? 'border-red-300 bg-red-50 text-red-800' : 'border-green-300 bg-green-50 text-green-800';
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border px-3 py-2 text-sm ${cls}`}>
      {children}
    </div>
  );
}
