import type { Role } from '@/db/schema';

// Every server action with the least role that may run it: the one table the authorisation matrix test checks
// against the actions the app exports (a new action without a row here fails that test).
export const actionRoles: Record<string, Role> = {
  changeOwnLocaleAction: 'user',
  addChoiceEntryAction: 'crm_super',
  renameChoiceEntryAction: 'crm_super',
  moveChoiceEntryAction: 'crm_super',
  setChoiceEntryActiveAction: 'crm_super',
  deleteChoiceEntryAction: 'crm_super',
  createUserAction: 'admin',
  updateUserAction: 'admin',
  resetPasswordAction: 'admin',
  createBusinessRelationAction: 'user',
  createOrganisationAction: 'user',
  updateOrganisationAction: 'user',
  deleteOrganisationAction: 'crm_super',
  restoreOrganisationAction: 'crm_super',
  createPersonInOrganisationAction: 'user',
  updatePersonInOrganisationAction: 'user',
  changeEmployerAction: 'user',
  deletePersonInOrganisationAction: 'crm_super',
  restorePersonInOrganisationAction: 'crm_super',
  createPersonAction: 'user',
  updatePersonAction: 'user',
  deletePersonAction: 'crm_super',
  restorePersonAction: 'crm_super',
  saveDefaultColumnsAction: 'user',
  saveViewAction: 'user',
  renameViewAction: 'user',
  updateViewAction: 'user',
  deleteViewAction: 'user',
  setDefaultViewAction: 'user',
  shareViewAction: 'user',
  copyViewAction: 'user',
  createSegmentAction: 'crm_super',
  updateSegmentAction: 'crm_super',
  moveSegmentAction: 'crm_super',
  setSegmentActiveAction: 'crm_super',
  deleteSegmentAction: 'crm_super',
  mergeSegmentAction: 'crm_super',
};

// Every route handler (GET) with the role it needs, or null for a public one.
export const routeRoles: Record<string, Role | null> = {
  'app/api/health/route.ts': null,
  'app/api/auth/[...nextauth]/route.ts': null,
  'app/api/typeahead/organisations/route.ts': 'user',
  'app/api/typeahead/persons/route.ts': 'user',
  'app/api/organisations/[id]/route.ts': 'user',
  'app/api/business-relation/duplicates/route.ts': 'user',
  'app/api/lists/[list]/count/route.ts': 'user',
};
