import { describe, expect, it } from 'vitest';
import { regionOf } from './regions';

describe('regionOf', () => {
  it('places every metropolitan département in a region', () => {
    for (let d = 1; d <= 95; d++) expect(regionOf(`${String(d).padStart(2, '0')}000`), `département ${d}`).not.toBeNull();
  });

  it('reads the département from the postal code, overseas included', () => {
    expect(regionOf('75020')).toBe('Île-de-France');
    expect(regionOf('93200')).toBe('Île-de-France');
    expect(regionOf('69001')).toBe('Auvergne-Rhône-Alpes');
    expect(regionOf('20000')).toBe('Corse');
    expect(regionOf('97400')).toBe('La Réunion');
    expect(regionOf('98000')).toBeNull();
  });
});
