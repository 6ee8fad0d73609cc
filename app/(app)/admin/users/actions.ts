'use server';

import { mutation } from '@/lib/mutation';
import { createUser, resetPassword, updateUser } from '@/lib/users/mutations';
import { createUserSchema, resetPasswordSchema, updateUserSchema } from '@/lib/users/validations';

const revalidate = () => ['/admin/users'];

export const createUserAction = mutation({
  role: 'admin',
  schema: createUserSchema,
  run: createUser,
  revalidate,
  uniqueFields: { users_email_lower_uq: 'email' },
});

export const updateUserAction = mutation({ role: 'admin', schema: updateUserSchema, run: updateUser, revalidate });

export const resetPasswordAction = mutation({ role: 'admin', schema: resetPasswordSchema, run: resetPassword, revalidate });
