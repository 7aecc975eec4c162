import type { ProgrammeDTO } from '@lotus/server/contract/programme';
import { load, peek } from './request';

export const peekProgramme = () => peek<ProgrammeDTO>('/api/programme');
export const getProgramme = (force = false) => load<ProgrammeDTO>('/api/programme', {}, { force });
