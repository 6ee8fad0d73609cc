import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { Db } from '../connect';
import { choiceListEntries, choiceLists, segments, users, type ChoiceListKey, type Role } from '../schema';

// The password of every demo account.
export const demoPassword = 'relatio-demo';

const demoUsers: { name: string; email: string; role: Role; active?: boolean }[] = [
  { name: 'Anna de Admin', email: 'admin@relatio.test', role: 'admin' },
  { name: 'Sven Super', email: 'super@relatio.test', role: 'crm_super' },
  { name: 'Umut Gebruiker', email: 'user@relatio.test', role: 'user' },
  { name: 'Fleur van Dijk', email: 'fleur@relatio.test', role: 'user' },
  { name: 'Daan Bakker', email: 'daan@relatio.test', role: 'user' },
  { name: 'Sanne de Vries', email: 'sanne@relatio.test', role: 'user' },
  { name: 'Oud Medewerker', email: 'inactive@relatio.test', role: 'user', active: false },
];

const choiceValues: Record<ChoiceListKey, string[]> = {
  relation_type: ['Klant', 'Prospect', 'Leverancier', 'Concurrent', 'Partner'],
  status: ['Suspect', 'Prospect', 'Klant', 'Oud-klant'],
  industry: ['ICT', 'Bouw', 'Zorg', 'Onderwijs', 'Logistiek', 'Detailhandel', 'Financiële dienstverlening', 'Overheid', 'Industrie', 'Horeca'],
  salutation: ['Dhr.', 'Mevr.', 'Dhr./Mevr.'],
  department: ['Directie', 'Inkoop', 'Verkoop', 'Marketing', 'ICT', 'Financiën', 'HR'],
  job_title: ['Directeur', 'Inkoper', 'Accountmanager', 'Marketingmanager', 'Office manager', 'CFO', 'HR-adviseur'],
};

type Tree = { name: string; org: boolean; pio: boolean; subs: { name: string; org: boolean; pio: boolean }[] }[];
const segmentTree: Tree = [
  { name: 'Zakelijke markt', org: true, pio: false, subs: [{ name: 'MKB', org: true, pio: false }, { name: 'Grootzakelijk', org: true, pio: false }, { name: 'ZZP', org: true, pio: false }] },
  { name: 'Publieke sector', org: true, pio: false, subs: [{ name: 'Gemeenten', org: true, pio: false }, { name: 'Onderwijsinstellingen', org: true, pio: false }, { name: 'Zorginstellingen', org: true, pio: false }] },
  { name: 'Beslisser', org: false, pio: true, subs: [{ name: 'Budgethouder', org: false, pio: true }, { name: 'Eindgebruiker', org: false, pio: true }] },
  { name: 'Netwerk', org: true, pio: true, subs: [{ name: 'Ambassadeur', org: false, pio: true }, { name: 'Partnerbedrijf', org: true, pio: false }, { name: 'Evenementen', org: true, pio: true }] },
];

// A main segment with its subsegments, as the generators choose from them.
export type SegmentChoice = { id: number; subs: number[] };

// Ids the record generators need.
export type Reference = {
  adminId: number;
  accountManagerIds: number[];
  choices: Record<ChoiceListKey, number[]>;
  organisationSegments: SegmentChoice[];
  pioSegments: SegmentChoice[];
};

// Creates the demo users, the choice lists and the segment tree.
export async function seedReference(db: Db): Promise<Reference> {
  const created = [];
  for (const u of demoUsers) {
    const [row] = await db
      .insert(users)
      .values({ name: u.name, email: u.email, role: u.role, active: u.active ?? true, passwordHash: await hash(demoPassword) })
      .returning({ id: users.id, role: users.role, active: users.active });
    created.push(row);
  }
  const adminId = created[0].id;
  await db.update(users).set({ createdBy: adminId, updatedBy: adminId }).where(eq(users.active, true));
  const audit = { createdBy: adminId, updatedBy: adminId };

  const choices = {} as Record<ChoiceListKey, number[]>;
  for (const [key, labels] of Object.entries(choiceValues) as [ChoiceListKey, string[]][]) {
    const [list] = await db.insert(choiceLists).values({ key, ...audit }).returning({ id: choiceLists.id });
    const rows = await db
      .insert(choiceListEntries)
      .values(labels.map((label, i) => ({ choiceListId: list.id, label, sortOrder: (i + 1) * 10, ...audit })))
      .returning({ id: choiceListEntries.id });
    choices[key] = rows.map((r) => r.id);
  }

  const organisationSegments: SegmentChoice[] = [];
  const pioSegments: SegmentChoice[] = [];
  for (const [i, main] of segmentTree.entries()) {
    const [m] = await db
      .insert(segments)
      .values({ name: main.name, appliesToOrganisation: main.org, appliesToPersonInOrganisation: main.pio, sortOrder: (i + 1) * 10, ...audit })
      .returning({ id: segments.id });
    const subs = [];
    for (const [j, sub] of main.subs.entries()) {
      const [s] = await db
        .insert(segments)
        .values({ parentId: m.id, name: sub.name, appliesToOrganisation: sub.org, appliesToPersonInOrganisation: sub.pio, sortOrder: (j + 1) * 10, ...audit })
        .returning({ id: segments.id });
      subs.push({ id: s.id, ...sub });
    }
    if (main.org) organisationSegments.push({ id: m.id, subs: subs.filter((s) => s.org).map((s) => s.id) });
    if (main.pio) pioSegments.push({ id: m.id, subs: subs.filter((s) => s.pio).map((s) => s.id) });
  }

  return {
    adminId,
    accountManagerIds: created.filter((u) => u.active).map((u) => u.id),
    choices,
    organisationSegments,
    pioSegments,
  };
}
