import { getLocale, getTranslations } from 'next-intl/server';
import { Panel, PageHeader } from '@/components/ui/page-header';
import { CreateUserForm } from '@/components/users/create-user-form';
import { UserRowEditor } from '@/components/users/user-row-editor';
import type { Locale } from '@/db/schema';
import { requirePageUser } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/i18n/format';
import { listUsers } from '@/lib/users/queries';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('users.title') };
}

// Admin: the users of Relatio, with their role and status, and a form to add one.
export default async function UsersPage() {
  const me = await requirePageUser('admin');
  const [t, locale, rows] = await Promise.all([getTranslations(), getLocale(), listUsers()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('users.title')} />
      <Panel title={t('users.addTitle')}>
        <CreateUserForm />
      </Panel>
      <Panel title={t('users.listTitle', { count: rows.length })}>
        <ul className="divide-y divide-slate-200">
          {rows.map((u) => (
            <li key={u.id} className="flex flex-col gap-3 py-3 lg:flex-row lg:items-start lg:justify-between" data-testid={`user-${u.email}`}>
              <div className="min-w-0">
                <p className="font-medium">
                  {u.name} {!u.active && <span className="ml-1 rounded bg-slate-200 px-1.5 py-0.5 text-xs">{t('users.inactive')}</span>}
                </p>
                <p className="truncate text-sm text-slate-600">{u.email}</p>
                <p className="text-xs text-slate-500">
                  {t(`roles.${u.role}`)} · {t('users.lastLogin')}
                  {t('common.colon')} {u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale as Locale) : t('users.never')}
                </p>
              </div>
              <UserRowEditor id={u.id} name={u.name} email={u.email} role={u.role} active={u.active} version={u.version} self={u.id === me.id} />
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
