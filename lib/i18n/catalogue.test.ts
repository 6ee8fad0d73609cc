import fs from 'node:fs';
import path from 'node:path';
import { activityKindEnum, auditActionEnum, choiceListKeys, localeEnum, roleEnum } from '@/db/schema';
import { duplicateReasons } from '@/lib/business-relation/duplicate-probe';
import type { Registry } from '@/lib/fields/types';
import { organisationFields } from '@/lib/organisations/fields';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import { personFields } from '@/lib/persons/fields';
import en from './messages/en.json';
import fr from './messages/fr.json';
import nl from './messages/nl.json';

// Keys are used in code as full string literals ('users.title'); a template literal (`roles.${role}`)
// marks every key under its prefix as used.
type Tree = { [key: string]: string | Tree };
const catalogues: Record<string, Tree> = { nl, en, fr };

function leaves(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, leaves(v, key));
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const root = path.join(__dirname, '..', '..');
const files = ['app', 'components', 'lib', 'db'].filter((d) => fs.existsSync(path.join(root, d))).flatMap((d) => sourceFiles(path.join(root, d)));
const code = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
// The markup: what pages and components render (messages of programming errors are no markup).
const markupCode = files.filter((f) => f.endsWith('.tsx')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
const nlKeys = leaves(nl);
const namespaces = new Set(Object.keys(nl));
const literals = new Set([...code.matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)(?:\|[^'"`]*)?['"`]/g)].map((m) => m[1]));
const dynamicPrefixes = [...code.matchAll(/`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*\.)\$\{/g)].map((m) => m[1]);
// Keys that are certainly message keys: passed to t(), errorMessage(), formError(), fieldError(), or in the
// validation and errors namespaces; each must exist even if its namespace does not.
const certain = new Set([
  ...[...code.matchAll(/\b(?:t|t\.has|errorMessage|formError)\(\s*'([^'$]+)'/g)].map((m) => m[1]),
  ...[...code.matchAll(/\bfieldError\([^,]+,\s*'([^']+)'/g)].map((m) => m[1]),
  ...[...literals].filter((k) => /^(validation|errors)\./.test(k)),
]);
// The keys under `prefix` that a field registry names its fields and list columns with.
const registryKeys = (prefix: string, registry: Registry) =>
  registry.flatMap((f) => [f.label, f.list?.label ?? '']).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));

// Every family of keys the code builds at run time (`organisations.fields.${c}`), with the values it builds them
// from: history and conflicts name every audited field, lists every column, cards every tab.
const dynamicFamilies: Record<string, readonly string[]> = {
  'activities.kinds.': activityKindEnum.enumValues,
  'businessRelation.duplicates.reasons.': duplicateReasons,
  'choiceLists.lists.': choiceListKeys,
  'dashboard.counts.': ['organisations', 'persons', 'personsInOrganisation', 'segments'],
  'dashboard.kinds.': ['organisation', 'person', 'personInOrganisation'],
  'history.actions.': auditActionEnum.enumValues,
  'languages.': localeEnum.enumValues,
  'organisations.fields.': registryKeys('organisations.fields.', organisationFields),
  'organisations.tabs.': ['organisation', 'visit', 'postal'],
  'persons.columns.': registryKeys('persons.columns.', personFields),
  'persons.fields.': [...registryKeys('persons.fields.', personFields), 'address'],
  'persons.tabs.': ['personal', 'business'],
  'personsInOrganisation.fields.': registryKeys('personsInOrganisation.fields.', personInOrganisationFields),
  'roles.': roleEnum.enumValues,
  'segments.levels.': ['main', 'sub'],
  'segments.usedAs.': ['organisation.main', 'organisation.sub', 'personInOrganisation.main', 'personInOrganisation.sub'],
};
const dynamicKeys = new Set(Object.entries(dynamicFamilies).flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`)));

// Placeholders are {name} or {name, plural|select|number …}; plural branch texts are not placeholders.
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]))].sort().join(',');

describe('message catalogues', () => {
  it('have the same keys in Dutch, English and French', () => {
    for (const [lang, tree] of Object.entries(catalogues)) {
      expect({ lang, keys: Object.keys(leaves(tree)).sort() }).toEqual({ lang, keys: Object.keys(nlKeys).sort() });
    }
  });

  it('use the same placeholders in every language', () => {
    for (const [lang, tree] of Object.entries(catalogues)) {
      const mismatched = Object.entries(leaves(tree)).filter(([k, v]) => placeholders(v) !== placeholders(nlKeys[k] ?? ''));
      expect({ lang, mismatched }).toEqual({ lang, mismatched: [] });
    }
  });

  it('contain every key the code uses', () => {
    const candidates = [...literals].filter((key) => namespaces.has(key.split('.')[0])).concat([...certain]);
    const missing = [...new Set(candidates)].filter((key) => !(key in nlKeys) && !Object.keys(nlKeys).some((k) => k.startsWith(`${key}.`)));
    expect(missing).toEqual([]);
  });

  it('list every family of keys the code builds at run time, and no family the code no longer builds', () => {
    const families = new Set(dynamicPrefixes.filter((p) => namespaces.has(p.split('.')[0])));
    expect([...families].sort()).toEqual(Object.keys(dynamicFamilies).sort());
  });

  it('contain every key of those families in every language', () => {
    for (const [lang, tree] of Object.entries(catalogues)) {
      const keys = leaves(tree);
      expect({ lang, missing: [...dynamicKeys].filter((key) => !(key in keys)) }).toEqual({ lang, missing: [] });
    }
  });

  it('contain no key that the code does not use', () => {
    const unused = Object.keys(nlKeys).filter((key) => !literals.has(key) && !dynamicKeys.has(key));
    expect(unused).toEqual([]);
  });

  it('name the person in organisation as the manuals do, the same way everywhere', () => {
    expect([nl.nav.personsInOrganisation, en.nav.personsInOrganisation, fr.nav.personsInOrganisation]).toEqual(['Personen in organisatie', 'Persons in organisation', "Personnes dans l'organisation"]);
    const french = Object.entries(leaves(fr)).filter(([, v]) => /personnes? dans une organisation|dans l’organisation/i.test(v));
    expect(french).toEqual([]);
  });

  it('write French with a non-breaking space before : ; ? and !', () => {
    const wrong = Object.entries(leaves(fr)).filter(([, v]) => /(^|[^\u00a0\u202f])[:;?!]/.test(v));
    expect(wrong).toEqual([]);
  });

  it('leave the punctuation after a translated text to the catalogue (French spaces it), not to the markup', () => {
    const markup = [...markupCode.matchAll(/\)\}[:;?!](?=[\s<$]|$)[^\n]*/gm)].map((m) => m[0]);
    expect(markup).toEqual([]);
  });

  it('have no empty messages', () => {
    for (const tree of Object.values(catalogues)) expect(Object.entries(leaves(tree)).filter(([, v]) => !v.trim())).toEqual([]);
  });
});
