import { is, sql, SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

// A value as the driver receives it for a column (dates, JSON and the like encoded as the column does).
export function driverValue(column: PgColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (is(value, SQL)) throw new Error(`${column.name}: an SQL expression cannot be one of many row values`);
  return column.mapToDriverValue(value);
}

// Types whose arrays both drivers send as they are; others (enums) travel as text[] and are cast.
const builtin = /^(integer|bigint|smallint|text|boolean|jsonb|json|date|real|double precision|numeric|timestamp|time|uuid|varchar)/;

// One parameter holding an array of a column's values, typed as that column's array (for unnest and ANY).
export function arrayParam(values: unknown[], sqlType: string): SQL {
  const type = sql.raw(sqlType);
  return builtin.test(sqlType) ? sql`${sql.param(values)}::${type}[]` : sql`${sql.param(values)}::text[]::${type}[]`;
}

// The patch fields that carry a value (undefined means "not part of the patch", as in Drizzle's set()).
export function patchedFields(patch: Record<string, unknown>): string[] {
  return Object.keys(patch).filter((field) => patch[field] !== undefined);
}
