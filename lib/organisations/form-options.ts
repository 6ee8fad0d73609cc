import 'server-only';
import { getChoiceOptions } from '@/lib/choice-lists/queries';
import { getLookups } from '@/lib/lookups';
import { getSegmentOptions } from '@/lib/segments/queries';
import type { OrganisationFormOptions } from '@/components/organisations/organisation-fields';

// What the organisation form's dropdowns offer: choice lists in sort order, segments for organisations, users.
export async function getOrganisationFormOptions(): Promise<OrganisationFormOptions> {
  const [choices, segments, lookups] = await Promise.all([
    getChoiceOptions(['relation_type', 'status', 'industry'] as const),
    getSegmentOptions('organisation'),
    getLookups(),
  ]);
  return {
    relationTypes: choices.relation_type,
    statuses: choices.status,
    industries: choices.industry,
    segments,
    accountManagers: [...lookups.users.entries()].map(([id, name]) => ({ id, name, active: lookups.activeUsers.some((u) => u.id === id) })),
  };
}
