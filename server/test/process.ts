import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A loopback port nothing listens on right now, for a server started in another process. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}

/**
 * Resolves once `url` answers 2xx (e.g. a server's /healthz); rejects as soon as `child` exits, so a
 * server that crashes on start fails fast instead of waiting out the time limit. Start-up on a loaded
 * machine is slow: the default limit is generous.
 */
export async function waitUntilAnswers(url: string, child: ChildProcess, { timeoutMs = 180_000, everyMs = 100 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
