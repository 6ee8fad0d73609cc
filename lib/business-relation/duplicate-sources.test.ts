import { businessRelationDuplicates, organisationDuplicates, personDuplicates } from './duplicate-sources';

const params = (query: string) => Object.fromEntries(new URLSearchParams(query));

describe('what each form asks the duplicate check', () => {
  it('asks for the KvK number, name and address typed in a new organisation, and nothing for an empty form', () => {
    const empty = { id: '0', name: '', kvkNumber: '', visitPostcode: '', visitHouseNumber: '', visitCountry: 'NL' };
    expect(organisationDuplicates.query(empty)).toBe('');
    expect(params(organisationDuplicates.query({ ...empty, name: 'Acme', kvkNumber: '1234 5678', visitPostcode: '3511ab', visitHouseNumber: '7' }))).toEqual({
      organisationName: 'Acme',
      kvkNumber: '1234 5678',
      postcode: '3511ab',
      houseNumber: '7',
      country: 'NL',
    });
    expect(organisationDuplicates.own(empty)).toEqual([]);
  });

  it('asks, while editing an organisation, only for what changed, leaving the organisation itself out', () => {
    const stored = { id: '12', name: 'Acme', kvkNumber: '12345678', visitPostcode: '3511 AB', visitHouseNumber: '7', visitCountry: 'NL' };
    expect(organisationDuplicates.query(stored, stored)).toBe('');
    expect(params(organisationDuplicates.query({ ...stored, kvkNumber: '87654321' }, stored))).toEqual({ organisationId: '12', kvkNumber: '87654321' });
    expect(params(organisationDuplicates.query({ ...stored, visitHouseNumber: '9' }, stored))).toEqual({ organisationId: '12', postcode: '3511 AB', houseNumber: '9', country: 'NL' });
    expect(organisationDuplicates.own(stored)).toEqual(['organisation-12']);
  });

  it('asks for a person’s e-mail, and for the name only together with a date of birth', () => {
    const person = { id: '0', firstName: 'Jan', lastName: 'Berg', dateOfBirth: '', privateEmail: '' };
    expect(personDuplicates.query(person)).toBe('');
    expect(params(personDuplicates.query({ ...person, dateOfBirth: '03-02-1980' }))).toEqual({ firstName: 'Jan', lastName: 'Berg', dateOfBirth: '03-02-1980' });
    expect(params(personDuplicates.query({ ...person, privateEmail: 'jan@thuis.nl' }))).toEqual({ email: 'jan@thuis.nl' });
    const stored = { ...person, id: '5', dateOfBirth: '03-02-1980', privateEmail: 'jan@thuis.nl' };
    expect(personDuplicates.query(stored, stored)).toBe('');
    expect(params(personDuplicates.query({ ...stored, lastName: 'Bergen' }, stored))).toEqual({ personId: '5', firstName: 'Jan', lastName: 'Bergen', dateOfBirth: '03-02-1980' });
    expect(personDuplicates.own(stored)).toEqual(['person-5']);
  });

  it('asks, in "add business relation", for the new person and the new organisation only', () => {
    const blank = Object.fromEntries(businessRelationDuplicates.fields.map((f) => [f, '']));
    expect(businessRelationDuplicates.query(blank)).toBe('');
    const typed = { ...blank, 'person.lastName': 'Berg', 'person.dateOfBirth': '03-02-1980', 'job.email': 'j@acme.nl', 'organisation.name': 'Acme', 'organisation.visitCountry': 'NL' };
    expect(params(businessRelationDuplicates.query(typed))).toEqual({ lastName: 'Berg', dateOfBirth: '03-02-1980', email: 'j@acme.nl', organisationName: 'Acme', country: 'NL' });
    const chosen = { ...typed, personId: '5', organisationId: '12', editOrganisation: 'false' };
    expect(params(businessRelationDuplicates.query(chosen))).toEqual({ personId: '5', email: 'j@acme.nl', organisationId: '12' });
    expect(businessRelationDuplicates.own(chosen)).toEqual(['person-5', 'organisation-12']);
  });
});
