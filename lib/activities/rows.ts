import { sql, type SQL } from 'drizzle-orm';
import type { ActivityKind, Priority } from '@/db/schema';
import { displayName } from '@/lib/persons/names';

// The record an activity belongs to, named: an organisation, a person, or a person at an organisation.
export type ActivityOwner =
  | { kind: 'organisation'; id: number; name: string }
  | { kind: 'person'; id: number; name: string }
  | { kind: 'personInOrganisation'; id: number; name: string; person: { id: number; name: string }; organisation: { id: number; name: string } };

// One activity as the cards, the work queue and the calendar show it.
export type ActivityRow = {
  id: number;
  version: number;
  kind: ActivityKind;
  subject: string;
  description: string | null;
  dueAt: string | null;
  dueHasTime: boolean;
  done: boolean;
  doneAt: string | null;
  priority: Priority;
  pinned: boolean;
  assignedToId: number | null;
  assignee: string | null;
  createdBy: number | null;
  author: string | null;
  createdAt: string;
  deleted: boolean;
  owner: ActivityOwner;
};

// The columns of an activity `a` with its author `au`, assignee `asg` and owner names (joins of activityJoins).
export const activityColumns: SQL = sql`
  a.id, a.version, a.kind, a.subject, a.description, a.due_at, a.due_has_time, a.done, a.done_at, a.priority, a.pinned,
  a.assigned_to_id, asg.name AS assignee, a.created_by, au.name AS author, a.created_at, a.deleted_at IS NOT NULL AS deleted,
  a.organisation_id, a.person_id, a.person_in_organisation_id,
  coalesce(o.name, eo.name) AS organisation_name, coalesce(p.id, ep.id) AS owner_person_id,
  coalesce(p.first_name, ep.first_name) AS first_name, coalesce(p.name_prefix, ep.name_prefix) AS name_prefix,
  coalesce(p.last_name, ep.last_name) AS last_name, coalesce(p.initials, ep.initials) AS initials, e.organisation_id AS owner_organisation_id`;

// The joins that name an activity's author, assignee and record.
export const activityJoins: SQL = sql`
  LEFT JOIN users au ON au.id = a.created_by
  LEFT JOIN users asg ON asg.id = a.assigned_to_id
  LEFT JOIN organisations o ON o.id = a.organisation_id
  LEFT JOIN persons p ON p.id = a.person_id
  LEFT JOIN persons_in_organisation e ON e.id = a.person_in_organisation_id
  LEFT JOIN persons ep ON ep.id = e.person_id
  LEFT JOIN organisations eo ON eo.id = e.organisation_id`;

type Raw = Record<string, unknown>;
const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

// An activity row from the SQL of activityColumns.
export function toActivityRow(r: Raw): ActivityRow {
  const person = { firstName: r.first_name as string | null, namePrefix: r.name_prefix as string | null, lastName: (r.last_name as string) ?? '', initials: r.initials as string | null };
  const owner: ActivityOwner = r.person_in_organisation_id
    ? {
        kind: 'personInOrganisation',
        id: r.person_in_organisation_id as number,
        name: `${displayName(person)} · ${r.organisation_name as string}`,
        person: { id: r.owner_person_id as number, name: displayName(person) },
        organisation: { id: r.owner_organisation_id as number, name: r.organisation_name as string },
      }
    : r.person_id
      ? { kind: 'person', id: r.person_id as number, name: displayName(person) }
      : { kind: 'organisation', id: r.organisation_id as number, name: (r.organisation_name as string) ?? '' };
  return {
    id: r.id as number,
    version: r.version as number,
    kind: r.kind as ActivityKind,
    subject: r.subject as string,
    description: (r.description as string | null) ?? null,
    dueAt: iso(r.due_at),
    dueHasTime: r.due_has_time as boolean,
    done: r.done as boolean,
    doneAt: iso(r.done_at),
    priority: r.priority as Priority,
    pinned: r.pinned as boolean,
    assignedToId: (r.assigned_to_id as number | null) ?? null,
    assignee: (r.assignee as string | null) ?? null,
    createdBy: (r.created_by as number | null) ?? null,
    author: (r.author as string | null) ?? null,
    createdAt: iso(r.created_at)!,
    deleted: r.deleted as boolean,
    owner,
  };
}

// Where the card of an activity's record lives.
export function ownerPath(owner: ActivityOwner): string {
  const base = { organisation: '/organisations', person: '/persons', personInOrganisation: '/persons-in-organisation' }[owner.kind];
  return `${base}/${owner.id}`;
}
