import type { ActivityKind, Priority } from '@/db/schema/activities';
import type { DueGroup } from '@/lib/activities/due';

// The catalogue key of an activity kind.
export const kindLabel = (kind: ActivityKind) => `activities.kinds.${kind}`;

// Catalogue keys of the priorities.
export const priorityLabels: Record<Priority, string> = { low: 'activities.priorities.low', normal: 'activities.priorities.normal', high: 'activities.priorities.high' };

// Catalogue keys of the activity form's fields (also for conflicts: the stored column names map to them).
export const activityFieldLabels: Record<string, string> = {
  kind: 'activities.fields.kind',
  subject: 'activities.fields.subject',
  description: 'activities.fields.description',
  dueDate: 'activities.fields.dueDate',
  dueTime: 'activities.fields.dueTime',
  dueAt: 'activities.fields.dueDate',
  dueHasTime: 'activities.fields.dueTime',
  assignedToId: 'activities.fields.assignedToId',
  priority: 'activities.fields.priority',
  pinned: 'activities.fields.pinned',
  done: 'activities.fields.done',
  doneAt: 'activities.fields.done',
};

// Catalogue keys of the work queue's groups.
export const groupLabels: Record<DueGroup, string> = {
  overdue: 'activities.groups.overdue',
  today: 'activities.groups.today',
  tomorrow: 'activities.groups.tomorrow',
  thisWeek: 'activities.groups.thisWeek',
  later: 'activities.groups.later',
  none: 'activities.groups.none',
};
