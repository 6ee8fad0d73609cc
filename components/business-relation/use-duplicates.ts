'use client';

import { useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { LooseForm } from '@/components/ui/bound-fields';
import type { DuplicateMatch } from '@/lib/business-relation/duplicates';

const watched = [
  'personId',
  'person.firstName',
  'person.lastName',
  'person.privateEmail',
  'job.email',
  'organisationId',
  'editOrganisation',
  'organisation.name',
  'organisation.kvkNumber',
  'organisation.visitPostcode',
  'organisation.visitHouseNumber',
  'organisation.visitCountry',
];

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v));

// The duplicate check's query for what is typed now, or '' when there is nothing to look for. The person's
// fields count only for a new person, the organisation's only for a new or completed organisation.
function probeQuery(values: unknown[]): string {
  const [personId, firstName, lastName, privateEmail, businessEmail, organisationId, editOrganisation, name, kvk, postcode, houseNumber, country] = values.map(text);
  const params = new URLSearchParams();
  const add = (key: string, value: string) => value && params.append(key, value);
  if (personId) {
    add('personId', personId);
  } else {
    add('email', privateEmail);
    add('firstName', firstName);
    add('lastName', lastName);
  }
  add('email', businessEmail);
  add('organisationId', organisationId);
  if (!organisationId || editOrganisation === 'true') {
    add('organisationName', name);
    add('kvkNumber', kvk);
    add('postcode', postcode);
    add('houseNumber', houseNumber);
    add('country', country);
  }
  const lookingFor = [...params.keys()].some((k) => k !== 'organisationId' && k !== 'country');
  return lookingFor ? params.toString() : '';
}

// Likely duplicates of the relation being typed, checked on the server ~400 ms after the typing stops.
export function useDuplicates(form: LooseForm): DuplicateMatch[] {
  const values = useWatch({ control: form.control, name: watched }) as unknown[];
  const query = useMemo(() => probeQuery(values), [values]);
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);

  useEffect(() => {
    if (!query) {
      setMatches([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/business-relation/duplicates?${query}`, { signal: controller.signal });
        if (res.ok) setMatches(await res.json());
      } catch {
        // a newer check replaced this one
      }
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  // Until the next answer arrives, the chosen person and organisation are no duplicates of themselves.
  const [personId, organisationId] = [text(values[0]), text(values[5])];
  return matches.filter((m) => !(m.kind === 'person' && String(m.id) === personId) && !(m.kind === 'organisation' && String(m.id) === organisationId));
}
