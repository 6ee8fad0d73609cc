import 'server-only';
import { getChoiceOptions, type ChoiceOption } from '@/lib/choice-lists/queries';
import { compareNames, getLookups } from '@/lib/lookups';
import { getSegmentOptions, type SegmentOption } from '@/lib/segments/queries';

// What the organisation fields' dropdowns offer.
export type OrganisationFormOptions = {
  relationTypes: ChoiceOption[];
  statuses: ChoiceOption[];
  industries: ChoiceOption[];
  segments: SegmentOption[];
  accountManagers: { id: number; name: string; active: boolean }[];
};

// What the organisation form's dropdowns offer: choice lists in sort order, segments for organisations, users by name.
export async function getOrganisationFormOptions(): Promise<OrganisationFormOptions> {
  const [choices, segments, lookups] = await Promise.all([
    getChoiceOptions(['relation_type', 'status', 'industry'] as const),
    getSegmentOptions('organisation'),
    getLookups(),
  ]);
  const active = new Set(lookups.activeUsers.map((u) => u.id));
  return {
    relationTypes: choices.relation_type,
    statuses: choices.status,
    industries: choices.industry,
    segments,
    accountManagers: [...lookups.users.entries()].map(([id, name]) => ({ id, name, active: active.has(id) })).sort((a, b) => compareNames(a.name, b.name) || a.id - b.id),
  };
}
