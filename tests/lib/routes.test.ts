import { describe, expect, it } from 'vitest';
import { absoluteUrl, displayUrl, figureAnchor, observationOfAnchor, routes } from '../../src/lib/routes.ts';

describe('routes', () => {
  it('builds the addresses the product promises', () => {
    expect(routes.report('duc-giang-bao-cao-chinh-tri-2020')).toBe('/bao-cao/duc-giang-bao-cao-chinh-tri-2020/');
    expect(routes.report('x', 'p-12')).toBe('/bao-cao/x/#p-12');
    expect(routes.figure('x', 'ntl-063')).toBe('/bao-cao/x/#so-lieu-ntl-063');
    expect(routes.reportCitations('x')).toBe('/bao-cao/x/trich-dan.json');
    expect(routes.indicator('so-dang-vien', 'ntl-063')).toBe('/so-lieu/so-dang-vien/#ntl-063');
    expect(routes.area('duc-giang')).toBe('/dia-ban/duc-giang/');
    expect(routes.chartFile('lop', '-in', 'png')).toBe('/bieu-do/lop-in.png');
    expect(routes.embed('lop')).toBe('/nhung/lop/');
    expect(routes.dataFile('observations.csv')).toBe('/du-lieu/observations.csv');
  });
  it('gives every figure an id of its own that says which observation it is', () => {
    expect(figureAnchor('dg-024')).toBe('so-lieu-dg-024');
    expect(observationOfAnchor('so-lieu-dg-024')).toBe('dg-024');
    for (const other of ['p-12', 'fn-3', 'fnref-3', 'so-lieu-thong-ke', 'so-lieu-dg-024-2'])
      expect(observationOfAnchor(other), other).toBeUndefined();
  });
  it('puts a search in the query string, encoded', () => {
    expect(routes.search()).toBe('/tim-kiem/');
    expect(routes.search('đảng viên')).toBe('/tim-kiem/?q=%C4%91%E1%BA%A3ng+vi%C3%AAn');
    expect(routes.areaFigures('duc-giang', 1, 'bang-so-lieu')).toBe('/so-lieu/dia-ban/duc-giang/#bang-so-lieu');
    expect(routes.areaFigures('duc-giang', 3)).toBe('/so-lieu/dia-ban/duc-giang/trang-3/');
    expect(routes.indicator('so-dang-vien', 'ntl-063', 1)).toBe('/so-lieu/so-dang-vien/#ntl-063');
    expect(routes.indicator('so-dang-vien', 'ntl-063', 2)).toBe('/so-lieu/so-dang-vien/trang-2/#ntl-063');
  });
  it('makes absolute and display addresses on the one site URL', () => {
    expect(absoluteUrl(routes.chart('lop'))).toBe('https://baocaomo.vn/bieu-do/lop/');
    expect(displayUrl(routes.chart('lop'))).toBe('baocaomo.vn/bieu-do/lop/');
  });
});
