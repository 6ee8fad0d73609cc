import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Panel } from '@/components/ui/page-header';
import { displayName } from '@/lib/persons/names';
import { getSameAddress } from '@/lib/persons/queries';

// "More on this address": other persons at the same postcode and house number.
export async function SameAddress({ person }: { person: { id: number; postcode: string | null; houseNumber: string | null } }) {
  const t = await getTranslations();
  if (!person.postcode || !person.houseNumber) return null;
  const rows = await getSameAddress(person);
  return (
    <Panel title={t('persons.sameAddress')}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('persons.nobodyElseHere')}</p>
      ) : (
        <ul className="space-y-1" data-testid="same-address">
          {rows.map((r) => (
            <li key={r.id}>
              <Link href={`/persons/${r.id}`} className="text-brand-700 hover:underline">
                {displayName(r)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
