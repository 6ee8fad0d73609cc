'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { resetPasswordAction, updateUserAction } from '@/app/(app)/admin/users/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import type { Role } from '@/db/schema/users';
import { roles } from '@/lib/auth/roles';
import type { ActionResult } from '@/lib/mutation/result';

type Props = { id: number; name: string; email: string; role: Role; active: boolean; version: number; self: boolean };

// Admin controls for one user: role, active flag (deactivating asks first) and a new password. On the admin's own
// row only the password: their own role and status are changed by another admin.
export function UserRowEditor(user: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);

  function run(call: () => Promise<ActionResult<unknown>>, success: string) {
    startTransition(async () => {
      const result = await call();
      setConfirming(false);
      if (result.ok) {
        setMessage({ text: success, ok: true });
        setPassword('');
        router.refresh();
      } else {
        const fieldMessage = Object.values(result.fieldErrors ?? {})[0]?.[0];
        setMessage({ text: fieldMessage ?? result.formError ?? 'errors.unexpected', ok: false });
      }
    });
  }

  const base = { id: user.id, version: user.version, name: user.name };
  const setActive = (active: boolean) => run(() => updateUserAction({ ...base, role: user.role, active }), active ? 'users.activated' : 'users.deactivated');
  return (
    <div className="flex flex-col gap-2">
      {user.self ? (
        <p className="max-w-xs text-sm text-slate-600">{t('users.ownAccount')}</p>
      ) : (
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-xs text-slate-600">
            {t('users.role')}
            <select className={`${inputClass} mt-1`} value={role} onChange={(e) => setRole(e.target.value as Role)} aria-label={t('users.roleOf', { name: user.name })}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <Button variant="secondary" disabled={pending || role === user.role} onClick={() => run(() => updateUserAction({ ...base, role, active: user.active }), 'users.saved')}>
            {t('users.changeRole')}
          </Button>
          <Button variant={user.active ? 'danger' : 'secondary'} disabled={pending} onClick={() => (user.active ? setConfirming(true) : setActive(true))}>
            {user.active ? t('users.deactivate') : t('users.activate')}
          </Button>
          <ConfirmDialog
            open={confirming}
            title={t('users.deactivateTitle', { name: user.name })}
            confirmLabel={t('users.confirmDeactivate')}
            busy={pending}
            onConfirm={() => setActive(false)}
            onCancel={() => setConfirming(false)}
          >
            {t('users.deactivateExplain', { name: user.name })}
          </ConfirmDialog>
        </div>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-xs text-slate-600">
          {t('users.newPassword')}
          <input type="password" autoComplete="new-password" className={`${inputClass} mt-1`} value={password} onChange={(e) => setPassword(e.target.value)} aria-label={t('users.newPasswordFor', { name: user.name })} />
        </label>
        <Button variant="secondary" disabled={pending || !password} onClick={() => run(() => resetPasswordAction({ id: user.id, version: user.version, password }), 'users.passwordReset')}>
          {t('users.resetPassword')}
        </Button>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-sm text-green-700' : 'text-sm text-red-700'}>
          <MessageText message={message.text} />
        </p>
      )}
    </div>
  );
}
