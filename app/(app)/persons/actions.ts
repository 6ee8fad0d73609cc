'use server';

import { mutation } from '@/lib/mutation';
import { createPerson, deletePerson, restorePerson, updatePerson } from '@/lib/persons/mutations';
import { deletePersonSchema, personSchema, restorePersonSchema, updatePersonSchema } from '@/lib/persons/validations';

const paths = (data: { id: number }) => ['/persons', `/persons/${data.id}`, '/persons-in-organisation', '/'];

export const createPersonAction = mutation({ role: 'user', schema: personSchema, run: createPerson, revalidate: paths });

export const updatePersonAction = mutation({ role: 'user', schema: updatePersonSchema, run: updatePerson, revalidate: paths });

export const deletePersonAction = mutation({ role: 'crm_super', schema: deletePersonSchema, run: deletePerson, revalidate: paths });

export const restorePersonAction = mutation({ role: 'crm_super', schema: restorePersonSchema, run: restorePerson, revalidate: paths });
