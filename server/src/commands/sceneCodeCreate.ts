import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { formatScene, parseScene, SCENE_MAX, type SceneTarget } from '../contract/scene';
import { Article, City, SceneCode } from '../entities';
import { FlyerCodeTakenError, ValidationError } from '../errors';
import { FLYER_CODE_RE } from '../flyers/sceneCodes';

/** No 0/o, 1/l/i: codes are printed small on the flyer and read by people. */
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GENERATED_LENGTH = 6;

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  /** The target in the scene grammar (`c=paris`), optionally with the flyer code (`c=paris&f=bt2611`). */
  scene: string;
  label: string;
  /** The flyer code; generated when neither this nor the scene gives one. */
  code?: string;
}

function generateCode(): string {
  let code = '';
  for (let i = 0; i < GENERATED_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Refuses a target the mini-program would open on an empty page: a city or article not in the database. */
async function checkTargetExists(m: EntityManager, target: SceneTarget): Promise<void> {
  if (target.kind === 'city' && !(await m.exists(City, { where: { slug: target.city } }))) {
    throw ValidationError(`scene: there is no city "${target.city}" in the directory`, { code: 'city_not_found', field: 'scene' });
  }
  if (target.kind === 'article' && !(await m.exists(Article, { where: { slug: target.slug, listed: true } }))) {
    throw ValidationError(`scene: there is no published article "${target.slug}"`, { code: 'article_not_found', field: 'scene' });
  }
}

/**
 * Registers a flyer: checks the scene against the contract's grammar, WeChat's 32 characters (with
 * the flyer code included) and the database, then stores code → target. Runs in the caller's transaction.
 */
export default async function sceneCodeCreate({ m, ...props }: Props): Promise<SceneCode> {
  const parsed = parseScene(props.scene);
  if (!parsed.ok) throw ValidationError(`scene: ${parsed.reason}`, { code: 'invalid_format', field: 'scene' });
  const { target, flyer } = parsed.scene;
  if (flyer && props.code && flyer !== props.code) {
    throw ValidationError(`code: the scene already names the flyer "${flyer}"; give the code once`, { code: 'invalid_flyer_code', field: 'code' });
  }
  const given = flyer ?? props.code;
  if (given !== undefined && !FLYER_CODE_RE.test(given)) {
    throw ValidationError('code: a flyer code takes 1 to 12 lowercase letters or digits', { code: 'invalid_flyer_code', field: 'code' });
  }
  const label = props.label.trim();
  if (!label) throw ValidationError('label: say where and when the flyer is handed out', { code: 'required', field: 'label' });
  await checkTargetExists(m, target);

  let code = given ?? generateCode();
  if (!given) {
    while (await m.exists(SceneCode, { where: { code } })) code = generateCode();
  }
  const full = formatScene({ target, flyer: code });
  if (full.length > SCENE_MAX) {
    throw ValidationError(`scene: "${full}" is ${full.length} characters and WeChat takes at most ${SCENE_MAX}: use a shorter flyer code`, { code: 'scene_too_long', field: 'code' });
  }
  const existing = await m.findOne(SceneCode, { where: { code } });
  if (existing) throw FlyerCodeTakenError(`The flyer code "${code}" is already used by "${existing.label}"`);
  try {
    return await m.save(m.create(SceneCode, { code, target: formatScene({ target, flyer: null }), label }));
  } catch (e) {
    // Two mediators creating the same code at once: the primary key decides, the loser is told why.
    if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') throw FlyerCodeTakenError(`The flyer code "${code}" is already used`);
    throw e;
  }
}
