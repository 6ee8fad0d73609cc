import type { Locale } from '@/db/schema';
import { formatDateTime } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import type { OrganisationColumn } from '@/lib/organisations/list';
import type { OrganisationListRow } from '@/lib/organisations/queries';
import { formatPhoneNational } from '@/lib/validation/fields';

// The text of one cell of the organisations list.
export function organisationCell(column: OrganisationColumn, row: OrganisationListRow, lookups: Lookups, locale: Locale): string {
  const choice = (id: number | null) => (id ? (lookups.choices.get(id) ?? '') : '');
  switch (column) {
    case 'name':
      return row.name;
    case 'customerNumber':
      return row.customerNumber ?? '';
    case 'city':
      return row.city ?? '';
    case 'accountManager':
      return row.accountManagerId ? (lookups.users.get(row.accountManagerId) ?? '') : '';
    case 'segment':
      return row.segmentId ? (lookups.segments.get(row.segmentId) ?? '') : '';
    case 'subsegment':
      return row.subsegmentId ? (lookups.segments.get(row.subsegmentId) ?? '') : '';
    case 'relationType':
      return choice(row.relationTypeId);
    case 'status':
      return choice(row.statusId);
    case 'industry':
      return choice(row.industryId);
    case 'phone':
      return row.phone ? formatPhoneNational(row.phone) : '';
    case 'email':
      return row.email ?? '';
    case 'updatedAt':
      return formatDateTime(row.updatedAt, locale);
  }
}
