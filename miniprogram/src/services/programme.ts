import type { PathOf, ResponseOf } from '@lotus/server/contract/routes';
import { load, peek } from './request';

const PATH: PathOf<'programme'> = '/api/programme';

export const peekProgramme = () => peek<ResponseOf<'programme'>>(PATH);
export const getProgramme = (force = false) => load<ResponseOf<'programme'>>(PATH, {}, { force });
