import type { Locale } from '@/db/schema';
import { formatDateTime } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import { referenceName } from '@/lib/reference-names';
import type { OrganisationColumn } from '@/lib/organisations/list';
import type { OrganisationListRow } from '@/lib/organisations/queries';
import { formatPhoneNational } from '@/lib/validation/fields';

// The text of one cell of the organisations list; `inactive` marks deactivated segments and choice values.
export function organisationCell(column: OrganisationColumn, row: OrganisationListRow, lookups: Lookups, locale: Locale, inactive: string): string {
  const choice = (id: number | null) => referenceName(lookups, 'choices', id, inactive);
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
      return referenceName(lookups, 'segments', row.segmentId, inactive);
    case 'subsegment':
      return referenceName(lookups, 'segments', row.subsegmentId, inactive);
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
