import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';

// The title of a list page with the switch to its Deleted view (for those who may restore) and [+ Add].
export function ListPageHeader({
  path,
  deletedView,
  canSeeDeleted,
  labels,
}: {
  path: string;
  deletedView: boolean;
  canSeeDeleted: boolean;
  labels: { title: string; deletedTitle: string; showDeleted: string; showLive: string; add: string };
}) {
  return (
    <PageHeader
      title={deletedView ? labels.deletedTitle : labels.title}
      actions={
        <>
          {canSeeDeleted && (
            <Link href={deletedView ? path : `${path}?view=deleted`} className="self-center text-sm text-brand-700 underline">
              {deletedView ? labels.showLive : labels.showDeleted}
            </Link>
          )}
          {!deletedView && (
            <ButtonLink href={`${path}/new`} variant="primary">
              {labels.add}
            </ButtonLink>
          )}
        </>
      }
    />
  );
}
