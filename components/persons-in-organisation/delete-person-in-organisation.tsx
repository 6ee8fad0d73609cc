'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { deletePersonInOrganisationAction, restorePersonInOrganisationAction } from '@/app/(app)/persons-in-organisation/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';

// [Delete] with a confirmation that says what goes with the person in organisation.
export function DeletePersonInOrganisationButton({ id, version, name, impact }: { id: number; version: number; name: string; impact: { activities: number } }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('common.delete')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('personsInOrganisation.deleteTitle', { name })}
        confirmLabel={t('personsInOrganisation.deleteConfirm')}
        busy={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const result = await deletePersonInOrganisationAction({ id, version });
            if (result.ok) router.push(`/persons-in-organisation?deleted=${id}`);
            else setError(result.formError ?? 'errors.unexpected');
          })
        }
      >
        <p>{t('personsInOrganisation.deleteWhatGoes', { activities: impact.activities })}</p>
        <p className="mt-2">{t('personsInOrganisation.deleteCanRestore')}</p>
        {error && (
          <div className="mt-3">
            <FormAlert>
              <MessageText message={error} />
            </FormAlert>
          </div>
        )}
      </ConfirmDialog>
    </>
  );
}

// [Restore] on a deleted person in organisation (CRM Super users and admins).
export function RestorePersonInOrganisationButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await restorePersonInOrganisationAction({ id });
            if (result.ok) router.refresh();
            else setError(result.formError ?? 'errors.unexpected');
          })
        }
      >
        {t('personsInOrganisation.restore', { name })}
      </Button>
      {error && (
        <FormAlert>
          <MessageText message={error} />
        </FormAlert>
      )}
    </div>
  );
}
