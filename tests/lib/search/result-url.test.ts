import { describe, expect, it } from 'vitest';
import { routes } from '../../../src/lib/routes.ts';
import { passageLanding, resultKind, resultObservation, resultReport } from '../../../src/lib/search/result-url.ts';

describe('what a result’s address says', () => {
  it('tells figures, passages, indicators and charts apart', () => {
    expect(resultKind(routes.figure('dong-da-giua-nhiem-ky', 'dd-023'))).toBe('figure');
    expect(resultKind(routes.report('dong-da-giua-nhiem-ky', 'p-3'))).toBe('text');
    expect(resultKind(routes.report('dong-da-giua-nhiem-ky'))).toBe('text');
    expect(resultKind(routes.indicator('so-dang-vien'))).toBe('indicator');
    expect(resultKind(routes.chart('thu-ngan-sach-duc-giang'))).toBe('chart');
  });
  it('names the report and the figure', () => {
    expect(resultReport(routes.figure('dong-da-giua-nhiem-ky', 'dd-023'))).toBe('dong-da-giua-nhiem-ky');
    expect(resultReport(routes.chart('x'))).toBeUndefined();
    expect(resultObservation(routes.figure('dong-da-giua-nhiem-ky', 'dd-023'))).toBe('dd-023');
    expect(resultObservation(routes.report('dong-da-giua-nhiem-ky', 'p-3'))).toBeUndefined();
  });
});

describe('passageLanding', () => {
  const url = routes.report('duc-giang-bao-cao-chinh-tri-2020', '7-5-cong-tac');
  const anchors = [
    { id: '7-5-cong-tac', location: 0 },
    { id: 'p-54', location: 19 },
    { id: 'p-55', location: 181 },
  ];
  it('lands on the paragraph holding the densest run of matches', () => {
    const matches = [100, 230, 231, 232].map((location) => ({ location, balanced_score: 500 }));
    expect(passageLanding(url, anchors, matches)).toBe(routes.report('duc-giang-bao-cao-chinh-tri-2020', 'p-55'));
  });
  it('lands on the heading when the words match there, and on the section without matches to go by', () => {
    expect(passageLanding(url, anchors, [{ location: 3, balanced_score: 9000 }])).toBe(url);
    expect(passageLanding(url, anchors, [])).toBe(url);
  });
});
