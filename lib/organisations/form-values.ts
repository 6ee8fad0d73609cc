import type { Organisation } from '@/db/schema';
import { phoneInput } from '@/lib/validation/fields';
import type { UpdateOrganisationValues } from './validations';

const text = (v: string | null | undefined) => v ?? '';
const id = (v: number | null | undefined) => (v ? String(v) : '');

// The form's starting values: empty for a new organisation, or the stored record for editing.
export function organisationFormValues(row?: Organisation, accountManagerId?: number): UpdateOrganisationValues {
  return {
    id: row?.id ?? 0,
    version: row?.version ?? 1,
    name: text(row?.name),
    relationTypeId: id(row?.relationTypeId),
    statusId: id(row?.statusId),
    industryId: id(row?.industryId),
    accountManagerId: id(row ? row.accountManagerId : accountManagerId),
    segmentId: id(row?.segmentId),
    subsegmentId: id(row?.subsegmentId),
    customerNumber: text(row?.customerNumber),
    kvkNumber: text(row?.kvkNumber),
    vatNumber: text(row?.vatNumber),
    iban: text(row?.iban),
    email: text(row?.email),
    phone: phoneInput(row?.phone),
    website: text(row?.website),
    description: text(row?.description),
    active: row?.active ?? true,
    visitStreet: text(row?.visitStreet),
    visitHouseNumber: text(row?.visitHouseNumber),
    visitHouseNumberAddition: text(row?.visitHouseNumberAddition),
    visitPostcode: text(row?.visitPostcode),
    visitCity: text(row?.visitCity),
    visitCountry: row?.visitCountry ?? 'NL',
    postalSameAsVisit: row?.postalSameAsVisit ?? true,
    postalPoBox: text(row?.postalPoBox),
    postalStreet: text(row?.postalStreet),
    postalHouseNumber: text(row?.postalHouseNumber),
    postalHouseNumberAddition: text(row?.postalHouseNumberAddition),
    postalPostcode: text(row?.postalPostcode),
    postalCity: text(row?.postalCity),
    postalCountry: row?.postalCountry ?? 'NL',
  } as UpdateOrganisationValues;
}
