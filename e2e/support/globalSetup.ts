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
  const [api, web] = await Promise.all([startRealServer(), serveStatic(path.join(ROOT, 'miniprogram/dist-h5'))]);
  project.provide('apiUrl', api.url);
  project.provide('webUrl', web.url);
  return async () => {
    await web.close();
    await api.stop();
  };
}
