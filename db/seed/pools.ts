import { fakerNL } from '@faker-js/faker';

// Dutch names, companies and places from faker (nl locale), drawn once and combined per row.
export type Pools = {
  companies: string[];
  firstNames: { name: string; sex: 'male' | 'female' }[];
  lastNames: { prefix: string | null; last: string }[];
  streets: string[];
  cities: string[];
};

// Builds the pools deterministically from the seed.
export function buildPools(seed: number, size = 1500): Pools {
  fakerNL.seed(seed);
  const many = <T>(n: number, f: () => T) => Array.from({ length: n }, f);
  return {
    companies: [...new Set(many(size, () => fakerNL.company.name().replace(/ and /g, ' en ')))],
    firstNames: many(size, () => {
      const sex = fakerNL.person.sexType() as 'male' | 'female';
      return { name: fakerNL.person.firstName(sex), sex };
    }),
    lastNames: [...new Set(many(size, () => fakerNL.person.lastName()))].map(splitPrefix),
    streets: [...new Set(many(size, () => fakerNL.location.street()))],
    cities: [...new Set(many(Math.ceil(size / 4), () => fakerNL.location.city()))],
  };
}

// Tussenvoegsels as they occur in Dutch surnames.
export const namePrefixes = ['van', 'de', 'van der', 'van den', 'van de', 'ter', 'den', 'te', 'in het', "van 't"];

// Splits a surname into tussenvoegsel and the rest: "van der Meer" → { prefix: "van der", last: "Meer" }.
export function splitPrefix(surname: string): { prefix: string | null; last: string } {
  const m = /^((?:[a-z\u2019']+ )+)(.+)$/.exec(surname);
  return m ? { prefix: m[1].trim(), last: m[2] } : { prefix: null, last: surname };
}
