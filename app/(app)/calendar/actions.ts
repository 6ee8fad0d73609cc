'use server';

import { renewCalendarFeed, revokeCalendarFeed } from '@/lib/calendar/mutations';
import { renewFeedSchema, revokeFeedSchema } from '@/lib/calendar/validations';
import { mutation } from '@/lib/mutation';

export const renewCalendarFeedAction = mutation({ role: 'user', schema: renewFeedSchema, run: renewCalendarFeed, revalidate: () => ['/activities'] });

export const revokeCalendarFeedAction = mutation({ role: 'user', schema: revokeFeedSchema, run: revokeCalendarFeed, revalidate: () => ['/activities'] });
