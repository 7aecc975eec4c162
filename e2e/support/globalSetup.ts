import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from './build';
import { ROOT, startRealServer } from './server';
import { serveStatic } from './static';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    webUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureBuilt('weapp');
  ensureBuilt('h5');
  // The H5 build's origin is the one the API lets write (reports, install ids): known once it listens.
  const web = await serveStatic(path.join(ROOT, 'miniprogram/dist-h5'));
  const api = await startRealServer({ env: { CORS_WRITE_ORIGINS: web.url } });
  project.provide('apiUrl', api.url);
  project.provide('webUrl', web.url);
  return async () => {
    await web.close();
    await api.stop();
  };
}
