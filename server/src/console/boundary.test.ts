import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CONSOLE = __dirname;
const CONTRACT = path.resolve(__dirname, '../contract');

/**
 * Packages the console may use besides its own folder and contract/. The browser script (app/) takes
 * jsQR; its tests take vitest and Node's own modules; serve.ts, which serves the console, takes the
 * web framework and the bundler.
 */
const PACKAGES: Array<{ files: RegExp; allowed: RegExp }> = [
  { files: /^app\/.*\.test\.ts$/, allowed: /^(vitest|node:[a-z/]+)$/ },
  { files: /^app\//, allowed: /^jsqr$/ },
  { files: /^[^/]+\.test\.ts$/, allowed: /^(vitest|node:[a-z/]+)$/ },
  { files: /^serve\.ts$/, allowed: /^(node:[a-z/]+|@koa\/router|koa|esbuild)$/ },
];

/** Every module specifier of a TypeScript source: static imports and exports, `import type`, `import()` and `require()`. */
export function specifiers(source: string): string[] {
  // Comments could hold an example import: they are not code.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

/** Why an import of `file` (relative to the console folder) breaks the boundary, or null when it does not. */
export function violation(file: string, specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = path.resolve(CONSOLE, path.dirname(file), specifier);
    const inside = (dir: string) => target === dir || target.startsWith(dir + path.sep);
    return inside(CONSOLE) || inside(CONTRACT) ? null : `${file} imports ${specifier}, outside console/ and contract/`;
  }
  if (/^@lotus\/server\/contract(\/[\w-]+)?$/.test(specifier)) return null;
  const rule = PACKAGES.find((r) => r.files.test(file));
  return rule?.allowed.test(specifier) ? null : `${file} imports the package ${specifier}, not allowed here`;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [path.relative(CONSOLE, p).split(path.sep).join('/')] : [];
  });
}

describe('the console imports only from contract/ and its own folder', () => {
  it('holds for every file under server/src/console', () => {
    // This file is left out: its fixture below is imports written as strings, which it must find.
    const files = sources(CONSOLE).filter((f) => f !== 'boundary.test.ts');
    expect(files).toEqual(expect.arrayContaining(['serve.ts', 'app/main.ts', 'app/api.ts', 'app/pages/flyers.ts']));
    const imports = files.flatMap((f) => specifiers(fs.readFileSync(path.join(CONSOLE, f), 'utf8')).map((s) => [f, s] as const));
    // The parser finds what is there: the contract, jsQR, the framework of serve.ts.
    expect(imports).toEqual(expect.arrayContaining([['app/pages/flyers.ts', 'jsqr'], ['serve.ts', '@koa/router']]));
    expect(imports.some(([, s]) => s.includes('contract/admin'))).toBe(true);
    expect(imports.map(([f, s]) => violation(f, s)).filter(Boolean)).toEqual([]);
  });

  it('fails on an import of the server’s internals, however it is written', () => {
    const fixture = [
      "import type { AdminArticleDTO } from '../../../presenters/admin';",
      "import { addDays } from '../../../flyers/day';",
      "export { ROLES } from '../../../entities/Mediator';",
      "import {\n  screen,\n  blockingHits,\n} from '../../../routes/admin/screen/screener';",
      "const later = () => import('../../../config');",
      "import '../../../server';",
      "import Router from '@koa/router';",
      "import type { ScreenHit } from '../../../contract/admin';",
      "import { api } from '../api';",
      "// import { nothing } from '../../../errors';",
    ].join('\n');
    const found = specifiers(fixture);
    expect(found).toEqual([
      '../../../presenters/admin',
      '../../../flyers/day',
      '../../../entities/Mediator',
      '../../../routes/admin/screen/screener',
      '../../../server',
      '@koa/router',
      '../../../contract/admin',
      '../api',
      '../../../config',
    ]);
    expect(found.map((s) => violation('app/pages/fixture.ts', s))).toEqual([
      'app/pages/fixture.ts imports ../../../presenters/admin, outside console/ and contract/',
      'app/pages/fixture.ts imports ../../../flyers/day, outside console/ and contract/',
      'app/pages/fixture.ts imports ../../../entities/Mediator, outside console/ and contract/',
      'app/pages/fixture.ts imports ../../../routes/admin/screen/screener, outside console/ and contract/',
      'app/pages/fixture.ts imports ../../../server, outside console/ and contract/',
      'app/pages/fixture.ts imports the package @koa/router, not allowed here',
      null,
      null,
      'app/pages/fixture.ts imports ../../../config, outside console/ and contract/',
    ]);
    // The same relative path is fine one folder deeper, where it lands in contract/.
    expect(violation('app/x.ts', '../../contract/errors')).toBeNull();
    expect(violation('app/x.ts', '../../contractual')).toMatch(/outside/);
  });
});
