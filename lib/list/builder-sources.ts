import 'server-only';
import { choiceListKeys } from '@/db/schema';
import { getChoiceOptions } from '@/lib/choice-lists/queries';
import type { BuilderSources } from '@/lib/fields/builder';
import { getLookups } from '@/lib/lookups';
import { getSegmentOptions } from '@/lib/segments/queries';

// What the advanced criteria's dropdowns offer: every choice list's values, the segments of both kinds of record
// (inactive ones too: they stay searchable), and the active users.
export async function getBuilderSources(): Promise<BuilderSources> {
  const [choices, organisation, personInOrganisation, lookups] = await Promise.all([
    getChoiceOptions(choiceListKeys),
    getSegmentOptions('organisation'),
    getSegmentOptions('personInOrganisation'),
    getLookups(),
  ]);
  return { choices, segments: { organisation, personInOrganisation }, users: lookups.activeUsers };
}
