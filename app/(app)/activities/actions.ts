'use server';

import { createActivity, deleteActivity, rescheduleActivity, restoreActivity, setActivityDone, updateActivity, type ActivityChange } from '@/lib/activities/mutations';
import {
  createActivitySchema,
  deleteActivitySchema,
  rescheduleActivitySchema,
  restoreActivitySchema,
  setActivityDoneSchema,
  updateActivitySchema,
} from '@/lib/activities/validations';
import { mutation } from '@/lib/mutation';

// The work queue, the dashboard and the cards that show the activity.
const paths = (data: ActivityChange) => ['/activities', '/', ...data.cards];

export const createActivityAction = mutation({ role: 'user', schema: createActivitySchema, run: createActivity, revalidate: paths });

export const updateActivityAction = mutation({ role: 'user', schema: updateActivitySchema, run: updateActivity, revalidate: paths });

export const setActivityDoneAction = mutation({ role: 'user', schema: setActivityDoneSchema, run: setActivityDone, revalidate: paths });

export const rescheduleActivityAction = mutation({ role: 'user', schema: rescheduleActivitySchema, run: rescheduleActivity, revalidate: paths });

export const deleteActivityAction = mutation({ role: 'user', schema: deleteActivitySchema, run: deleteActivity, revalidate: paths });

export const restoreActivityAction = mutation({ role: 'crm_super', schema: restoreActivitySchema, run: restoreActivity, revalidate: paths });
