'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import type { ActionResult } from '@/lib/mutation/result';

type Action<I> = (input: I) => Promise<ActionResult<unknown>>;

// [Delete] with a confirmation that says what goes with the record; goes to `afterHref` when done.
export function DeleteRecordButton<I>({ action, input, title, confirmLabel, afterHref, children }: { action: Action<I>; input: I; title: string; confirmLabel: string; afterHref: string; children: ReactNode }) {
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
        title={title}
        confirmLabel={confirmLabel}
        busy={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const result = await action(input);
            if (result.ok) router.push(afterHref);
            else setError(result.formError ?? 'errors.unexpected');
          })
        }
      >
        {children}
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

// [Restore] on a deleted record (CRM Super users and admins).
export function RestoreRecordButton<I>({ action, input, label }: { action: Action<I>; input: I; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action(input);
            if (result.ok) router.refresh();
            else setError(result.formError ?? 'errors.unexpected');
          })
        }
      >
        {label}
      </Button>
      {error && (
        <FormAlert>
          <MessageText message={error} />
        </FormAlert>
      )}
    </div>
  );
}
