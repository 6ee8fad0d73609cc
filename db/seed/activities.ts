import { addDays, dueInstant, localDate } from '../../lib/activities/due';
import type { Db } from '../connect';
import { bulkInsert, reserveIds } from './bulk';
import { Random } from './random';

// The records activities can be about.
export type ActivityTargets = { organisationIds: number[]; personIds: number[]; pioIds: number[] };

// How many activities to make: `history` spread over everyone (mostly done), `perUser` open ones in each user's
// queue (overdue, today, tomorrow, this week, later, no date) plus two pinned notes each, and optionally one
// organisation with many activities.
export type ActivityPlan = { history: number; perUser: number; userIds: number[]; heavy?: { organisationId: number; count: number } };

const day = 86_400_000;
const kinds = ['call', 'meeting', 'email', 'task'] as const;
const notes = [
  'Wil alleen per e-mail benaderd worden', 'Let op: betaalt facturen laat', 'Contactpersoon met verlof tot maart', 'Voorkeur: bellen na 14:00',
  'Beslissing ligt bij de directie', 'Raamcontract loopt tot eind volgend jaar', 'Heeft interesse in de nieuwe module',
];
const descriptions = ['Vorige keer voicemail ingesproken.', 'Offerte van vorige maand meenemen.', 'Agenda: evaluatie, planning, prijzen.', 'Vraag naar het budget voor volgend jaar.', null, null, null];

// Days from today per queue group, as [share of perUser, first day, last day] (null: no date).
const queueMix: [number, number | null, number | null][] = [
  [0.1, -12, -1], [0.1, 0, 0], [0.07, 1, 1], [0.13, 2, 6], [0.5, 7, 60], [0.1, null, null],
];

// Generates and inserts activities, set-based; due dates are relative to `now`, so a demo always has work for today.
export async function seedActivities(db: Db, targets: ActivityTargets, plan: ActivityPlan, seed: number, now = new Date()): Promise<number> {
  const r = new Random(seed);
  const today = localDate(now);
  const cols: Record<string, unknown[]> = {};
  const push = (row: Record<string, unknown>) => Object.entries(row).forEach(([k, v]) => (cols[k] ??= []).push(v));
  const owner = () => {
    const x = r.next();
    if (x < 0.5 || !targets.pioIds.length) return { organisation_id: r.pick(targets.organisationIds), person_id: null, person_in_organisation_id: null };
    if (x < 0.85) return { organisation_id: null, person_id: null, person_in_organisation_id: r.pick(targets.pioIds) };
    return { organisation_id: null, person_id: r.pick(targets.personIds), person_in_organisation_id: null };
  };
  const time = () => `${String(r.int(8, 17)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45'])}`;
  const add = (userId: number, o: { kind: string; subject: string; dueDay: number | null; timed?: boolean; done?: boolean; pinned?: boolean; priority?: string; at?: ReturnType<typeof owner> }) => {
    const timed = o.dueDay !== null && (o.timed ?? r.chance(0.5));
    const dueAt = o.dueDay === null ? null : dueInstant(addDays(today, o.dueDay), timed ? time() : null);
    const created = new Date(Math.min(now.getTime(), (dueAt ?? now).getTime()) - r.int(1, 60) * day).toISOString();
    push({
      kind: o.kind, subject: o.subject, description: r.pick(descriptions), due_at: dueAt?.toISOString() ?? null, due_has_time: timed,
      assigned_to_id: userId, done: !!o.done, done_at: o.done ? new Date(now.getTime() - r.int(1, 90) * day).toISOString() : null,
      priority: o.priority ?? r.pick(['low', 'normal', 'normal', 'normal', 'high']), pinned: !!o.pinned, ...(o.at ?? owner()),
      created_at: created, updated_at: created, created_by: r.chance(0.8) ? userId : r.pick(plan.userIds), updated_by: userId,
    });
  };
  for (let i = 0; i < plan.history; i++) {
    const kind = r.pick([...kinds, 'note']);
    add(r.pick(plan.userIds), { kind, subject: kind === 'note' ? r.pick(notes) : r.pick(subjects), dueDay: kind === 'note' ? null : -r.int(1, 400), done: kind !== 'note', pinned: kind === 'note' && r.chance(0.1) });
  }
  for (const userId of plan.userIds) {
    for (const [share, first, last] of queueMix) {
      for (let i = 0; i < Math.max(1, Math.round(share * plan.perUser)); i++) {
        add(userId, { kind: r.pick(kinds), subject: r.pick(subjects), dueDay: first === null ? null : r.int(first, last!), timed: first === 0 && i === 0 ? true : undefined });
      }
    }
    add(userId, { kind: 'note', subject: r.pick(notes), dueDay: null, pinned: true, priority: 'high' });
    add(userId, { kind: 'note', subject: r.pick(notes), dueDay: null, pinned: true, priority: 'normal' });
  }
  if (plan.heavy) {
    const at = { organisation_id: plan.heavy.organisationId, person_id: null, person_in_organisation_id: null };
    for (let i = 0; i < plan.heavy.count; i++) add(r.pick(plan.userIds), { kind: r.pick([...kinds, 'note']), subject: r.pick(subjects), dueDay: r.int(-300, 30), done: r.chance(0.7), at });
  }
  const n = cols.kind?.length ?? 0;
  if (!n) return 0;
  await bulkInsert(db, 'activities', {
    id: ['int', await reserveIds(db, 'activities', n)], kind: ['activity_kind', cols.kind], subject: ['text', cols.subject], description: ['text', cols.description],
    due_at: ['timestamptz', cols.due_at], due_has_time: ['bool', cols.due_has_time], assigned_to_id: ['int', cols.assigned_to_id], done: ['bool', cols.done],
    done_at: ['timestamptz', cols.done_at], priority: ['priority', cols.priority], pinned: ['bool', cols.pinned], organisation_id: ['int', cols.organisation_id],
    person_id: ['int', cols.person_id], person_in_organisation_id: ['int', cols.person_in_organisation_id], created_at: ['timestamptz', cols.created_at],
    updated_at: ['timestamptz', cols.updated_at], created_by: ['int', cols.created_by], updated_by: ['int', cols.updated_by],
  });
  return n;
}

// Subjects of open and done work, as account managers write them.
const subjects = [
  'Offerte nabellen', 'Kennismakingsgesprek', 'Contract verlengen', 'Demo inplannen', 'Jaargesprek voorbereiden',
  'Factuur nabespreken', 'Terugbelverzoek', 'Evaluatie project', 'Prijsafspraken vastleggen', 'Nieuwe contactpersoon bellen',
  'Bezoek op locatie', 'Voorstel sturen', 'Referentie opvragen', 'Klanttevredenheid peilen', 'Uitnodiging klantendag',
];
