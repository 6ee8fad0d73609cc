import { z } from '@/lib/validation/zod-setup';
import { listKindEnum } from '@/db/schema/saved-views';

// A user's own default columns for one list.
export const defaultColumnsSchema = z.object({
  list: z.enum(listKindEnum.enumValues),
  cols: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1, 'list.columnsAtLeastOne').max(30),
});
