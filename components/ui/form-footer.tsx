'use client';

import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { FormAlert } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import type { Conflict } from '@/lib/mutation/result';

// The end of a record form: a conflict or refusal message, then [Save] (or `submitLabel`) and [Cancel].
// `fieldLabel` names the changed fields and `valueLabel` turns their stored values into what people read.
export function FormFooter({
  conflict,
  formError,
  submitting,
  cancelHref,
  fieldLabel,
  valueLabel,
  submitLabel,
}: {
  conflict: Conflict | null;
  formError: string | null;
  submitting: boolean;
  cancelHref: string;
  fieldLabel: (field: string) => string;
  valueLabel?: (field: string, value: unknown) => string | null;
  submitLabel?: string;
}) {
  const t = useTranslations();
  return (
    <>
      {conflict && <ConflictAlert conflict={conflict} fieldLabel={fieldLabel} valueLabel={valueLabel} />}
      {formError && !conflict && (
        <FormAlert>
          <MessageText message={formError} />
        </FormAlert>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={submitting}>
          {submitting ? t('common.saving') : (submitLabel ?? t('common.save'))}
        </Button>
        <ButtonLink href={cancelHref}>{t('common.cancel')}</ButtonLink>
      </div>
    </>
  );
}
