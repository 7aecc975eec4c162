import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { AuditEntry, Mediator } from '../entities';
import { verifyPassword } from '../auth/password';
import mediatorAdd from './mediatorAdd';

describe(`mediatorAdd on ${engine}`, () => {
  let db: TestDb;
  const now = new Date('2026-11-23T10:00:00Z');
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('stores an argon2id hash, never the password, and audits the creation', async () => {
    const m = await db.dataSource.transaction((m) => mediatorAdd({ m, username: 'amy', role: 'admin', password: 'a long enough secret', now }));
    const row = await db.dataSource.getRepository(Mediator).findOneByOrFail({ id: m.id });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row.passwordHash, 'a long enough secret')).toBe(true);
    expect(await verifyPassword(row.passwordHash, 'a long enough secreT')).toBe(false);
    const audit = await db.dataSource.getRepository(AuditEntry).findBy({ action: 'mediator.create' });
    expect(audit.map((a) => a.detail)).toEqual([{ username: 'amy', role: 'admin' }]);
  });

  it('refuses short passwords, odd names and duplicates with a sentence', async () => {
    const make = (username: string, password = 'a long enough secret') => db.dataSource.transaction((m) => mediatorAdd({ m, username, role: 'mediator', password, now }));
    await expect(make('bea', 'short')).rejects.toThrow('the password must have at least 10 characters');
    await expect(make('Bea Smith')).rejects.toThrow('the username must be 2 to 32 lowercase letters, digits, dots, dashes or underscores');
    await expect(make('amy')).rejects.toThrow('the account "amy" already exists');
  });
});
