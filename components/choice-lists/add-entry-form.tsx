'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { addChoiceEntryAction } from '@/app/(app)/admin/choice-lists/actions';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import { useActionFeedback } from '@/components/ui/use-action-form';
import type { ChoiceListKey } from '@/db/schema/choice-lists';
import { addChoiceEntrySchema, type AddChoiceEntryInput } from '@/lib/choice-lists/validations';

// Adds a value at the end of one choice list.
export function AddEntryForm({ listKey, listName }: { listKey: ChoiceListKey; listName: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<AddChoiceEntryInput>({ resolver: zodResolver(addChoiceEntrySchema), defaultValues: { listKey, label: '' } });
  const { apply, formError } = useActionFeedback(setError);
  const id = `choice-${listKey}-new`;
  const onSubmit = handleSubmit(async (values) => {
    if (apply(await addChoiceEntryAction(values))) {
      reset({ listKey, label: '' });
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="sm:w-80">
        <Field id={id} label={t('choiceLists.newEntry', { list: listName })} error={formState.errors.label?.message}>
          <input id={id} className={inputClass} autoComplete="off" aria-invalid={!!formState.errors.label} aria-describedby={`${id}-error`} {...register('label')} />
        </Field>
      </div>
      <div className={formState.errors.label ? 'sm:mb-6' : ''}>
        <Button type="submit" disabled={formState.isSubmitting}>
          {t('choiceLists.add')}
        </Button>
      </div>
      {formError && (
        <FormAlert>
          <MessageText message={formError} />
        </FormAlert>
      )}
    </form>
  );
}
