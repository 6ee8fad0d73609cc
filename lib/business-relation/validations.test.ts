import { businessRelationFormValues } from './form-values';
import { businessRelationSchema } from './validations';

const base = businessRelationFormValues(1);
const filled = { ...base, person: { ...base.person, lastName: 'Vries' }, organisation: { ...base.organisation, name: 'Nieuw B.V.' } };
const errorPaths = (input: unknown) => {
  const r = businessRelationSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('the business relation schema', () => {
  it('checks the person and the new organisation, and reports the errors of every section at once', () => {
    expect(errorPaths(filled)).toEqual([]);
    expect(errorPaths({ ...base, job: { ...base.job, email: 'x@' } }).sort()).toEqual(['job.email', 'organisation.name', 'person.lastName']);
  });

  it('leaves out the person when an existing one is chosen, and the organisation when an existing one is kept as it is', () => {
    const r = businessRelationSchema.safeParse({ ...base, personId: '7', organisationId: '9', organisation: { ...base.organisation, kvkNumber: 'x' } });
    expect(r.success && r.data).toMatchObject({ personId: 7, person: null, organisationId: 9, organisation: null });
  });

  it('checks an existing organisation that is being completed, which needs the version the user saw', () => {
    const editing = { ...filled, organisationId: '9', editOrganisation: true, organisation: { ...filled.organisation, kvkNumber: 'x' } };
    expect(errorPaths(editing).sort()).toEqual(['organisation.kvkNumber', 'organisationId']);
    expect(errorPaths({ ...editing, organisationVersion: '3' })).toEqual(['organisation.kvkNumber']);
  });
});
