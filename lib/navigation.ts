import type { Role } from '@/db/schema';

// One entry of the main navigation: where it goes, its catalogue label, and who sees it.
export type NavItem = { href: string; label: string; role: Role };

// The main navigation, in the order the product describes.
export const navItems: NavItem[] = [
  { href: '/', label: 'nav.dashboard', role: 'user' },
  { href: '/activities', label: 'nav.myWork', role: 'user' },
  { href: '/organisations', label: 'nav.organisations', role: 'user' },
  { href: '/persons', label: 'nav.persons', role: 'user' },
  { href: '/persons-in-organisation', label: 'nav.personsInOrganisation', role: 'user' },
  { href: '/segments', label: 'nav.segments', role: 'user' },
  { href: '/business-relation/new', label: 'nav.businessRelation', role: 'user' },
  { href: '/admin/users', label: 'nav.users', role: 'admin' },
  { href: '/admin/choice-lists', label: 'nav.choiceLists', role: 'crm_super' },
];

// Where the card of a record of each kind lives.
export const cardPaths = { organisation: '/organisations', person: '/persons', personInOrganisation: '/persons-in-organisation' } as const;

// The card of one record.
export function cardPath(kind: keyof typeof cardPaths, id: number): string {
  return `${cardPaths[kind]}/${id}`;
}
