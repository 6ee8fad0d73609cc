import { getTranslations } from 'next-intl/server';
import { AddSegment } from '@/components/segments/add-segment';
import { SegmentTree } from '@/components/segments/segment-tree';
import { Panel, PageHeader } from '@/components/ui/page-header';
import { hasRole } from '@/lib/auth/roles';
import { requirePageUser } from '@/lib/auth/session';
import { getSegmentTree } from '@/lib/segments/queries';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('segments.title') };
}

// The segment tree for everybody; CRM Super users and admins also add, edit, reorder, deactivate, delete and merge.
export default async function SegmentsPage() {
  const user = await requirePageUser();
  const [t, tree] = await Promise.all([getTranslations(), getSegmentTree()]);
  const canEdit = hasRole(user.role, 'crm_super');
  const mains = tree.map(({ id, name, active, appliesToOrganisation, appliesToPersonInOrganisation }) => ({ id, name, active, appliesToOrganisation, appliesToPersonInOrganisation }));
  return (
    <div className="space-y-4">
      <PageHeader title={t('segments.title')} />
      <p className="max-w-3xl text-sm text-slate-600">{t('segments.intro')}</p>
      {canEdit && <AddSegment mains={mains} />}
      <Panel>
        <SegmentTree tree={tree} canEdit={canEdit} />
      </Panel>
    </div>
  );
}
