'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { moveSegmentAction, setSegmentActiveAction } from '@/app/(app)/segments/actions';
import { Button } from '@/components/ui/button';
import { MessageText } from '@/components/ui/message-text';
import { MoveButtons } from '@/components/ui/move-buttons';
import { useRowAction } from '@/components/ui/use-row-action';
import type { SegmentNode } from '@/lib/segments/queries';
import { EditSegmentForm } from './edit-segment-form';
import { RemoveSegment, type MergeGroup } from './remove-segment';

type Props = { node: SegmentNode; position: number; count: number; subs: number; targets: MergeGroup[] };

// The editing controls of one segment: reorder, edit, deactivate/reactivate, delete or merge.
export function SegmentControls({ node, position, count, subs, targets }: Props) {
  const t = useTranslations();
  const [editing, setEditing] = useState(false);
  const { run, pending, message } = useRowAction();
  const { id, version, name } = node;
  return (
    <div className="flex flex-col gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <MoveButtons name={name} position={position} count={count} disabled={pending} onMove={(direction) => run(() => moveSegmentAction({ id, direction }))} />
        <Button type="button" variant="secondary" aria-expanded={editing} aria-label={t('common.editNamed', { name })} onClick={() => setEditing((v) => !v)}>
          {t('common.edit')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          aria-label={t(node.active ? 'common.deactivateNamed' : 'common.activateNamed', { name })}
          onClick={() => run(() => setSegmentActiveAction({ id, version, active: !node.active }))}
        >
          {node.active ? t('common.deactivate') : t('common.activate')}
        </Button>
        <RemoveSegment
          id={id}
          version={version}
          name={name}
          isMain={node.parentId === null}
          subs={subs}
          organisations={node.organisations}
          personsInOrganisation={node.personsInOrganisation}
          targets={targets}
        />
      </div>
      {message && !message.ok && (
        <p role="alert" className="text-sm text-red-700">
          <MessageText message={message.text} />
        </p>
      )}
      {editing && (
        <div className="w-full sm:max-w-xl">
          <EditSegmentForm
            initial={{ id, version, name, appliesToOrganisation: node.appliesToOrganisation, appliesToPersonInOrganisation: node.appliesToPersonInOrganisation }}
            onDone={() => setEditing(false)}
          />
        </div>
      )}
    </div>
  );
}
