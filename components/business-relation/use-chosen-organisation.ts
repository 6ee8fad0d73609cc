'use client';

import { useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { LooseForm } from '@/components/ui/bound-fields';

type Values = Record<string, unknown>;

// The organisation chosen in the business relation form: its stored data (loaded when chosen), and switching its
// sections between the read-only summary and completing/correcting it. The new organisation typed before
// choosing is kept aside and comes back when the user stops editing or clears the choice.
export function useChosenOrganisation(form: LooseForm) {
  const organisationId = String(useWatch({ control: form.control, name: 'organisationId' }) ?? '');
  const editing = !!useWatch({ control: form.control, name: 'editOrganisation' });
  const [loaded, setLoaded] = useState<{ id: string; values: Values } | null>(null);
  const draft = useRef<Values | null>(null);

  function stopEditing() {
    if (draft.current) form.setValue('organisation', draft.current);
    draft.current = null;
    form.setValue('editOrganisation', false);
    form.clearErrors('organisation');
  }

  const current = loaded?.id === organisationId ? loaded.values : null;

  function startEditing() {
    if (!current) return;
    draft.current = form.getValues('organisation') as Values;
    form.setValue('organisation', current);
    form.setValue('editOrganisation', true);
  }

  useEffect(() => {
    if (form.getValues('editOrganisation')) stopEditing();
    form.clearErrors('organisation');
    if (!organisationId) return;
    const controller = new AbortController();
    (async () => {
      try {
        const res = await fetch(`/api/organisations/${organisationId}`, { signal: controller.signal });
        if (!res.ok) return;
        const { id: _id, version, ...values } = (await res.json()) as Values;
        form.setValue('organisationVersion', String(version));
        setLoaded({ id: organisationId, values });
      } catch {
        // another organisation was chosen meanwhile
      }
    })();
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [organisationId]);

  return { organisationId, loaded: current, editing, startEditing, stopEditing };
}
