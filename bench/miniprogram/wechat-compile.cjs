/**
 * Runs Tencent's miniprogram-ci (the compiler extracted from WeChat DevTools) on a built mini-program,
 * offline, and prints one JSON line: { ok, error?, files: { path: bytes }, quality: [...] }.
 *
 *   node bench/miniprogram/wechat-compile.cjs <built mini-program, e.g. miniprogram/dist> [project.config.json]
 *
 * The build is compiled in a temporary copy beside the project's own project.config.json (default: the
 * repository's), its miniprogramRoot pointed at the copy, so the code-quality check reads our settings.
 *
 * A separate process because miniprogram-ci leaves a compiler child and a file watcher running: the
 * caller gets a result and this process exits. Offline by construction: `attr` answers the project
 * attributes WeChat's servers would, the key is a throwaway RSA key and the appid a dummy; nothing is
 * uploaded. Only the checking settings (es6 + minify of JS/WXML/WXSS) make the compiler parse every
 * file: its default mode passes broken files through.
 */
const { generateKeyPairSync } = require('node:crypto');
const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const ci = require('miniprogram-ci');

const CHECKING = { es6: true, minify: true, minifyJS: true, minifyWXML: true, minifyWXSS: true };

async function main() {
  const build = path.resolve(process.argv[2] ?? path.join(__dirname, '../../miniprogram/dist'));
  const config = JSON.parse(readFileSync(process.argv[3] ?? path.join(__dirname, '../../project.config.json'), 'utf8'));
  const work = mkdtempSync(path.join(tmpdir(), 'lotus-mpci-'));
  const projectPath = path.join(work, 'project');
  cpSync(build, projectPath, { recursive: true });
  writeFileSync(path.join(projectPath, 'project.config.json'), JSON.stringify({ ...config, miniprogramRoot: '' }));
  const privateKeyPath = path.join(work, 'private.key');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(privateKeyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }));
  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath,
    privateKeyPath,
    ignores: ['node_modules/**/*'],
    attr: async () => ci.DefaultProjectAttr,
  });
  const result = { ok: false, files: {}, quality: [] };
  try {
    const compiled = await ci.getCompiledResult({ project, version: '0.0.0', setting: CHECKING, onProgressUpdate: () => undefined });
    for (const [file, body] of Object.entries(compiled)) if (file !== 'project.config.json') result.files[file] = Buffer.byteLength(body);
    result.quality = (await ci.checkCodeQuality(project)).map(({ name, success, text, detail }) => ({ name, success, text: String(text), detail }));
    result.ok = true;
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`\n${JSON.stringify(result)}\n`, () => process.exit(0));
}

main();
