'use server';

import { mutation } from '@/lib/mutation';
import {
  changeEmployer,
  createPersonInOrganisation,
  deletePersonInOrganisation,
  restorePersonInOrganisation,
  updatePersonInOrganisation,
} from '@/lib/persons-in-organisation/mutations';
import {
  changeEmployerSchema,
  deletePersonInOrganisationSchema,
  personInOrganisationSchema,
  restorePersonInOrganisationSchema,
  updatePersonInOrganisationSchema,
} from '@/lib/persons-in-organisation/validations';

type Changed = { id: number; previousId?: number; personId: number; organisationIds: number[] };

// The list, the cards involved, and the person and organisation cards that show the record.
const paths = (data: Changed) => [
  '/persons-in-organisation',
  `/persons-in-organisation/${data.id}`,
  ...(data.previousId ? [`/persons-in-organisation/${data.previousId}`] : []),
  `/persons/${data.personId}`,
  ...data.organisationIds.map((id) => `/organisations/${id}`),
  '/',
];

export const createPersonInOrganisationAction = mutation({ role: 'user', schema: personInOrganisationSchema, run: createPersonInOrganisation, revalidate: paths });

export const updatePersonInOrganisationAction = mutation({ role: 'user', schema: updatePersonInOrganisationSchema, run: updatePersonInOrganisation, revalidate: paths });

export const changeEmployerAction = mutation({ role: 'user', schema: changeEmployerSchema, run: changeEmployer, revalidate: paths });

export const deletePersonInOrganisationAction = mutation({ role: 'crm_super', schema: deletePersonInOrganisationSchema, run: deletePersonInOrganisation, revalidate: paths });

export const restorePersonInOrganisationAction = mutation({ role: 'crm_super', schema: restorePersonInOrganisationSchema, run: restorePersonInOrganisation, revalidate: paths });
