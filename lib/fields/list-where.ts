import { sql, type SQL } from 'drizzle-orm';
import type { ListState } from '@/lib/list/params';
import { compileCriteria, type CompileContext } from './compile';
import { parseCriteriaParam, type CriteriaIssue, type CriteriaNode } from './criteria';
import { simpleCriteria, type SimpleCriterion } from './simple';
import type { Registry } from './types';

// The criteria of a list state as one tree: the simple criteria form's values and the advanced query (`c`), all
// of which must hold; with what could not be read, per URL parameter, and the parts of the advanced query left
// out (`advanced` is what remains of it).
export function stateCriteria(
  registry: Registry,
  simple: readonly SimpleCriterion[],
  state: ListState,
): { node: CriteriaNode; invalid: Record<string, string>; advanced: CriteriaNode | null; issues: CriteriaIssue[] } {
  const { criteria, invalid } = simpleCriteria(registry, simple, state.criteria);
  const advanced = parseCriteriaParam(registry, state.where);
  if (advanced.error) invalid.c = advanced.error;
  return { node: { and: advanced.node ? [...criteria, advanced.node] : criteria }, invalid, advanced: advanced.node, issues: advanced.issues };
}

// The WHERE of a list: live records (or, for those who may see them, the Deleted view) meeting the state's criteria;
// `narrowing` says whether any criterion applies.
export function listWhere(
  registry: Registry,
  simple: readonly SimpleCriterion[],
  state: ListState,
  ctx: CompileContext,
  canSeeDeleted: boolean,
): { where: SQL; deleted: boolean; narrowing: boolean } {
  const deleted = state.criteria.view === 'deleted' && canSeeDeleted;
  const { node } = stateCriteria(registry, simple, state);
  const parts = [deleted ? sql`r.deleted_at IS NOT NULL` : sql`r.deleted_at IS NULL`];
  const narrowing = 'and' in node && node.and.length > 0;
  if (narrowing) parts.push(compileCriteria(registry, node, ctx));
  return { where: sql.join(parts, sql` AND `), deleted, narrowing };
}
