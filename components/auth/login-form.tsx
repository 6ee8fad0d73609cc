'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, inputClass } from '@/components/ui/field';

const reasons: Record<string, string> = {
  invalid: 'login.invalid',
  throttled: 'login.throttled',
  inactive: 'login.inactive',
  unavailable: 'login.unavailable',
};

// E-mail and password form; says why a sign-in was refused.
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setBusy(false);
    setError(reasons[result?.error ?? ''] ?? 'login.invalid');
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <Field id="email" label={t('login.email')}>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </Field>
      <Field id="password" label={t('login.password')}>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      {error && <FormAlert>{t(error)}</FormAlert>}
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? t('login.signingIn') : t('login.submit')}
      </Button>
    </form>
  );
}
