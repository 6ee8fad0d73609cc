import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { derivedColumns } from './audit';

// Columns a write of record fields never sets: the record keeping, which the writers keep themselves.
const kept = new Set(['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedAt']);

// The column behind a field a write may set (by its Drizzle field name); a field that does not exist, is kept by
// the writers or is derived by the database is a programming error.
export function writableColumn(table: Table, field: string): PgColumn {
  const column = (getTableColumns(table) as Record<string, PgColumn>)[field];
  const derived = derivedColumns[getTableName(table)] ?? [];
  if (!column || kept.has(field) || derived.includes(field) || (column as unknown as { generated?: unknown }).generated) {
    throw new Error(`${getTableName(table)}.${field} cannot be written`);
  }
  return column;
}

// The Drizzle field name of a table's column (by its name in the database).
export function fieldOfColumn(table: Table, columnName: string): string | undefined {
  return Object.entries(getTableColumns(table)).find(([, column]) => column.name === columnName)?.[0];
}
