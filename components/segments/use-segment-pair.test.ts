import { segmentPairOptions } from './use-segment-pair';

const segments = [
  { id: 1, parentId: null, name: 'Zorg', active: true },
  { id: 2, parentId: null, name: 'Retail', active: true },
  { id: 3, parentId: null, name: 'Oud', active: false },
  { id: 11, parentId: 1, name: 'Ziekenhuizen', active: true },
  { id: 12, parentId: 1, name: 'Apotheken', active: false },
  { id: 21, parentId: 2, name: 'Webshops', active: true },
];
const names = (list: { name: string }[]) => list.map((s) => s.name);

describe('dependent segment dropdowns', () => {
  it('offer the active main segments and the active subsegments of the chosen one', () => {
    const { mains, subs, fits } = segmentPairOptions(segments, { main: '1', sub: '11' }, {});
    expect([names(mains), names(subs), fits]).toEqual([['Zorg', 'Retail'], ['Ziekenhuizen'], true]);
  });

  it('keep offering the deactivated values the record already has', () => {
    const { mains, subs } = segmentPairOptions(segments, { main: '1', sub: '12' }, { main: '3', sub: '12' });
    expect([names(mains), names(subs)]).toEqual([['Zorg', 'Retail', 'Oud'], ['Ziekenhuizen', 'Apotheken']]);
  });

  it('say that the subsegment no longer fits once another main segment is chosen', () => {
    expect(segmentPairOptions(segments, { main: '2', sub: '11' }, {}).fits).toBe(false);
    expect(segmentPairOptions(segments, { main: '', sub: '11' }, {}).fits).toBe(false);
    expect(segmentPairOptions(segments, { main: '2', sub: '' }, {}).fits).toBe(true);
  });
});
