import { removedSections } from './removed-sections';

const section = (id: string, title = id) => ({ id, title });

describe('removed sections', () => {
  it('lists what versions froze and the report no longer has, from the newest version holding it', () => {
    const versions = [
      { id: 'v3', label: 'Third', sections: [section('summary'), section('findings', 'Findings (final)')] },
      {
        id: 'v2',
        label: 'Second',
        sections: [section('summary'), section('incidents'), section('findings', 'Findings')],
      },
      { id: 'v1', label: 'First', sections: [section('summary'), section('annex'), section('incidents')] },
    ];
    expect(removedSections(versions, new Set(['summary']))).toEqual([
      { id: 'findings', title: 'Findings (final)', versionId: 'v3', versionLabel: 'Third' },
      { id: 'incidents', title: 'incidents', versionId: 'v2', versionLabel: 'Second' },
      { id: 'annex', title: 'annex', versionId: 'v1', versionLabel: 'First' },
    ]);
  });

  it('is empty when every frozen section is still in the report, or there is no version', () => {
    const live = new Set(['summary', 'findings']);
    expect(removedSections([{ id: 'v1', label: 'First', sections: [section('summary')] }], live)).toEqual([]);
    expect(removedSections([], live)).toEqual([]);
  });
});
