declare module 'next-auth/jwt' {
  interface JWT {
    // The id of the session row this token belongs to.
    sid?: string;
  }
}

export {};
