import 'server-only';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { activities, organisations, personsInOrganisation } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { deleteWithDependents, insertRecord, restoreWithDependents, updateRecord, type Dependent } from '@/lib/mutation/records';
import type { EditableKind } from '@/lib/fields/update-rows';
import { organisationFields } from './fields';
import { organisationRowSchema, type deleteOrganisationSchema, type organisationSchema, type restoreOrganisationSchema, type updateOrganisationSchema } from './validations';

type OrganisationInput = z.output<typeof organisationSchema>;

// The columns an organisation form (or a grid row) writes; "postal same as visiting" copies the visiting address.
export function organisationValues(input: OrganisationInput) {
  const { postalSameAsVisit: same } = input;
  return {
    name: input.name,
    relationTypeId: input.relationTypeId,
    statusId: input.statusId,
    industryId: input.industryId,
    accountManagerId: input.accountManagerId,
    segmentId: input.segmentId,
    subsegmentId: input.subsegmentId,
    customerNumber: input.customerNumber,
    kvkNumber: input.kvkNumber,
    vatNumber: input.vatNumber,
    iban: input.iban,
    email: input.email,
    phone: input.phone,
    website: input.website,
    description: input.description,
    active: input.active,
    visitStreet: input.visitStreet,
    visitHouseNumber: input.visitHouseNumber,
    visitHouseNumberAddition: input.visitHouseNumberAddition,
    visitPostcode: input.visitPostcode,
    visitCity: input.visitCity,
    visitCountry: input.visitCountry,
    postalSameAsVisit: same,
    postalPoBox: same ? null : input.postalPoBox,
    postalStreet: same ? input.visitStreet : input.postalStreet,
    postalHouseNumber: same ? input.visitHouseNumber : input.postalHouseNumber,
    postalHouseNumberAddition: same ? input.visitHouseNumberAddition : input.postalHouseNumberAddition,
    postalPostcode: same ? input.visitPostcode : input.postalPostcode,
    postalCity: same ? input.visitCity : input.postalCity,
    postalCountry: same ? input.visitCountry : input.postalCountry,
  };
}

// Creates an organisation.
export async function createOrganisation(tx: Tx, input: OrganisationInput, ctx: MutationContext) {
  const row = await insertRecord(tx, ctx, organisations, organisationValues(input));
  return { id: row.id };
}

// Saves an edited organisation if nobody changed it meanwhile.
export async function updateOrganisation(tx: Tx, input: z.output<typeof updateOrganisationSchema>, ctx: MutationContext) {
  const row = await updateRecord(tx, ctx, organisations, input.id, input.version, organisationValues(input));
  return { id: row.id, version: row.version };
}

const dependents: Dependent[] = [
  { key: 'personsInOrganisation', table: personsInOrganisation, column: personsInOrganisation.organisationId },
  { key: 'activities', table: activities, column: activities.organisationId },
];

// Soft-deletes an organisation with its persons in organisation and activities.
export async function deleteOrganisation(tx: Tx, input: z.output<typeof deleteOrganisationSchema>, ctx: MutationContext) {
  return deleteWithDependents(tx, ctx, organisations, input.id, input.version, dependents);
}

// Restores a deleted organisation and what was deleted with it.
export async function restoreOrganisation(tx: Tx, input: z.output<typeof restoreOrganisationSchema>, ctx: MutationContext) {
  return restoreWithDependents(tx, ctx, organisations, input.id, dependents);
}

// Organisations as edits of many rows (the grid, batch changes) save them.
export const editableOrganisations: EditableKind<typeof organisationRowSchema> = {
  table: organisations, registry: organisationFields, schema: organisationRowSchema, values: organisationValues,
};
