import { z } from '@/lib/validation/zod-setup';
import { localeEnum, roleEnum } from '@/db/schema/users';

const name = z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong|{"max":100}');
const email = z.string().trim().toLowerCase().min(1, 'validation.required').pipe(z.email('validation.email'));
const password = z.string().min(10, 'users.passwordTooShort').max(200, 'validation.tooLong|{"max":200}');
const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();

// New user, as the admin form fills it in.
export const createUserSchema = z.object({
  name,
  email,
  role: z.enum(roleEnum.enumValues, 'validation.required'),
  password,
});

// Name, role and active flag of an existing user.
export const updateUserSchema = z.object({ id, version, name, role: z.enum(roleEnum.enumValues), active: z.boolean() });

// A new password set by an admin.
export const resetPasswordSchema = z.object({ id, version, password });

// The signed-in user's interface language.
export const localeSchema = z.object({ locale: z.enum(localeEnum.enumValues) });

export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
