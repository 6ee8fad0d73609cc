import type { ShowContext } from '@/lib/fields/show';
import { cellText } from '@/lib/fields/show';
import { organisationFields } from '@/lib/organisations/fields';
import type { OrganisationListRow } from '@/lib/organisations/queries';

// The text of one cell of the organisations list; deactivated segments and choice values are marked.
export function organisationCell(column: string, row: OrganisationListRow, ctx: ShowContext): string {
  return cellText(organisationFields, column, row, ctx);
}
