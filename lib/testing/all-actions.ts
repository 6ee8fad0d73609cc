import * as account from '@/app/(app)/account/actions';
import * as activities from '@/app/(app)/activities/actions';
import * as calendar from '@/app/(app)/calendar/actions';
import * as choiceLists from '@/app/(app)/admin/choice-lists/actions';
import * as users from '@/app/(app)/admin/users/actions';
import * as businessRelation from '@/app/(app)/business-relation/actions';
import * as organisations from '@/app/(app)/organisations/actions';
import * as personsInOrganisation from '@/app/(app)/persons-in-organisation/actions';
import * as persons from '@/app/(app)/persons/actions';
import * as savedViews from '@/app/(app)/saved-views/actions';
import * as segments from '@/app/(app)/segments/actions';

type Action = (input: never) => Promise<{ ok: boolean; fieldErrors?: Record<string, string[]>; formError?: string }>;

// Every server action the app exports, by name (the files under app/ named actions.ts).
export const allActions = { ...account, ...activities, ...calendar, ...choiceLists, ...users, ...businessRelation, ...organisations, ...personsInOrganisation, ...persons, ...savedViews, ...segments } as unknown as Record<string, Action>;

// The action files those come from, to check that none is missing here.
export const actionFiles = ['account', 'activities', 'calendar', 'admin/choice-lists', 'admin/users', 'business-relation', 'organisations', 'persons-in-organisation', 'persons', 'saved-views', 'segments'].map((d) => `app/(app)/${d}/actions.ts`);
