import 'server-only';
import { getChoiceOptions } from '@/lib/choice-lists/queries';
import { getSegmentOptions, type SegmentOption } from '@/lib/segments/queries';

// What the person-in-organisation fields offer: departments and job titles as suggestions, and categories.
export type PersonInOrganisationFormOptions = { departments: string[]; jobTitles: string[]; segments: SegmentOption[] };

// What the form offers: departments and job titles as suggestions, categories that apply to persons in organisation.
export async function getPersonInOrganisationFormOptions(): Promise<PersonInOrganisationFormOptions> {
  const [choices, segments] = await Promise.all([getChoiceOptions(['department', 'job_title'] as const), getSegmentOptions('personInOrganisation')]);
  const active = (list: { label: string; active: boolean }[]) => list.filter((o) => o.active).map((o) => o.label);
  return { departments: active(choices.department), jobTitles: active(choices.job_title), segments };
}
