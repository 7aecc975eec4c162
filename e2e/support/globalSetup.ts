import type { TestProject } from 'vitest/node';
import { buildDir, ensureBuilt } from './build';
import { startRealServer } from './server';
import { serveStatic } from './static';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    webUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureBuilt('weapp');
  // LOTUS_E2E_H5_DIR: a copy of the H5 build to serve as it is, safe from a rebuild running at the same time.
  const copy = process.env.LOTUS_E2E_H5_DIR;
  if (!copy) ensureBuilt('h5');
  const h5Dir = copy || buildDir('h5');
  // The H5 build's origin is the one the API lets write (reports, install ids): known once it listens.
  const web = await serveStatic(h5Dir);
  const api = await startRealServer({ env: { CORS_WRITE_ORIGINS: web.url } });
  project.provide('apiUrl', api.url);
  project.provide('webUrl', web.url);
  return async () => {
    await web.close();
    await api.stop();
  };
}
