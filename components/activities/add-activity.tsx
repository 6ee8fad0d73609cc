'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActivitySubjectKind } from '@/lib/activities/validations';
import { ActivityForm } from './activity-form';

// [Add activity] on a card: opens the activity form inline, assigned to the user unless they choose someone else.
export function AddActivity({ on, onId, users, me }: { on: ActivitySubjectKind; onId: number; users: { id: number; name: string }[]; me: number }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('activities.add')}
      </Button>
    );
  }
  return <ActivityForm mode="create" on={on} onId={onId} users={users} me={me} onDone={() => setOpen(false)} />;
}
