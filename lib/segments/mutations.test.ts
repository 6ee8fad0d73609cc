import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  createSegmentAction,
  deleteSegmentAction,
  mergeSegmentAction,
  moveSegmentAction,
  setSegmentActiveAction,
  updateSegmentAction,
} from '@/app/(app)/segments/actions';
import type { DbHandle } from '@/db/connect';
import { auditLog, organisations, persons, personsInOrganisation, segments } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));
const signedInAs = (user: SessionUser | null) => (getSessionUser as jest.Mock).mockResolvedValue(user);

let handle: DbHandle;
let superUser: SessionUser;
let plainUser: SessionUser;

beforeAll(async () => {
  handle = await openTestDatabase();
  superUser = await makeUser(handle.db, 'crm_super');
  plainUser = await makeUser(handle.db, 'user');
});
afterAll(() => handle.close());

const both = { appliesToOrganisation: true, appliesToPersonInOrganisation: true };
const orgOnly = { appliesToOrganisation: true, appliesToPersonInOrganisation: false };

async function add(name: string, parentId: number | null = null, applies = orgOnly): Promise<number> {
  signedInAs(superUser);
  const result = await createSegmentAction({ level: parentId ? 'sub' : 'main', parentId: parentId ?? '', name, ...applies });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
const segment = async (id: number) => (await handle.db.select().from(segments).where(eq(segments.id, id)))[0];
const orgWith = async (segmentId: number | null, subsegmentId: number | null = null) =>
  (await handle.db.insert(organisations).values({ name: `Org ${Math.random()}`, segmentId, subsegmentId }).returning())[0];
async function personInOrgWith(categoryId: number | null, subcategoryId: number | null = null) {
  const [org] = await handle.db.insert(organisations).values({ name: 'Werkgever' }).returning();
  const [person] = await handle.db.insert(persons).values({ lastName: 'Jansen' }).returning();
  return (await handle.db.insert(personsInOrganisation).values({ personId: person.id, organisationId: org.id, categoryId, subcategoryId }).returning())[0];
}

describe('changing segments', () => {
  it('refuses every segment action called directly by a user, and writes nothing', async () => {
    const id = await add('Alleen lezen');
    const row = await segment(id);
    signedInAs(plainUser);
    const forbidden = { ok: false, formError: 'errors.forbidden' };
    expect(await createSegmentAction({ level: 'main', name: 'Stiekem', ...orgOnly })).toEqual(forbidden);
    expect(await updateSegmentAction({ id, version: row.version, name: 'Anders', ...orgOnly })).toEqual(forbidden);
    expect(await moveSegmentAction({ id, direction: 'up' })).toEqual(forbidden);
    expect(await setSegmentActiveAction({ id, version: row.version, active: false })).toEqual(forbidden);
    expect(await deleteSegmentAction({ id, version: row.version })).toEqual(forbidden);
    expect(await mergeSegmentAction({ id, version: row.version, targetId: id + 1 })).toEqual(forbidden);
    expect(await segment(id)).toEqual(row);
  });

  it('adds a main segment with two subsegments in the order they were added', async () => {
    const main = await add('Retail', null, both);
    const first = await add('Winkels', main);
    const second = await add('Webshops', main, both);
    const subs = await handle.db.select().from(segments).where(eq(segments.parentId, main));
    expect(subs.sort((a, b) => a.sortOrder - b.sortOrder).map((s) => s.id)).toEqual([first, second]);
    const audit = await handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'segments'), eq(auditLog.recordId, second)));
    expect(audit).toMatchObject([{ action: 'create', userId: superUser.id }]);
  });

  it('turns a duplicate name among siblings (any case) into a message at the name field', async () => {
    const main = await add('Dubbel');
    await add('Noord', main);
    signedInAs(superUser);
    expect(await createSegmentAction({ level: 'sub', parentId: main, name: 'NOORD', ...orgOnly })).toEqual({ ok: false, fieldErrors: { name: ['errors.duplicate'] } });
    expect((await createSegmentAction({ level: 'main', name: 'noord', ...orgOnly })).ok).toBe(true);
  });

  it('refuses a subsegment that applies where its main segment does not, at the applies-to field', async () => {
    const main = await add('Alleen organisaties');
    signedInAs(superUser);
    const result = await createSegmentAction({ level: 'sub', parentId: main, name: 'Contactpersonen', ...both });
    expect(result).toEqual({ ok: false, fieldErrors: { appliesTo: ['segments.subBeyondMain'] } });
  });

  it('asks for a main segment for a subsegment, and for at least one kind of record', async () => {
    signedInAs(superUser);
    const result = await createSegmentAction({ level: 'sub', parentId: '', name: 'Los', appliesToOrganisation: false, appliesToPersonInOrganisation: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ parentId: ['segments.parentRequired'], appliesTo: ['segments.appliesToRequired'] });
  });

  it('reorders by swapping the sort order of two neighbours, with a history entry for each', async () => {
    const main = await add('Volgorde');
    const [a, b, c] = [await add('A', main), await add('B', main), await add('C', main)];
    signedInAs(superUser);
    expect(await moveSegmentAction({ id: c, direction: 'up' })).toEqual({ ok: true, data: { moved: true } });
    const rows = await handle.db.select().from(segments).where(eq(segments.parentId, main));
    expect(rows.sort((x, y) => x.sortOrder - y.sortOrder).map((s) => s.id)).toEqual([a, c, b]);
    const audit = await handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'segments'), eq(auditLog.action, 'update'), inArray(auditLog.recordId, [a, b, c])));
    expect(audit.map((e) => [e.recordId, e.changes]).sort()).toEqual([[b, { sortOrder: [20, 30] }], [c, { sortOrder: [30, 20] }]].sort());
    expect(await moveSegmentAction({ id: a, direction: 'up' })).toEqual({ ok: true, data: { moved: false } });
  });

  it('refuses to narrow what a segment applies to while records of the excluded kind use it, saying how many', async () => {
    const main = await add('Breed', null, both);
    await personInOrgWith(main);
    await personInOrgWith(main);
    const row = await segment(main);
    signedInAs(superUser);
    const result = await updateSegmentAction({ id: main, version: row.version, name: 'Breed', ...orgOnly });
    expect(result).toEqual({ ok: false, fieldErrors: { appliesTo: ['segments.narrowUsedByPersons|{"count":2}'] } });
    expect(await segment(main)).toEqual(row);
  });

  it('refuses to delete a used segment with the count, and deletes an unused main segment with its subsegments', async () => {
    const used = await add('In gebruik');
    await orgWith(used);
    signedInAs(superUser);
    const refused = await deleteSegmentAction({ id: used, version: (await segment(used)).version });
    expect(refused).toEqual({ ok: false, formError: 'segments.deleteInUse|{"count":1}' });
    const unused = await add('Ongebruikt');
    const sub = await add('Ook weg', unused);
    expect(await deleteSegmentAction({ id: unused, version: 1 })).toEqual({ ok: true, data: { id: unused, subsegments: 1 } });
    expect((await segment(sub)).deletedAt).not.toBeNull();
  });

  it('merges a subsegment into a subsegment of another main, moving every record with one history entry per record', async () => {
    const [m1, m2] = [await add('Eerste', null, both), await add('Tweede', null, both)];
    const [s1, s2] = [await add('Bron', m1, both), await add('Doel', m2, both)];
    const orgs = [await orgWith(m1, s1), await orgWith(m1, s1)];
    const pio = await personInOrgWith(m1, s1);
    signedInAs(superUser);
    const result = await mergeSegmentAction({ id: s1, version: 1, targetId: s2 });
    expect(result).toEqual({ ok: true, data: { id: s2, moved: 3 } });
    const moved = await handle.db.select().from(organisations).where(inArray(organisations.id, orgs.map((o) => o.id)));
    expect(moved.map((o) => [o.segmentId, o.subsegmentId, o.version])).toEqual([[m2, s2, 2], [m2, s2, 2]]);
    const [p] = await handle.db.select().from(personsInOrganisation).where(eq(personsInOrganisation.id, pio.id));
    expect([p.categoryId, p.subcategoryId]).toEqual([m2, s2]);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'merge'));
    expect(audit.map((e) => e.recordId).sort()).toEqual([...orgs.map((o) => o.id), pio.id].sort());
    expect(audit.find((e) => e.tableName === 'organisations')?.changes).toEqual({ subsegmentId: [s1, s2], segmentId: [m1, m2] });
    expect((await segment(s1)).deletedAt).not.toBeNull();
  });

  it('merges a main segment: its records move and its subsegments go under the target', async () => {
    const [source, target] = [await add('Oud', null, both), await add('Nieuw', null, both)];
    const sub = await add('Blijft', source);
    const [withSub, without] = [await orgWith(source, sub), await orgWith(source)];
    signedInAs(superUser);
    expect(await mergeSegmentAction({ id: source, version: 1, targetId: target })).toEqual({ ok: true, data: { id: target, moved: 2 } });
    const rows = await handle.db.select().from(organisations).where(inArray(organisations.id, [withSub.id, without.id]));
    expect(rows.sort((a, b) => a.id - b.id).map((o) => [o.segmentId, o.subsegmentId])).toEqual([[target, sub], [target, null]]);
    expect((await segment(sub)).parentId).toBe(target);
    const audit = await handle.db.select().from(auditLog).where(and(eq(auditLog.action, 'merge'), inArray(auditLog.recordId, [withSub.id, without.id])));
    expect(audit.map((e) => e.changes)).toEqual([{ segmentId: [source, target] }, { segmentId: [source, target] }]);
  });

  it('refuses a merge into another level, into a segment that does not apply to the records, or with clashing subsegment names', async () => {
    const [source, orgTarget, clashTarget] = [await add('Van', null, both), await add('Naar', null, orgOnly), await add('Botsing', null, both)];
    const sub = await add('Gelijk', source);
    await add('gelijk', clashTarget);
    await personInOrgWith(source);
    signedInAs(superUser);
    expect(await mergeSegmentAction({ id: source, version: 1, targetId: sub })).toEqual({ ok: false, fieldErrors: { targetId: ['segments.mergeSameLevel'] } });
    expect(await mergeSegmentAction({ id: source, version: 1, targetId: orgTarget })).toEqual({
      ok: false,
      fieldErrors: { targetId: ['segments.mergeTargetNotForPersons|{"count":1}'] },
    });
    expect(await mergeSegmentAction({ id: source, version: 1, targetId: clashTarget })).toEqual({
      ok: false,
      fieldErrors: { targetId: ['segments.mergeNameClash|{"name":"Gelijk"}'] },
    });
  });

  it('moves deleted records along in a merge, and takes the segment off deleted ones the target does not apply to', async () => {
    const deleted = async <T extends { id: number }>(table: typeof organisations | typeof personsInOrganisation, row: T) => {
      await handle.db.update(table).set({ deletedAt: new Date() }).where(eq(table.id, row.id));
      return row.id;
    };
    const [m1, m2] = [await add('Van hoofd', null, both), await add('Naar hoofd', null, both)];
    const [s1, s2] = [await add('Van onder', m1, both), await add('Naar onder', m2)];
    const org = await deleted(organisations, await orgWith(m1, s1));
    const pio = await deleted(personsInOrganisation, await personInOrgWith(m1, s1));
    signedInAs(superUser);
    expect(await mergeSegmentAction({ id: s1, version: 1, targetId: s2 })).toEqual({ ok: true, data: { id: s2, moved: 2 } });
    const [o] = await handle.db.select().from(organisations).where(eq(organisations.id, org));
    const [p] = await handle.db.select().from(personsInOrganisation).where(eq(personsInOrganisation.id, pio));
    expect([o.segmentId, o.subsegmentId, p.categoryId, p.subcategoryId]).toEqual([m2, s2, m1, null]);

    const [source, target] = [await add('Oude hoofdgroep', null, both), await add('Nieuwe hoofdgroep')];
    const sub = await add('Gaat mee', source);
    const org2 = await deleted(organisations, await orgWith(source, sub));
    const pio2 = await deleted(personsInOrganisation, await personInOrgWith(source));
    expect(await mergeSegmentAction({ id: source, version: 1, targetId: target })).toEqual({ ok: true, data: { id: target, moved: 2 } });
    const [o2] = await handle.db.select().from(organisations).where(eq(organisations.id, org2));
    const [p2] = await handle.db.select().from(personsInOrganisation).where(eq(personsInOrganisation.id, pio2));
    expect([o2.segmentId, o2.subsegmentId, p2.categoryId]).toEqual([target, sub, null]);
    const audit = await handle.db.select().from(auditLog).where(and(eq(auditLog.action, 'merge'), eq(auditLog.tableName, 'persons_in_organisation'), eq(auditLog.recordId, pio2)));
    expect(audit.map((e) => e.changes)).toEqual([{ categoryId: [source, null] }]);
  });

  it('deactivates a segment without touching the records that use it', async () => {
    const id = await add('Tijdelijk');
    const org = await orgWith(id);
    signedInAs(superUser);
    expect(await setSegmentActiveAction({ id, version: 1, active: false })).toEqual({ ok: true, data: { id, version: 2 } });
    expect((await handle.db.select().from(organisations).where(eq(organisations.id, org.id)))[0].segmentId).toBe(id);
  });
});

