import type { ShowContext } from '@/lib/fields/show';
import { cellText } from '@/lib/fields/show';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import type { PersonInOrganisationListRow } from '@/lib/persons-in-organisation/queries';

const names = { person: (row: PersonInOrganisationListRow) => row.person, organisation: (row: PersonInOrganisationListRow) => row.organisation };

// The text of one cell of the persons in organisation list; deactivated categories are marked.
export function personInOrganisationCell(column: string, row: PersonInOrganisationListRow, ctx: ShowContext): string {
  return cellText(personInOrganisationFields, column, row, ctx, names);
}
