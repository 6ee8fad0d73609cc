import 'server-only';
import type { Tx } from '@/db';
import type { MutationContext } from '@/lib/mutation';
import { createOrganisation, updateOrganisation } from '@/lib/organisations/mutations';
import { createPersonInOrganisation } from '@/lib/persons-in-organisation/mutations';
import { createPerson } from '@/lib/persons/mutations';
import type { BusinessRelationInput } from './validations';

// The organisation of the new relation: created, completed (if nobody changed it meanwhile), or taken as it is.
async function resolveOrganisation(tx: Tx, input: BusinessRelationInput, ctx: MutationContext): Promise<number> {
  if (!input.organisationId) return (await createOrganisation(tx, input.organisation!, ctx)).id;
  if (input.organisation) await updateOrganisation(tx, { ...input.organisation, id: input.organisationId, version: input.organisationVersion! }, ctx);
  return input.organisationId;
}

// Adds a business relation in the caller's transaction: the person (new or existing), the organisation (new, or
// existing and possibly completed) and the person in organisation linking them; any refusal undoes all of it.
export async function createBusinessRelation(tx: Tx, input: BusinessRelationInput, ctx: MutationContext) {
  const personId = input.personId ?? (await createPerson(tx, input.person!, ctx)).id;
  const organisationId = await resolveOrganisation(tx, input, ctx);
  const job = await createPersonInOrganisation(tx, { ...input.job, personId, organisationId, endDate: null, active: true, notes: null }, ctx);
  return { id: job.id, personId, organisationId };
}
