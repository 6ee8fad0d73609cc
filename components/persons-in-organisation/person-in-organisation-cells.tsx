import type { Locale } from '@/db/schema';
import { formatDate } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import type { PersonInOrganisationColumn } from '@/lib/persons-in-organisation/list';
import type { PersonInOrganisationListRow } from '@/lib/persons-in-organisation/queries';
import { referenceName } from '@/lib/reference-names';
import { formatPhoneNational } from '@/lib/validation/fields';

// The text of one cell of the persons in organisation list; `words.inactive` marks deactivated categories.
export function personInOrganisationCell(
  column: PersonInOrganisationColumn,
  row: PersonInOrganisationListRow,
  lookups: Lookups,
  locale: Locale,
  words: { yes: string; no: string; inactive: string },
): string {
  switch (column) {
    case 'person':
      return row.person;
    case 'organisation':
      return row.organisation;
    case 'department':
      return row.department ?? '';
    case 'jobTitle':
      return row.jobTitle ?? '';
    case 'email':
      return row.email ?? '';
    case 'phone':
      return row.phone ? formatPhoneNational(row.phone) : '';
    case 'category':
      return referenceName(lookups, 'segments', row.categoryId, words.inactive);
    case 'subcategory':
      return referenceName(lookups, 'segments', row.subcategoryId, words.inactive);
    case 'active':
      return row.active ? words.yes : words.no;
    case 'startDate':
      return formatDate(row.startDate, locale);
    case 'endDate':
      return formatDate(row.endDate, locale);
  }
}
