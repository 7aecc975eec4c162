import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { parseScene } from '../contract/scene';
import { SceneCode } from '../entities';
import type { AppError } from '../errors';
import { flyerScene } from '../flyers/sceneCodes';
import { seedFlyerTargets } from '../flyers/testSeed';
import sceneCodeCreate from './sceneCodeCreate';

describe(`scene codes on ${engine}`, () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
    await seedFlyerTargets(db.dataSource.manager);
  });
  afterAll(() => db.close());

  const create = (props: { scene: string; label?: string; code?: string }) =>
    db.dataSource.transaction((m) => sceneCodeCreate({ m, label: 'Bus tour Belleville, Nov 2026', ...props }));
  const refusal = async (props: { scene: string; label?: string; code?: string }) => {
    const e = (await create(props).then(
      () => null,
      (err: unknown) => err,
    )) as AppError | null;
    return e && { status: e.status, message: e.message };
  };

  it('stores code → target and prints a scene the contract routes back to the same target', async () => {
    const row = await create({ scene: 'c=paris', code: 'bt2611' });
    expect(row).toMatchObject({ code: 'bt2611', target: 'c=paris', label: 'Bus tour Belleville, Nov 2026' });
    const printed = flyerScene(row);
    expect(printed).toBe('c=paris&f=bt2611');
    expect(parseScene(printed)).toEqual({ ok: true, scene: { target: { kind: 'city', city: 'paris' }, flyer: 'bt2611' } });
    expect(await db.dataSource.getRepository(SceneCode).countBy({ code: 'bt2611' })).toBe(1);
  });

  it('takes the code from the scene itself, or makes a readable one', async () => {
    expect((await create({ scene: 'a=pep&f=pep1' })).code).toBe('pep1');
    const made = await create({ scene: 'p=check' });
    expect(made.code).toMatch(/^[a-hj-km-np-z2-9]{6}$/);
    expect(flyerScene(made)).toBe(`p=check&f=${made.code}`);
  });

  it('refuses what WeChat or the mini-program could not use, saying why', async () => {
    expect(await refusal({ scene: 'c=paris&f=' + 'a'.repeat(30) })).toEqual({ status: 400, message: 'scene: a scene is at most 32 characters' });
    expect(await refusal({ scene: 'c=par is' })).toEqual({ status: 400, message: "scene: a scene may only use letters, digits and !#$&'()*+,/:;=?@-._~" });
    expect(await refusal({ scene: 'c=lutece' })).toEqual({ status: 400, message: 'scene: there is no city "lutece" in the directory' });
    expect(await refusal({ scene: 'a=nothing-here' })).toEqual({ status: 400, message: 'scene: there is no published article "nothing-here"' });
    expect(await refusal({ scene: 'a=draft-one' })).toEqual({ status: 400, message: 'scene: there is no published article "draft-one"' });
    expect(await refusal({ scene: 'p=secret' })).toEqual({
      status: 400,
      message: 'scene: p= takes one of home, directory, articles, check, report, emergency, about',
    });
    expect(await refusal({ scene: 'c=paris', code: 'BT2611' })).toEqual({ status: 400, message: 'code: a flyer code takes 1 to 12 lowercase letters or digits' });
    expect(await refusal({ scene: 'c=paris&f=ab', code: 'cd' })).toEqual({
      status: 400,
      message: 'code: the scene already names the flyer "ab"; give the code once',
    });
    expect(await refusal({ scene: 'c=paris', label: '  ' })).toEqual({ status: 400, message: 'label: say where and when the flyer is handed out' });
    expect(await refusal({ scene: 'c=paris', code: 'bt2611' })).toEqual({
      status: 409,
      message: 'The flyer code "bt2611" is already used by "Bus tour Belleville, Nov 2026"',
    });
  });

  it('counts the flyer code in the 32 characters WeChat allows', async () => {
    const slug = 'a'.repeat(25);
    await db.dataSource.manager.query(`INSERT INTO cities (slug, name, timezone, content_hash) VALUES ($1, '{"zh-Hans":"a"}', 'Europe/Paris', 'x')`, [slug]);
    expect(await refusal({ scene: `c=${slug}`, code: 'abc' })).toEqual({
      status: 400,
      message: `scene: "c=${slug}&f=abc" is 33 characters and WeChat takes at most 32: use a shorter flyer code`,
    });
    expect((await create({ scene: `c=${slug}`, code: 'ab' })).code).toBe('ab');
  });
});
