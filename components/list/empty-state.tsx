import Link from 'next/link';

// Shown when a list has no rows: what to change, and a way back to everything.
export function EmptyState({ title, hint, resetHref, resetLabel }: { title: string; hint: string; resetHref?: string; resetLabel?: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-medium">{title}</p>
      <p className="mt-1 text-sm text-slate-600">{hint}</p>
      {resetHref && (
        <Link href={resetHref} className="mt-3 inline-block text-sm text-brand-700 underline">
          {resetLabel}
        </Link>
      )}
    </div>
  );
}
