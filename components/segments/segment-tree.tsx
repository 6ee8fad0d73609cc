import { getTranslations } from 'next-intl/server';
import type { SegmentBranch, SegmentNode } from '@/lib/segments/queries';
import type { MergeGroup } from './remove-segment';
import { SegmentControls } from './segment-controls';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

// Where a segment is offered, in the words of each kind of record (Segment/Subsegment, Category/Subcategory).
function usedAs(t: Translate, node: SegmentNode): string[] {
  const level = node.parentId === null ? 'main' : 'sub';
  const kinds = [node.appliesToOrganisation && 'organisation', node.appliesToPersonInOrganisation && 'personInOrganisation'].filter(Boolean);
  return kinds.map((kind) => t(`segments.usedAs.${kind}.${level}`));
}

// The segments one can merge `node` into: other mains, or the subsegments of every main.
function mergeTargets(tree: SegmentBranch[], node: SegmentNode): MergeGroup[] {
  const option = ({ id, name, active }: SegmentNode) => ({ id, name, active });
  if (node.parentId === null) return [{ label: null, options: tree.filter((m) => m.id !== node.id).map(option) }];
  return tree.map((m) => ({ label: m.name, options: m.subs.filter((s) => s.id !== node.id).map(option) })).filter((g) => g.options.length > 0);
}

async function SegmentRow({ tree, node, position, count, canEdit }: { tree: SegmentBranch[]; node: SegmentNode & { subs?: SegmentNode[] }; position: number; count: number; canEdit: boolean }) {
  const t = await getTranslations();
  const isMain = node.parentId === null;
  return (
    <div className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between" data-testid={`segment-${node.id}`}>
      <div className="min-w-0">
        <p className={isMain ? 'font-semibold text-slate-900' : 'font-medium text-slate-800'}>
          {node.name}
          {!node.active && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-normal">{t('segments.inactive')}</span>}
        </p>
        <p className="text-xs text-slate-600">{usedAs(t, node).join(' · ')}</p>
        <p className="text-xs text-slate-500">{t('segments.usage', { organisations: node.organisations, persons: node.personsInOrganisation })}</p>
      </div>
      {canEdit && <SegmentControls node={node} position={position} count={count} subs={node.subs?.length ?? 0} targets={mergeTargets(tree, node)} />}
    </div>
  );
}

// The two-level segment tree: main segments with their subsegments, in sort order, with usage counts.
export async function SegmentTree({ tree, canEdit }: { tree: SegmentBranch[]; canEdit: boolean }) {
  const t = await getTranslations();
  if (tree.length === 0) return <p className="text-sm text-slate-600">{t('segments.empty')}</p>;
  return (
    <ul aria-label={t('segments.treeLabel')} className="divide-y divide-slate-200">
      {tree.map((main, i) => (
        <li key={main.id}>
          <SegmentRow tree={tree} node={main} position={i} count={tree.length} canEdit={canEdit} />
          {main.subs.length > 0 && (
            <ul aria-label={t('segments.subsOf', { name: main.name })} className="mb-3 ml-3 divide-y divide-slate-100 border-l-2 border-slate-200 pl-3 sm:ml-6 sm:pl-4">
              {main.subs.map((sub, j) => (
                <li key={sub.id}>
                  <SegmentRow tree={tree} node={sub} position={j} count={main.subs.length} canEdit={canEdit} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
