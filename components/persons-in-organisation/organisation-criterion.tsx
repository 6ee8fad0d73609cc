'use client';

import { useState } from 'react';
import { RecordPicker } from '@/components/pickers/record-picker';

// The organisation criterion of a list: a picker that fills a hidden `organisation` parameter of the GET form.
export function OrganisationCriterion({ label, value }: { label: string; value: { id: number; label: string } | null }) {
  const [chosen, setChosen] = useState(value);
  return (
    <div>
      <label htmlFor="criterion-organisation" className="block text-sm text-slate-700">
        {label}
      </label>
      <div className="mt-1">
        <RecordPicker id="criterion-organisation" endpoint="/api/typeahead/organisations" value={chosen} onChange={setChosen} />
      </div>
      <input type="hidden" name="organisation" value={chosen ? String(chosen.id) : ''} />
    </div>
  );
}