// Runs SQL straight on the database: the database's refusal message, or 'accepted'.
async function refusal(query: SQL): Promise<string> {
  try {
    await handle.db.execute(query);
    return 'accepted';
  } catch (error) {
    const e = error as { message: string; cause?: { message?: string } };
    return e.cause?.message ?? e.message;
  }
}

describe('the database keeps the segment tree consistent', () => {
  it('rejects a subsegment that applies where its main segment does not, written directly in SQL', async () => {
    const main = await add('Alleen voor organisaties');
    const insert = sql`INSERT INTO segments (name, parent_id, applies_to_organisation, applies_to_person_in_organisation) VALUES ('Te breed', ${main}, true, true)`;
    expect(await refusal(insert)).toMatch(/applies where its main segment does not/);
    const sub = await add('Past wel', main);
    expect(await refusal(sql`UPDATE segments SET applies_to_person_in_organisation = true WHERE id = ${sub}`)).toMatch(/applies where its main segment does not/);
    const wide = await add('Breed hoofd', null, both);
    await add('Breed onder', wide, both);
    expect(await refusal(sql`UPDATE segments SET applies_to_person_in_organisation = false WHERE id = ${wide}`)).toMatch(/a subsegment of \d+ applies to persons in organisation/);
    expect(await refusal(sql`UPDATE segments SET applies_to_organisation = true WHERE id = ${sub}`)).toBe('accepted');
  });

  it('rejects narrowing what a segment applies to while live records of that kind use it, written directly in SQL', async () => {
    const main = await add('In gebruik door beide', null, both);
    await personInOrgWith(main);
    await orgWith(main);
    expect(await refusal(sql`UPDATE segments SET applies_to_person_in_organisation = false WHERE id = ${main}`)).toMatch(/is used by persons in organisation/);
    expect(await refusal(sql`UPDATE segments SET applies_to_organisation = false WHERE id = ${main}`)).toMatch(/is used by organisations/);
    const unused = await add('Ongebruikt breed', null, both);
    expect(await refusal(sql`UPDATE segments SET applies_to_person_in_organisation = false WHERE id = ${unused}`)).toBe('accepted');
  });

  it('rejects an organisation whose subsegment is not under its segment', async () => {
    const [m1, m2] = [await add('Hoofd 1'), await add('Hoofd 2')];
    const sub = await add('Onder 2', m2);
    await expect(orgWith(m1, sub)).rejects.toThrow();
    const ok = await orgWith(m2, sub);
    await expect(handle.db.update(organisations).set({ segmentId: m1 }).where(eq(organisations.id, ok.id))).rejects.toThrow();
  });

  it('rejects a person in organisation whose category does not apply to persons in organisation', async () => {
    const orgOnlyMain = await add('Niet voor personen');
    await expect(personInOrgWith(orgOnlyMain)).rejects.toThrow();
  });

  it('rejects a subsegment under a subsegment', async () => {
    const main = await add('Stam');
    const sub = await add('Tak', main);
    await expect(handle.db.insert(segments).values({ name: 'Blad', parentId: sub })).rejects.toThrow();
  });
});
