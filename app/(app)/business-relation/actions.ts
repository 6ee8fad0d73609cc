'use server';

import { createBusinessRelation } from '@/lib/business-relation/mutations';
import { businessRelationSchema } from '@/lib/business-relation/validations';
import { mutation } from '@/lib/mutation';

type Added = { id: number; personId: number; organisationId: number };

// The lists and cards that show the new person, organisation and person in organisation.
const paths = (data: Added) => [
  '/persons-in-organisation',
  `/persons-in-organisation/${data.id}`,
  '/persons',
  `/persons/${data.personId}`,
  '/organisations',
  `/organisations/${data.organisationId}`,
  '/',
];

export const createBusinessRelationAction = mutation({ role: 'user', schema: businessRelationSchema, run: createBusinessRelation, revalidate: paths });
