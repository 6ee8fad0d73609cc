import type { Locale } from '@/db/schema';
import { formatDate } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import type { PersonInOrganisationColumn } from '@/lib/persons-in-organisation/list';
import type { PersonInOrganisationListRow } from '@/lib/persons-in-organisation/queries';
import { formatPhoneNational } from '@/lib/validation/fields';

// The text of one cell of the persons in organisation list.
export function personInOrganisationCell(
  column: PersonInOrganisationColumn,
  row: PersonInOrganisationListRow,
  lookups: Lookups,
  locale: Locale,
  yesNo: { yes: string; no: string },
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
      return row.categoryId ? (lookups.segments.get(row.categoryId) ?? '') : '';
    case 'subcategory':
      return row.subcategoryId ? (lookups.segments.get(row.subcategoryId) ?? '') : '';
    case 'active':
      return row.active ? yesNo.yes : yesNo.no;
    case 'startDate':
      return formatDate(row.startDate, locale);
    case 'endDate':
      return formatDate(row.endDate, locale);
  }
}
