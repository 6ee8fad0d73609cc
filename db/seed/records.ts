import { composeIBAN } from 'ibantools';
import type { Db } from '../connect';
import { sql } from 'drizzle-orm';
import { queryRows } from '../rows';
import { seedActivities } from './activities';
import { bulkInsert, reserveIds } from './bulk';
import { namePrefixes, type Pools } from './pools';
import { Random } from './random';
import type { Reference, SegmentChoice } from './reference';

// The moment demo data is generated "at", so reruns give identical data.
export const seedBaseDate = Date.UTC(2026, 10, 1, 9, 0, 0);
const day = 86_400_000;
const banks = ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB', 'ASNB'];
const areaCodes = ['10', '20', '30', '33', '35', '40', '43', '50', '53', '70', '71', '73', '76', '79'];

const slug = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function postcode(r: Random): string {
  let letters = 'SS';
  while (['SA', 'SD', 'SS'].includes(letters)) letters = String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25));
  return `${r.int(1000, 9999)} ${letters}`;
}

// A Dutch mobile number in E.164 (06-1 to 06-5 ranges are in use).
const mobileNumber = (r: Random) => `+316${r.int(1, 5)}${r.digits(7)}`;

// A Dutch VAT number whose nine digits pass the 11-test (the ninth is the weighted sum of the first eight mod 11).
function dutchVat(r: Random): string {
  for (;;) {
    const digits = r.digits(8);
    const check = [...digits].reduce((sum, d, i) => sum + Number(d) * (9 - i), 0) % 11;
    if (check < 10) return `NL${digits}${check}B${r.pick(['01', '02', '03'])}`;
  }
}

function segmentPair(r: Random, tree: SegmentChoice[], p: number): [number | null, number | null] {
  if (tree.length === 0 || !r.chance(p)) return [null, null];
  const main = r.pick(tree);
  return [main.id, main.subs.length && r.chance(0.6) ? r.pick(main.subs) : null];
}

// How many records to make.
export type Counts = {
  organisations: number;
  persons: number;
  personsInOrganisation: number;
  activities: number;
  deletedShare: number;
  // Open activities per account manager (their work queue), and one organisation with this many activities.
  queuePerUser: number;
  heavyCard?: number;
};

