import 'server-only';
import { getChoiceOptions } from '@/lib/choice-lists/queries';
import { getSegmentOptions } from '@/lib/segments/queries';
import type { PersonInOrganisationFormOptions } from '@/components/persons-in-organisation/job-fields';

// What the form offers: departments and job titles as suggestions, categories that apply to persons in organisation.
export async function getPersonInOrganisationFormOptions(): Promise<PersonInOrganisationFormOptions> {
  const [choices, segments] = await Promise.all([getChoiceOptions(['department', 'job_title'] as const), getSegmentOptions('personInOrganisation')]);
  const active = (list: { label: string; active: boolean }[]) => list.filter((o) => o.active).map((o) => o.label);
  return { departments: active(choices.department), jobTitles: active(choices.job_title), segments };
}
