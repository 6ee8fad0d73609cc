// Which form fields the duplicate check reads, by form, and how what is typed there becomes the check's query.

type Values = Record<string, string>;

// The duplicate check of one form: the fields it watches, the query for what is typed now ('' when there is nothing
// to look for; `stored` holds the values of the record being edited, whose unchanged fields are not looked for), and
// the records the form is about (`kind-id`), which are never shown as duplicates of themselves.
export type DuplicateSource = {
  fields: readonly string[];
  query: (values: Values, stored?: Values) => string;
  own: (values: Values) => string[];
};

// The query string of the pairs that have a value; '' when only context (not something to look for) is left.
function build(pairs: [string, string][], context: string[]): string {
  const params = new URLSearchParams();
  for (const [key, value] of pairs) if (value) params.append(key, value);
  return [...params.keys()].some((k) => !context.includes(k)) ? params.toString() : '';
}

// Whether any of `fields` differs from the stored record (always, for a new record).
const changed = (values: Values, stored: Values | undefined, ...fields: string[]) => !stored || fields.some((f) => values[f] !== stored[f]);
const savedId = (id: string) => (Number(id) > 0 ? id : '');

// "Add business relation": the person's fields count only for a new person, the organisation's only for a new or
// completed organisation; the business e-mail always.
export const businessRelationDuplicates: DuplicateSource = {
  fields: [
    'personId',
    'person.firstName',
    'person.lastName',
    'person.privateEmail',
    'person.dateOfBirth',
    'job.email',
    'organisationId',
    'editOrganisation',
    'organisation.name',
    'organisation.kvkNumber',
    'organisation.visitPostcode',
    'organisation.visitHouseNumber',
    'organisation.visitCountry',
  ],
  query: (v) => {
    const person: [string, string][] = v.personId
      ? [['personId', v.personId]]
      : [
          ['email', v['person.privateEmail']],
          ['firstName', v['person.firstName']],
          ['lastName', v['person.lastName']],
          ['dateOfBirth', v['person.dateOfBirth']],
        ];
    const organisation: [string, string][] =
      !v.organisationId || v.editOrganisation === 'true'
        ? [
            ['organisationName', v['organisation.name']],
            ['kvkNumber', v['organisation.kvkNumber']],
            ['postcode', v['organisation.visitPostcode']],
            ['houseNumber', v['organisation.visitHouseNumber']],
            ['country', v['organisation.visitCountry']],
          ]
        : [];
    return build([...person, ['email', v['job.email']], ['organisationId', v.organisationId], ...organisation], ['organisationId', 'country']);
  },
  own: (v) => [v.personId && `person-${v.personId}`, v.organisationId && `organisation-${v.organisationId}`].filter(Boolean),
};

// The organisation form: the same KvK number, a similar name, the same postcode and house number.
export const organisationDuplicates: DuplicateSource = {
  fields: ['id', 'name', 'kvkNumber', 'visitPostcode', 'visitHouseNumber', 'visitCountry'],
  query: (v, stored) => {
    const address: [string, string][] = changed(v, stored, 'visitPostcode', 'visitHouseNumber', 'visitCountry')
      ? [
          ['postcode', v.visitPostcode],
          ['houseNumber', v.visitHouseNumber],
          ['country', v.visitCountry],
        ]
      : [];
    return build(
      [
        ['organisationId', savedId(v.id)],
        ['organisationName', changed(v, stored, 'name') ? v.name : ''],
        ['kvkNumber', changed(v, stored, 'kvkNumber') ? v.kvkNumber : ''],
        ...address,
      ],
      ['organisationId', 'country'],
    );
  },
  own: (v) => (savedId(v.id) ? [`organisation-${v.id}`] : []),
};

// The person form: the same e-mail address, the same name and date of birth.
export const personDuplicates: DuplicateSource = {
  fields: ['id', 'firstName', 'lastName', 'dateOfBirth', 'privateEmail'],
  query: (v, stored) => {
    const name: [string, string][] =
      v.lastName && v.dateOfBirth && changed(v, stored, 'firstName', 'lastName', 'dateOfBirth')
        ? [
            ['firstName', v.firstName],
            ['lastName', v.lastName],
            ['dateOfBirth', v.dateOfBirth],
          ]
        : [];
    return build([['personId', savedId(v.id)], ['email', changed(v, stored, 'privateEmail') ? v.privateEmail : ''], ...name], ['personId']);
  },
  own: (v) => (savedId(v.id) ? [`person-${v.id}`] : []),
};
