import { describe, expect, it } from 'vitest';
import { routers } from '../routes';
import { ADMIN_ROUTES } from './adminRoutes';
import { ROUTES } from './routes';

/** Every method + path the server's routers register, as `GET /api/cities`. */
function registered(): Set<string> {
  const found = new Set<string>();
  for (const router of routers()) {
    for (const layer of router.stack) {
      for (const method of layer.methods) if (method !== 'HEAD') found.add(`${method} ${layer.path}`);
    }
  }
  return found;
}

describe('the route table (contract/routes.ts)', () => {
  const server = registered();
  const table = Object.values(ROUTES).map((r) => `${r.method} ${r.path}`);

  it('names only routes the server registers, with their method', () => {
    expect(table.filter((r) => !server.has(r))).toEqual([]);
  });

  it('holds every public API route the server registers', () => {
    const publicApi = [...server].filter((r) => / \/api\//.test(r) && !r.includes(' /api/admin'));
    expect(publicApi.length).toBeGreaterThanOrEqual(table.length);
    expect(publicApi.filter((r) => !table.includes(r)).sort()).toEqual([]);
  });

  it('gives every route a distinct method and path', () => {
    expect(new Set(table).size).toBe(table.length);
  });
});

describe('the admin route table (contract/adminRoutes.ts)', () => {
  const admin = [...registered()].filter((r) => r.includes(' /api/admin/') || r.endsWith(' /api/admin'));
  const table = Object.values(ADMIN_ROUTES).map((r) => `${r.method} ${r.path}`);

  it('names only routes the admin routers register, with their method', () => {
    expect(table.filter((r) => !admin.includes(r)).sort()).toEqual([]);
  });

  it('holds every route the admin routers register', () => {
    expect(admin.length).toBeGreaterThan(50);
    expect(admin.filter((r) => !table.includes(r)).sort()).toEqual([]);
  });

  it('gives every route a distinct method and path', () => {
    expect(new Set(table).size).toBe(table.length);
  });
});
