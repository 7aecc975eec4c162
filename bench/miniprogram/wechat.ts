import { execFile } from 'node:child_process';
import path from 'node:path';

export interface QualityItem {
  name: string;
  success: boolean;
  text: string;
  detail?: unknown;
}

export interface WechatCompileResult {
  ok: boolean;
  error?: string;
  /** Compiled size in bytes of every file WeChat would upload, by path. */
  files: Record<string, number>;
  quality: QualityItem[];
}

const RUNNER = path.join(__dirname, 'wechat-compile.cjs');

/**
 * Compiles a built mini-program with WeChat's own compiler in checking mode and runs its code-quality
 * check, offline (see wechat-compile.cjs). Resolves with the compiler's verdict; rejects only when the
 * runner itself could not run.
 */
export function compileWithWechat(build: string, projectConfig?: string): Promise<WechatCompileResult> {
  const args = [RUNNER, build, ...(projectConfig ? [projectConfig] : [])];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024, timeout: 540_000 }, (error, stdout, stderr) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as WechatCompileResult);
      } catch {
        reject(new Error(`miniprogram-ci runner failed${error ? ` (${error.message})` : ''}:\n${stderr.slice(-2000)}`));
      }
    });
  });
}

/**
 * Compiled bytes per page (its own .js/.json/.wxml/.wxss) and the shared rest, grouped by package:
 * `main` unless the page sits in a subpackage root listed in app.json.
 */
export function sizesByPage(files: Record<string, number>, app: { pages: string[]; subPackages?: { root: string; pages: string[] }[] }) {
  const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p)))];
  const perPage = new Map(pages.map((p) => [p, 0]));
  const perPackage = new Map<string, number>([['main', 0]]);
  for (const [file, bytes] of Object.entries(files)) {
    const page = pages.find((p) => file.startsWith(`${p}.`));
    if (page) perPage.set(page, (perPage.get(page) ?? 0) + bytes);
    const sub = (app.subPackages ?? []).find((s) => file.startsWith(s.root.replace(/\/?$/, '/')));
    const pkg = sub ? sub.root : 'main';
    perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + bytes);
  }
  return { perPage, perPackage };
}
