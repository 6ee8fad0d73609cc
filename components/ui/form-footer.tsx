'use client';

import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { FormAlert } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import type { Conflict } from '@/lib/mutation/result';

// The end of a record form: a conflict or refusal message, then [Save] and [Cancel].
export function FormFooter({
  conflict,
  formError,
  submitting,
  cancelHref,
  fieldLabel,
}: {
  conflict: Conflict | null;
  formError: string | null;
  submitting: boolean;
  cancelHref: string;
  fieldLabel: (field: string) => string;
}) {
  const t = useTranslations();
  return (
    <>
      {conflict && <ConflictAlert conflict={conflict} fieldLabel={fieldLabel} />}
      {formError && !conflict && (
        <FormAlert>
          <MessageText message={formError} />
        </FormAlert>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={submitting}>
          {submitting ? t('common.saving') : t('common.save')}
        </Button>
        <ButtonLink href={cancelHref}>{t('common.cancel')}</ButtonLink>
      </div>
    </>
  );
}
