import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DueBadge } from '@/components/activities/due-badge';
import { Reminders } from '@/components/activities/reminders';
import { MainNav } from '@/components/shell/main-nav';
import { RequestRefusedNotice } from '@/components/shell/request-refused';
import { UserMenu } from '@/components/shell/user-menu';
import { countDueToday } from '@/lib/activities/queue';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { navItems } from '@/lib/navigation';

// The app shell around every signed-in page: header with navigation and user menu.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const [t, dueCount] = await Promise.all([getTranslations(), countDueToday(user.id)]);
  const items = navItems.filter((item) => hasRole(user.role, item.role));
  return (
    <>
      <RequestRefusedNotice />
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        {t('nav.skipToContent')}
      </a>
      <header className="relative bg-brand-900">
        <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-2 px-3 sm:px-6">
          <div className="flex items-center gap-4">
            <Link href="/" className="text-lg font-bold tracking-tight text-white">
              Relatio
            </Link>
            <MainNav items={items} badges={{ '/activities': <DueBadge initial={dueCount} /> }} />
          </div>
          <div className="flex items-center gap-1">
            <Reminders />
            <UserMenu name={user.name} role={user.role} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-3 py-6 sm:px-6">
        {children}
      </main>
    </>
  );
}
