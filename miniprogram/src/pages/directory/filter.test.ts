import { describe, expect, it } from 'vitest';
import type { ServiceDTO } from '@lotus/server/contract/directory';
import { filterServices } from './filter';

const svc = (id: string, name: string, description: string, tags: ServiceDTO['tags']): ServiceDTO => ({
  id,
  name,
  description,
  organization: { id: 'o', name: 'Org', website: null, email: null },
  tags,
  languages: ['zh'],
  phone: null,
  notes: '',
  mobile: false,
  verified: false,
  verifiedOn: null,
  source: '',
  locations: [{ id: 'l', name: '', address: '2 rue Ambroise-Paré', postalCode: '75010', city: 'Paris', lat: null, lng: null, timezone: 'Europe/Paris', hours: [], hoursNote: '' }],
  closures: [],
  openNow: false,
});

describe('filterServices', () => {
  const list = [svc('a', '医院急诊', '可以拿阻断药，莲花巴士可以陪同', ['pep']), svc('b', '莲花巴士', '晚上出车', ['tools']), svc('c', '检测中心', '免费检测', ['testing'])];

  it('searches names, descriptions and addresses, own names first', () => {
    expect(filterServices(list, '莲花', null).map((s) => s.id)).toEqual(['b', 'a']);
    expect(filterServices(list, 'ambroise', null)).toHaveLength(3);
  });

  it('filters by tag, and by tag and words together', () => {
    expect(filterServices(list, '', 'pep').map((s) => s.id)).toEqual(['a']);
    expect(filterServices(list, '莲花', 'tools').map((s) => s.id)).toEqual(['b']);
    expect(filterServices(list, '  ', null)).toHaveLength(3);
  });
});
