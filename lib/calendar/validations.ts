import { z } from '@/lib/validation/zod-setup';

// Renewing the feed (making one, or replacing its token): the version the user saw, if there was a feed.
export const renewFeedSchema = z.object({ version: z.coerce.number().int().positive().nullable() });

// Revoking the feed: the version the user saw.
export const revokeFeedSchema = z.object({ version: z.coerce.number().int().positive() });
