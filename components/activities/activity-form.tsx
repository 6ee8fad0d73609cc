'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { createActivityAction, updateActivityAction } from '@/app/(app)/activities/actions';
import { Button } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { Field, FormAlert, inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import { useActionFeedback } from '@/components/ui/use-action-form';
import { activityKindEnum, priorityEnum } from '@/db/schema/activities';
import { localDate, localTime } from '@/lib/activities/due';
import type { ActivityRow } from '@/lib/activities/rows';
import { createActivitySchema, updateActivitySchema, type ActivitySubjectKind } from '@/lib/activities/validations';
import { activityFieldLabels, kindLabel, priorityLabels } from './labels';

type Values = Record<string, unknown>;
type Props = { users: { id: number; name: string }[]; me: number; onDone: () => void } & (
  | { mode: 'create'; on: ActivitySubjectKind; onId: number }
  | { mode: 'edit'; row: ActivityRow }
);

function initial(props: Props): Values {
  if (props.mode === 'create') {
    return { on: props.on, onId: props.onId, kind: 'call', subject: '', description: '', dueDate: '', dueTime: '', assignedToId: String(props.me), priority: 'normal', pinned: false };
  }
  const r = props.row;
  const due = r.dueAt ? new Date(r.dueAt) : null;
  return {
    id: r.id, version: r.version, kind: r.kind, subject: r.subject, description: r.description ?? '', priority: r.priority, pinned: r.pinned,
    dueDate: due ? localDate(due) : '', dueTime: due && r.dueHasTime ? localTime(due) : '', assignedToId: r.assignedToId ? String(r.assignedToId) : '',
  };
}

// The activity form, inline on a card: add a new one, or edit one (refused with what changed when someone else saved first).
export function ActivityForm(props: Props) {
  const t = useTranslations();
  const router = useRouter();
  const schema = props.mode === 'create' ? createActivitySchema : updateActivitySchema;
  const { register, handleSubmit, setError, setValue, formState } = useForm<Values>({ resolver: zodResolver(schema as never), defaultValues: initial(props) });
  const { apply, formError, conflict } = useActionFeedback(setError);
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const id = props.mode === 'create' ? `activity-new-${props.on}` : `activity-${props.row.id}`;
  const onSubmit = handleSubmit(async (values) => {
    const result = props.mode === 'create' ? await createActivityAction(values as never) : await updateActivityAction(values as never);
    if (apply(result)) {
      router.refresh();
      props.onDone();
    } else if (result.conflict) setValue('version', result.conflict.version);
  });
  const field = (name: string, input: React.ReactNode, required = false) => (
    <Field id={`${id}-${name}`} label={t(activityFieldLabels[name])} required={required} error={errors[name]?.message}>
      {input}
    </Field>
  );
  const control = (name: string) => ({ id: `${id}-${name}`, 'aria-invalid': !!errors[name], 'aria-describedby': `${id}-${name}-error`, ...register(name) });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(props.mode === 'create' ? 'activities.add' : 'activities.edit')} className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2">
      {field('kind', <select className={inputClass} {...control('kind')}>{activityKindEnum.enumValues.map((k) => <option key={k} value={k}>{t(kindLabel(k))}</option>)}</select>, true)}
      {field('subject', <input className={inputClass} autoComplete="off" {...control('subject')} />, true)}
      <div className="sm:col-span-2">{field('description', <textarea rows={3} className={inputClass} {...control('description')} />)}</div>
      {field('dueDate', <input type="date" className={inputClass} {...control('dueDate')} />)}
      {field('dueTime', <input type="time" className={inputClass} {...control('dueTime')} />)}
      {field('assignedToId', <select className={inputClass} {...control('assignedToId')}>{props.users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}</select>, true)}
      {field('priority', <select className={inputClass} {...control('priority')}>{priorityEnum.enumValues.map((p) => <option key={p} value={p}>{t(priorityLabels[p])}</option>)}</select>)}
      <label className="flex min-h-10 items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" className="h-5 w-5" {...register('pinned')} />
        {t('activities.fields.pinned')}
      </label>
      <div className="flex flex-col gap-2 sm:col-span-2">
        {conflict && <ConflictAlert conflict={conflict} fieldLabel={(f) => (activityFieldLabels[f] ? t(activityFieldLabels[f]) : f)} />}
        {formError && !conflict && (
          <FormAlert>
            <MessageText message={formError} />
          </FormAlert>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? t('common.saving') : t('common.save')}</Button>
          <Button type="button" variant="secondary" onClick={props.onDone}>{t('common.cancel')}</Button>
        </div>
      </div>
    </form>
  );
}
