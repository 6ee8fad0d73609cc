import { selectionMatch, type Match } from '@/lib/list/matching';
import type { Selection } from '@/lib/list/selection';
import { organisationCriteria, organisationListSpec } from '@/lib/organisations/list';
import { personInOrganisationCriteria, personInOrganisationListSpec } from '@/lib/persons-in-organisation/list';
import { personCriteria, personListSpec } from '@/lib/persons/list';

// The lists that bulk work (the grid, batch actions, export) can act on, by the name the column chooser and saved
// views know them by.
export const listKinds = ['organisations', 'persons', 'persons_in_organisation'] as const;
export type ListKind = (typeof listKinds)[number];

// Who is asking: "mine" depends on the user, the Deleted view on the role.
export type MatchViewer = { id: number; canSeeDeleted: boolean };

// The rows of a list that a selection means, rebuilt on the server by that list's own definition (`ListSpec`).
export function listMatch(list: ListKind, selection: Selection, viewer: MatchViewer): Match {
  switch (list) {
    case 'organisations':
      return selectionMatch((s) => organisationListSpec(s, viewer.id, viewer.canSeeDeleted), organisationCriteria, selection);
    case 'persons':
      return selectionMatch((s) => personListSpec(s, viewer.canSeeDeleted, viewer.id), personCriteria, selection);
    case 'persons_in_organisation':
      return selectionMatch((s) => personInOrganisationListSpec(s, viewer.canSeeDeleted, viewer.id), personInOrganisationCriteria, selection);
  }
}
