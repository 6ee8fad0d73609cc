'use server';

import { mutation } from '@/lib/mutation';
import { createOrganisation, deleteOrganisation, restoreOrganisation, updateOrganisation } from '@/lib/organisations/mutations';
import { deleteOrganisationSchema, organisationSchema, restoreOrganisationSchema, updateOrganisationSchema } from '@/lib/organisations/validations';

const paths = (data: { id: number }) => ['/organisations', `/organisations/${data.id}`, '/'];

export const createOrganisationAction = mutation({ role: 'user', schema: organisationSchema, run: createOrganisation, revalidate: paths });

export const updateOrganisationAction = mutation({ role: 'user', schema: updateOrganisationSchema, run: updateOrganisation, revalidate: paths });

export const deleteOrganisationAction = mutation({ role: 'crm_super', schema: deleteOrganisationSchema, run: deleteOrganisation, revalidate: paths });

export const restoreOrganisationAction = mutation({ role: 'crm_super', schema: restoreOrganisationSchema, run: restoreOrganisation, revalidate: paths });
