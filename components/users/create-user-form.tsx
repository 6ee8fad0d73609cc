'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createUserAction } from '@/app/(app)/admin/users/actions';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import { useActionFeedback } from '@/components/ui/use-action-form';
import { roles } from '@/lib/auth/roles';
import { createUserSchema, type CreateUserInput } from '@/lib/users/validations';

const empty: CreateUserInput = { name: '', email: '', role: 'user', password: '' };

// Admin form to add a user.
export function CreateUserForm() {
  const t = useTranslations();
  const [created, setCreated] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: empty,
  });
  const { apply, formError } = useActionFeedback(setError);
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setCreated(null);
    if (apply(await createUserAction(values))) {
      setCreated(values.email);
      reset(empty);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <Field id="new-user-name" label={t('users.name')} required error={errors.name?.message}>
        <input id="new-user-name" className={inputClass} autoComplete="off" aria-invalid={!!errors.name} aria-describedby="new-user-name-error" {...register('name')} />
      </Field>
      <Field id="new-user-email" label={t('users.email')} required error={errors.email?.message}>
        <input id="new-user-email" type="email" className={inputClass} autoComplete="off" aria-invalid={!!errors.email} aria-describedby="new-user-email-error" {...register('email')} />
      </Field>
      <Field id="new-user-role" label={t('users.role')} required error={errors.role?.message}>
        <select id="new-user-role" className={inputClass} aria-invalid={!!errors.role} aria-describedby="new-user-role-error" {...register('role')}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-user-password" label={t('users.initialPassword')} required error={errors.password?.message} hint={t('users.passwordHint')}>
        <input id="new-user-password" type="password" className={inputClass} autoComplete="new-password" aria-invalid={!!errors.password} aria-describedby="new-user-password-error" {...register('password')} />
      </Field>
      <div className="flex flex-col gap-2 sm:col-span-2">
        {formError && (
          <FormAlert>
            <MessageText message={formError} />
          </FormAlert>
        )}
        {created && <FormAlert tone="success">{t('users.created', { email: created })}</FormAlert>}
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {t('users.add')}
          </Button>
        </div>
      </div>
    </form>
  );
}
