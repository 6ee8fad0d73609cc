// The whole Relatio data model.
export * from './activities';
export * from './audit-log';
export * from './bulk-jobs';
export * from './calendar-feeds';
export * from './choice-lists';
export * from './login-attempts';
export * from './mailing-groups';
export * from './organisations';
export * from './persons';
export * from './persons-in-organisation';
export * from './saved-views';
export * from './segments';
export * from './sessions';
export * from './users';
