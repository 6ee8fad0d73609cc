// Writes of many records at once, each with its history: one list of patches (updateEach), or every record a list
// definition matches (updateMatching); both name a batch (bulk_jobs) on every history entry they write.
export { updateEach, type BulkAction, type RowPatch, type RowValidator, type UpdateEachOptions, type UpdateEachResult } from './update-each';
export { updateMatching, updateMatchingQuery, type RowMatch, type UpdateMatchingOptions, type UpdateMatchingResult } from './update-matching';
export { createBatch, finishBatch, type BatchInfo } from './batch';
export { describeConflicts } from './conflicts';
export { auditInsertFrom, writeAudit, type AuditEntry } from './audit';
