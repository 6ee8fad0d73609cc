import { Column, getTableColumns, is, type Table } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { errorMessage } from '@/lib/validation/message';
import { fieldOfColumn } from './columns';
import { databaseErrorResult, pgError, type PgError } from './database-errors';
import { MutationRefused, type FieldErrors } from './result';
import { driverValue } from './sql-values';

type PatchedRow = { id: number; patch: Record<string, unknown> };

// "Key (kvk_number)=(12345678) already exists." / "… is not present in table …": the key and its value.
const keyDetail = /^Key \((.+)\)=\((.*)\) (?:already exists|is not present in table)/s;
// "Failing row contains (42, …)": every table's first column is its id.
const failingRow = /^Failing row contains \((\d+),/;

function messageFor(e: PgError): string {
  if (e.code === '23505') return 'errors.duplicate';
  return (e.constraint ?? '').startsWith('segment') ? 'errors.segmentRule' : 'errors.invalidData';
}

// The field a refused row is wrong in: the column the database names, else the one column of the named check
// (as the Drizzle schema defines it) that the row changed; '' for the row as a whole.
function fieldOf(e: PgError, table: Table, row: PatchedRow): string {
  if (e.column) return fieldOfColumn(table, e.column) ?? '';
  const check = getTableConfig(table as PgTable).checks.find((c) => c.name === e.constraint);
  const names = (check?.value.queryChunks ?? []).filter((chunk) => is(chunk, Column)).map((c) => (c as Column).name);
  const fields = [...new Set(names)].map((n) => fieldOfColumn(table, n)).filter((f) => f !== undefined && row.patch[f] !== undefined);
  return fields.length === 1 ? fields[0]! : '';
}

// The rows (and the field of each) a refusal is about, where its detail names a row id or a key value.
function rowsNamed(e: PgError, table: Table, rows: PatchedRow[]): Record<number, string> {
  const detail = e.detail ?? '';
  const failing = failingRow.exec(detail);
  if (failing) {
    const row = rows.find((r) => r.id === Number(failing[1]));
    return row ? { [row.id]: fieldOf(e, table, row) } : {};
  }
  const key = keyDetail.exec(detail);
  if (!key) return {};
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(([, c]) => new RegExp(`\\b${c.name}\\b`).test(key[1]));
  const value = key[2].toLowerCase();
  const named: Record<number, string> = {};
  for (const row of rows) {
    for (const [field, column] of columns) {
      if (row.patch[field] === undefined) continue;
      const mine = String(driverValue(column, row.patch[field])).toLowerCase();
      if (columns.length === 1 ? mine === value : value.includes(mine)) {
        named[row.id] = field;
        break;
      }
    }
  }
  return named;
}

// Turns a database refusal during a write of many rows into a refusal naming each row it is about (at its field
// where known), or into the form's message when the database does not say which row; null when it is no refusal.
export function rowsRefusedByDatabase(error: unknown, table: Table, rows: PatchedRow[]): MutationRefused | null {
  const general = databaseErrorResult(error);
  const e = pgError(error);
  if (!general || !e) return null;
  const named = ['23505', '23503', '23514', '23502'].includes(e.code ?? '') ? rowsNamed(e, table, rows) : {};
  const ids = Object.keys(named).map(Number);
  if (ids.length === 0) return new MutationRefused(general);
  const message = messageFor(e);
  const rowErrors: Record<number, FieldErrors> = {};
  for (const id of ids) rowErrors[id] = { [named[id]]: [message] };
  return new MutationRefused({ ok: false, formError: errorMessage('errors.rowsRefused', { count: ids.length }), rowErrors });
}
