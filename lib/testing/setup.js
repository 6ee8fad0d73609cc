// Test environment defaults: a fixed secret, and Next's cache functions as no-ops outside a request.
process.env.NEXTAUTH_SECRET ??= 'test-secret-not-for-production';
jest.mock('next/cache', () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), updateTag: jest.fn() }));
