'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { createSegmentAction } from '@/app/(app)/segments/actions';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import { Panel } from '@/components/ui/page-header';
import { useActionFeedback } from '@/components/ui/use-action-form';
import { appliesBeyond, createSegmentSchema, type CreateSegmentInput } from '@/lib/segments/validations';
import { AppliesToFields } from './applies-to-fields';

// A main segment a new subsegment can hang under.
export type MainChoice = { id: number; name: string; active: boolean; appliesToOrganisation: boolean; appliesToPersonInOrganisation: boolean };

const empty: CreateSegmentInput = { level: 'main', parentId: '', name: '', appliesToOrganisation: true, appliesToPersonInOrganisation: false };

// [+ Add segment] and the form it opens: type, main segment (for a subsegment), name, applies to.
export function AddSegment({ mains }: { mains: MainChoice[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, reset, control, formState } = useForm<CreateSegmentInput>({ resolver: zodResolver(createSegmentSchema), defaultValues: empty });
  const { apply, formError } = useActionFeedback(setError);
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const level = useWatch({ control, name: 'level' });

  const onSubmit = handleSubmit(async (values) => {
    setCreated(null);
    const main = mains.find((m) => String(m.id) === String(values.parentId));
    const applies = { appliesToOrganisation: !!values.appliesToOrganisation, appliesToPersonInOrganisation: !!values.appliesToPersonInOrganisation };
    if (values.level === 'sub' && main && appliesBeyond(applies, main)) {
      setError('appliesTo' as never, { type: 'validate', message: 'segments.subBeyondMain' });
      return;
    }
    if (apply(await createSegmentAction(values))) {
      setCreated(values.name);
      reset({ ...empty, level: values.level, parentId: values.parentId, ...applies });
      router.refresh();
    }
  });
  const pickMain = (id: string) => {
    const main = mains.find((m) => String(m.id) === id);
    if (main) {
      setValue('appliesToOrganisation', main.appliesToOrganisation);
      setValue('appliesToPersonInOrganisation', main.appliesToPersonInOrganisation);
    }
  };

  if (!open) {
    return (
      <Button type="button" onClick={() => setOpen(true)} aria-expanded={false}>
        {t('segments.add')}
      </Button>
    );
  }
  return (
    <Panel title={t('segments.addTitle')}>
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
        <fieldset className="space-y-1 sm:col-span-2">
          <legend className="text-sm font-medium text-slate-700">{t('segments.level')}</legend>
          <div className="flex flex-wrap gap-x-4">
            {(['main', 'sub'] as const).map((value) => (
              <label key={value} className="flex min-h-10 items-center gap-2 text-sm">
                <input type="radio" value={value} className="size-4" disabled={value === 'sub' && mains.length === 0} {...register('level')} />
                {t(`segments.levels.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {level === 'sub' && (
          <Field id="segment-new-parent" label={t('segments.parent')} required error={errors.parentId?.message}>
            <select id="segment-new-parent" className={inputClass} aria-invalid={!!errors.parentId} aria-describedby="segment-new-parent-error" {...register('parentId', { onChange: (e) => pickMain(e.target.value) })}>
              <option value="">{t('common.none')}</option>
              {mains.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.active ? '' : ` (${t('common.inactive')})`}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="segment-new-name" label={t('segments.name')} required error={errors.name?.message}>
          <input id="segment-new-name" className={inputClass} autoComplete="off" aria-invalid={!!errors.name} aria-describedby="segment-new-name-error" {...register('name')} />
        </Field>
        <div className="sm:col-span-2">
          <AppliesToFields id="segment-new-applies" error={errors.appliesTo?.message} organisation={register('appliesToOrganisation')} personInOrganisation={register('appliesToPersonInOrganisation')} />
        </div>
        <div className="flex flex-col gap-2 sm:col-span-2">
          {formError && (
            <FormAlert>
              <MessageText message={formError} />
            </FormAlert>
          )}
          {created && <FormAlert tone="success">{t('segments.created', { name: created })}</FormAlert>}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('common.saving') : t('segments.addSubmit')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {t('common.close')}
            </Button>
          </div>
        </div>
      </form>
    </Panel>
  );
}
