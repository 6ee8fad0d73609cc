'use server';

import { mutation } from '@/lib/mutation';
import { saveDefaultColumns } from '@/lib/saved-views/mutations';
import { defaultColumnsSchema } from '@/lib/saved-views/validations';

export const saveDefaultColumnsAction = mutation({ role: 'user', schema: defaultColumnsSchema, run: saveDefaultColumns });
