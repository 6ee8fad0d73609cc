// The shared record-keeping columns live beside the users table they reference.
export { recordColumns } from './users';
