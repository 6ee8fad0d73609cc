'use server';

import { mutation } from '@/lib/mutation';
import { changeOwnLocale } from '@/lib/users/mutations';
import { localeSchema } from '@/lib/users/validations';

export const changeOwnLocaleAction = mutation({ role: 'user', schema: localeSchema, run: changeOwnLocale, revalidate: () => ['/'] });
