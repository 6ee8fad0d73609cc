'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { updateSegmentAction } from '@/app/(app)/segments/actions';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import { useActionFeedback } from '@/components/ui/use-action-form';
import { updateSegmentSchema, type UpdateSegmentInput } from '@/lib/segments/validations';
import { AppliesToFields } from './applies-to-fields';

// Rename a segment and change what it applies to (narrowing is refused while records use it).
export function EditSegmentForm({ initial, onDone }: { initial: UpdateSegmentInput & { id: number }; onDone: (saved: boolean) => void }) {
  const t = useTranslations();
  const { register, handleSubmit, setError, formState } = useForm<UpdateSegmentInput>({ resolver: zodResolver(updateSegmentSchema), defaultValues: initial });
  const { apply, formError } = useActionFeedback(setError);
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const id = `segment-${initial.id}`;
  const onSubmit = handleSubmit(async (values) => {
    if (apply(await updateSegmentAction(values))) onDone(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2">
      <Field id={`${id}-name`} label={t('segments.name')} required error={errors.name?.message}>
        <input id={`${id}-name`} className={inputClass} autoComplete="off" aria-invalid={!!errors.name} aria-describedby={`${id}-name-error`} {...register('name')} />
      </Field>
      <AppliesToFields id={`${id}-applies`} error={errors.appliesTo?.message} organisation={register('appliesToOrganisation')} personInOrganisation={register('appliesToPersonInOrganisation')} />
      <div className="flex flex-col gap-2 sm:col-span-2">
        {formError && (
          <FormAlert>
            <MessageText message={formError} />
          </FormAlert>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('common.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </form>
  );
}