// Generates and inserts organisations, persons, their employment records and activities, set-based.
export async function seedRecords(db: Db, ref: Reference, pools: Pools, counts: Counts, seed: number, log: (s: string) => void = () => undefined) {
  const r = new Random(seed);
  const at = (daysAgo: number) => new Date(seedBaseDate - daysAgo * day - r.int(0, day / 1000) * 1000).toISOString();
  const by = ref.adminId;

  // Organisations
  const orgIds = await reserveIds(db, 'organisations', counts.organisations);
  const domains: string[] = [];
  const o: Record<string, unknown[]> = {};
  const push = (target: Record<string, unknown[]>, key: string, value: unknown) => (target[key] ??= []).push(value);
  for (let i = 0; i < orgIds.length; i++) {
    const base = r.pick(pools.companies);
    const name = `${base}${r.pick(['', '', '', ' B.V.', ' Groep', ' Nederland', ' Holding'])}`;
    const domain = `${slug(base)}${r.chance(0.2) ? r.int(2, 99) : ''}.nl`;
    domains.push(domain);
    const [segmentId, subsegmentId] = segmentPair(r, ref.organisationSegments, 0.7);
    const created = r.int(30, 1500);
    const city = r.pick(pools.cities);
    const deleted = r.chance(counts.deletedShare);
    push(o, 'id', orgIds[i]);
    push(o, 'name', name);
    push(o, 'relation_type_id', r.pick(ref.choices.relation_type));
    push(o, 'status_id', r.pick(ref.choices.status));
    push(o, 'industry_id', r.chance(0.9) ? r.pick(ref.choices.industry) : null);
    push(o, 'account_manager_id', r.chance(0.85) ? r.pick(ref.accountManagerIds) : null);
    push(o, 'segment_id', segmentId);
    push(o, 'subsegment_id', subsegmentId);
    push(o, 'customer_number', `K${String(100000 + i)}`);
    push(o, 'kvk_number', `${r.int(1, 9)}${r.digits(7)}`);
    push(o, 'vat_number', r.chance(0.8) ? dutchVat(r) : null);
    push(o, 'iban', r.chance(0.7) ? composeIBAN({ countryCode: 'NL', bban: `${r.pick(banks)}${r.digits(10)}` }) : null);
    push(o, 'email', `info@${domain}`);
    push(o, 'phone', `+31${r.pick(areaCodes)}${r.int(2, 9)}${r.digits(6)}`);
    push(o, 'website', `https://www.${domain}`);
    push(o, 'active', r.chance(0.92));
    push(o, 'visit_street', r.pick(pools.streets));
    push(o, 'visit_house_number', String(r.int(1, 250)));
    push(o, 'visit_house_number_addition', r.chance(0.1) ? r.pick(['A', 'B', 'bis', '2']) : null);
    push(o, 'visit_postcode', postcode(r));
    push(o, 'visit_city', city);
    push(o, 'created_at', at(created));
    push(o, 'updated_at', at(r.int(0, created)));
    push(o, 'created_by', by);
    push(o, 'updated_by', by);
    push(o, 'deleted_at', deleted ? at(r.int(0, 20)) : null);
  }
  await bulkInsert(db, 'organisations', {
    id: ['int', o.id], name: ['text', o.name], relation_type_id: ['int', o.relation_type_id], status_id: ['int', o.status_id],
    industry_id: ['int', o.industry_id], account_manager_id: ['int', o.account_manager_id], segment_id: ['int', o.segment_id],
    subsegment_id: ['int', o.subsegment_id], customer_number: ['text', o.customer_number], kvk_number: ['text', o.kvk_number],
    vat_number: ['text', o.vat_number], iban: ['text', o.iban], email: ['text', o.email], phone: ['text', o.phone],
    website: ['text', o.website], active: ['bool', o.active], visit_street: ['text', o.visit_street],
    visit_house_number: ['text', o.visit_house_number], visit_house_number_addition: ['text', o.visit_house_number_addition],
    visit_postcode: ['text', o.visit_postcode], visit_city: ['text', o.visit_city], postal_street: ['text', o.visit_street],
    postal_house_number: ['text', o.visit_house_number], postal_house_number_addition: ['text', o.visit_house_number_addition],
    postal_postcode: ['text', o.visit_postcode], postal_city: ['text', o.visit_city], created_at: ['timestamptz', o.created_at],
    updated_at: ['timestamptz', o.updated_at], created_by: ['int', o.created_by], updated_by: ['int', o.updated_by],
    deleted_at: ['timestamptz', o.deleted_at],
  });
  log(`${orgIds.length} organisations`);

  // Persons
  const personIds = await reserveIds(db, 'persons', counts.persons);
  const p: Record<string, unknown[]> = {};
  const emailNames: string[] = [];
  for (let i = 0; i < personIds.length; i++) {
    const first = r.pick(pools.firstNames);
    const surname = r.pick(pools.lastNames);
    const prefix = surname.prefix ?? (r.chance(0.15) ? r.pick(namePrefixes) : null);
    const last = surname.last;
    const created = r.int(30, 1500);
    const hasAddress = r.chance(0.5);
    const consent = r.chance(0.4);
    emailNames.push(`${slug(first.name)}.${slug(`${prefix ?? ''}${last}`).replace(/-/g, '')}`);
    push(p, 'id', personIds[i]);
    push(p, 'salutation_id', ref.choices.salutation[first.sex === 'male' ? 0 : 1]);
    push(p, 'initials', `${first.name[0].toUpperCase()}.${r.chance(0.3) ? `${String.fromCharCode(65 + r.int(0, 25))}.` : ''}`);
    push(p, 'first_name', first.name);
    push(p, 'name_prefix', prefix);
    push(p, 'last_name', last);
    push(p, 'private_email', r.chance(0.4) ? `${emailNames[i]}@${r.pick(['gmail.com', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl'])}` : null);
    push(p, 'mobile', r.chance(0.6) ? mobileNumber(r) : null);
    push(p, 'date_of_birth', r.chance(0.8) ? new Date(Date.UTC(r.int(1955, 2003), r.int(0, 11), r.int(1, 28))).toISOString().slice(0, 10) : null);
    push(p, 'street', hasAddress ? r.pick(pools.streets) : null);
    push(p, 'house_number', hasAddress ? String(r.int(1, 180)) : null);
    push(p, 'postcode', hasAddress ? postcode(r) : null);
    push(p, 'city', hasAddress ? r.pick(pools.cities) : null);
    push(p, 'marketing_consent', consent);
    push(p, 'marketing_consent_at', consent ? at(r.int(0, created)) : null);
    push(p, 'passive', r.chance(0.05));
    push(p, 'created_at', at(created));
    push(p, 'updated_at', at(r.int(0, created)));
    push(p, 'created_by', by);
    push(p, 'updated_by', by);
  }
  await bulkInsert(db, 'persons', {
    id: ['int', p.id], salutation_id: ['int', p.salutation_id], initials: ['text', p.initials], first_name: ['text', p.first_name],
    name_prefix: ['text', p.name_prefix], last_name: ['text', p.last_name], private_email: ['text', p.private_email],
    mobile: ['text', p.mobile], date_of_birth: ['date', p.date_of_birth], street: ['text', p.street], house_number: ['text', p.house_number],
    postcode: ['text', p.postcode], city: ['text', p.city], marketing_consent: ['bool', p.marketing_consent],
    marketing_consent_at: ['timestamptz', p.marketing_consent_at], passive: ['bool', p.passive], created_at: ['timestamptz', p.created_at],
    updated_at: ['timestamptz', p.updated_at], created_by: ['int', p.created_by], updated_by: ['int', p.updated_by],
  });
  log(`${personIds.length} persons`);

  // Persons in organisation: everyone has a current job; some also a former one at another organisation.
  const e: Record<string, unknown[]> = {};
  const departments = ['Directie', 'Inkoop', 'Verkoop', 'Marketing', 'ICT', 'Financiën', 'HR'];
  const titles = ['Directeur', 'Inkoper', 'Accountmanager', 'Marketingmanager', 'Office manager', 'CFO', 'HR-adviseur'];
  const extra = Math.max(0, counts.personsInOrganisation - personIds.length);
  const live = orgIds.map((_, i) => i).filter((i) => o.deleted_at[i] === null);
  let previousOrg = -1;
  const addJob = (personIndex: number, active: boolean) => {
    let orgIndex = r.pick(live);
    while (live.length > 1 && orgIndex === previousOrg) orgIndex = r.pick(live);
    previousOrg = active ? -1 : orgIndex;
    const [categoryId, subcategoryId] = segmentPair(r, ref.pioSegments, 0.6);
    const start = r.int(active ? 30 : 1500, active ? 1400 : 3500);
    push(e, 'person_id', personIds[personIndex]);
    push(e, 'organisation_id', orgIds[orgIndex]);
    push(e, 'department', r.pick(departments));
    push(e, 'job_title', r.pick(titles));
    push(e, 'email', `${emailNames[personIndex]}@${domains[orgIndex]}`);
    push(e, 'phone', r.chance(0.7) ? `+31${r.pick(areaCodes)}${r.int(2, 9)}${r.digits(6)}` : null);
    push(e, 'mobile', r.chance(0.5) ? mobileNumber(r) : null);
    push(e, 'category_id', categoryId);
    push(e, 'subcategory_id', subcategoryId);
    push(e, 'start_date', new Date(seedBaseDate - start * day).toISOString().slice(0, 10));
    push(e, 'end_date', active ? null : new Date(seedBaseDate - r.int(31, start - 1) * day).toISOString().slice(0, 10));
    push(e, 'active', active);
    push(e, 'created_at', at(Math.min(start, 1500)));
    push(e, 'updated_at', at(r.int(0, 29)));
    push(e, 'created_by', by);
    push(e, 'updated_by', by);
  };
  for (let i = 0; i < personIds.length; i++) {
    if (i < extra) addJob(i, false);
    addJob(i, true);
  }
  const pioIds = await reserveIds(db, 'persons_in_organisation', e.person_id.length);
  // The per-row trigger (sort keys, category check) is set aside for the load: the sort keys are joined in
  // set-based, and the category rules are checked for all new rows at once afterwards.
  await db.execute(sql`ALTER TABLE persons_in_organisation DISABLE TRIGGER persons_in_organisation_before_write`);
  try {
    await bulkInsert(db, 'persons_in_organisation', {
      id: ['int', pioIds], person_id: ['int', e.person_id], organisation_id: ['int', e.organisation_id], department: ['text', e.department],
      job_title: ['text', e.job_title], email: ['text', e.email], phone: ['text', e.phone], mobile: ['text', e.mobile],
      category_id: ['int', e.category_id], subcategory_id: ['int', e.subcategory_id], start_date: ['date', e.start_date],
      end_date: ['date', e.end_date], active: ['bool', e.active], created_at: ['timestamptz', e.created_at],
      updated_at: ['timestamptz', e.updated_at], created_by: ['int', e.created_by], updated_by: ['int', e.updated_by],
    }, {
      derived: {
        person_sort_name: '(SELECT p.sort_name FROM persons p WHERE p.id = u.person_id)',
        organisation_name_sort: '(SELECT o.name_sort FROM organisations o WHERE o.id = u.organisation_id)',
      },
    });
  } finally {
    await db.execute(sql`ALTER TABLE persons_in_organisation ENABLE TRIGGER persons_in_organisation_before_write`);
  }
  const [broken] = await queryRows<{ n: number }>(db, sql`
    SELECT count(*)::int AS n FROM persons_in_organisation e
      LEFT JOIN segments c ON c.id = e.category_id LEFT JOIN segments s ON s.id = e.subcategory_id
     WHERE e.id >= ${pioIds[0] ?? 0} AND (
           (e.category_id IS NOT NULL AND (c.parent_id IS NOT NULL OR NOT c.applies_to_person_in_organisation))
        OR (e.subcategory_id IS NOT NULL AND (s.parent_id IS DISTINCT FROM e.category_id OR NOT s.applies_to_person_in_organisation)))`);
  if (broken.n > 0) throw new Error(`${broken.n} persons in organisation break the category rules`);
  log(`${pioIds.length} persons in organisation`);

  // Activities: history over everyone, and each account manager's open work.
  const made = await seedActivities(
    db,
    { organisationIds: live.map((i) => orgIds[i]), personIds, pioIds },
    { history: counts.activities, perUser: counts.queuePerUser, userIds: ref.accountManagerIds, heavy: counts.heavyCard ? { organisationId: orgIds[live[0]], count: counts.heavyCard } : undefined },
    seed + 7,
  );
  log(`${made} activities`);
}
