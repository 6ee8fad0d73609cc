'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { renameChoiceEntryAction } from '@/app/(app)/admin/choice-lists/actions';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import { useActionFeedback } from '@/components/ui/use-action-form';
import { renameChoiceEntrySchema, type RenameChoiceEntryInput } from '@/lib/choice-lists/validations';

// Gives a choice list entry a new label; records that use it show the new one.
export function RenameEntryForm({ id, version, label, onDone }: { id: number; version: number; label: string; onDone: () => void }) {
  const t = useTranslations();
  const { register, handleSubmit, setError, formState } = useForm<RenameChoiceEntryInput>({ resolver: zodResolver(renameChoiceEntrySchema), defaultValues: { id, version, label } });
  const { apply, formError } = useActionFeedback(setError);
  const field = `choice-entry-${id}-label`;
  const onSubmit = handleSubmit(async (values) => {
    if (apply(await renameChoiceEntryAction(values))) onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex w-full flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3">
      <Field id={field} label={t('choiceLists.renameLabel', { name: label })} required error={formState.errors.label?.message}>
        <input id={field} className={inputClass} autoComplete="off" aria-invalid={!!formState.errors.label} aria-describedby={`${field}-error`} {...register('label')} />
      </Field>
      {formError && (
        <FormAlert>
          <MessageText message={formError} />
        </FormAlert>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : t('common.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
