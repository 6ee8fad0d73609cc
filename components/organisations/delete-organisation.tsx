'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { deleteOrganisationAction, restoreOrganisationAction } from '@/app/(app)/organisations/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';

// [Delete] with a confirmation that says what goes with the organisation.
export function DeleteOrganisationButton({ id, version, name, impact }: { id: number; version: number; name: string; impact: { personsInOrganisation: number; activities: number } }) {
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
        title={t('organisations.deleteTitle', { name })}
        confirmLabel={t('organisations.deleteConfirm')}
        busy={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const result = await deleteOrganisationAction({ id, version });
            if (result.ok) router.push(`/organisations?deleted=${id}`);
            else setError(result.formError ?? 'errors.unexpected');
          })
        }
      >
        <p>{t('organisations.deleteWhatGoes', { persons: impact.personsInOrganisation, activities: impact.activities })}</p>
        <p className="mt-2">{t('organisations.deleteCanRestore')}</p>
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

// [Restore] on a deleted organisation (CRM Super users and admins).
export function RestoreOrganisationButton({ id, name }: { id: number; name: string }) {
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
            const result = await restoreOrganisationAction({ id });
            if (result.ok) router.refresh();
            else setError(result.formError ?? 'errors.unexpected');
          })
        }
      >
        {t('organisations.restore', { name })}
      </Button>
      {error && (
        <FormAlert>
          <MessageText message={error} />
        </FormAlert>
      )}
    </div>
  );
}
