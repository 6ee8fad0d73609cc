import type { ZodType } from 'zod';

// What kind of value a field holds: it decides the editor, the criterion operators, the SQL and how it is shown.
export type FieldKind =
  | 'text' | 'longText' | 'email' | 'phone' | 'postcode' | 'kvk' | 'vat' | 'iban' | 'url' | 'country' | 'initials'
  | 'date' | 'timestamp' | 'boolean'
  | 'choice' | 'segment' | 'subsegment' | 'user' | 'reference'
  | 'computed';

// How a list sorts on a field: on the column as stored, on its folded text, on the record it refers to (a choice
// by its place in its list or by label, a user or segment by folded name), on a stored sort key, or not at all.
export type SortHow =
  | 'plain' | 'folded' | 'dateOrEarliest' | 'choiceOrder' | 'choiceLabel' | 'folded-name'
  | { key: string };

// A criterion operator. Which ones a field offers follows from its kind (see operatorsOf): text, choices and
// references, dates (`inLastDays` / `inNextDays` count days from today, `inMonth` ignores the year: birthdays),
// numbers (counts), and related records (`has` / `hasNone` one meeting the criterion's own `where`).
export type Operator =
  | 'is' | 'isNot' | 'contains' | 'startsWith' | 'isEmpty' | 'isNotEmpty'
  | 'isAnyOf' | 'isNoneOf'
  | 'before' | 'after' | 'onOrBefore' | 'onOrAfter' | 'between'
  | 'inLastDays' | 'inNextDays' | 'inMonth'
  | 'greaterThan' | 'lessThan' | 'atLeast' | 'atMost'
  | 'has' | 'hasNone';

// What kind of value a field's criteria compare with.
export type ValueKind = 'text' | 'id' | 'date' | 'boolean' | 'number';

// One field of a record, once: the one name the form, the mutation, history, the list, the grid and the criteria
// use for it, and everything they need to know about it.
export type FieldDef = {
  // The record's field name (the Drizzle property, the form's field, the history key).
  name: string;
  kind: FieldKind;
  // Catalogue key of its name; `group` (e.g. the visiting address) is said before it where the name alone is ambiguous.
  label: string;
  group?: string;
  // The SQL column of the list's row `r`; absent for computed fields.
  column?: string;
  // The field's zod schema (with the Dutch normalising), shared by the form, the grid and the server.
  schema?: ZodType;
  // Whether a user may change it (in a form or the grid); read-only fields (ids, updated at) are not.
  editable?: boolean;
  // The list column this field is shown as, under this name in the URL (`cols`, `sort`); absent: not a list column.
  // `label` names the column where its header says it shorter than the field's name; `select` reads a computed one.
  list?: { param: string; sort?: SortHow; select?: string; label?: string };
  // Criteria on this field (absent: it cannot be filtered on). `fold` names the column holding the folded text
  // criteria compare with; a computed field says which operators and values its own condition takes, and a field
  // about related records (say, an organisation's persons in organisation) the registry its `where` is written in.
  filter?: { fold?: string; ops?: Operator[]; value?: ValueKind; where?: Registry };
  // For a field of a related record offered as a criterion of this one ("organisation.visitCity"): the catalogue
  // key naming that record, said before the field's own name.
  relation?: string;
  // For a segment or subsegment: the kind of record its segments apply to.
  segmentsOf?: 'organisation' | 'personInOrganisation';
  // The choice list (key) a choice field takes its values from.
  choiceList?: string;
  // For a subsegment (or subcategory): the field holding its main segment.
  parent?: string;
  // What a new record's form starts with, where that is not empty (a new organisation is active).
  initial?: unknown;
};

// The fields of one kind of record, in form order.
export type Registry = readonly FieldDef[];
