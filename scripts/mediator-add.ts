/**
 * `npm run mediator:add -- <username> [--role admin|mediator]`: creates a console account.
 * The password is the first line of standard input (`echo 'long password' | npm run mediator:add -- amy`),
 * typed at a hidden prompt, or — left empty — generated and printed once.
 */
import { parseArgs } from 'node:util';
import addMediator, { MediatorInputError, RoleSchema } from '../server/src/commands/mediatorAdd';
import { generatePassword } from '../server/src/auth/password';
import { loadConfig } from '../server/src/config';
import { runCli, withDatabase } from './cli';

const USAGE = 'usage: npm run mediator:add -- <username> [--role admin|mediator]   (password on standard input, or empty to generate one)';

/**
 * The first line of standard input, without its line break; the rest is never read, so a password
 * file with a trailing note, or a pipe left open, does not end up in (or hold up) the password.
 */
export async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    const end = text.indexOf('\n');
    if (end >= 0) {
      text = text.slice(0, end);
      break;
    }
  }
  return text.replace(/\r$/, '');
}

/** Reads a line from the terminal without showing it. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    process.stderr.write(prompt);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          return resolve(value);
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

export class UsageError extends Error {}

/** Creates the account; returns the lines to print. `password` empty: one is generated and shown once. */
export async function mediatorAdd(argv: string[], password: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: 'string', default: 'mediator' } } });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const role = RoleSchema.safeParse(values.role);
  if (!role.success) throw new UsageError(role.error.issues[0].message);
  const chosen = password || generatePassword();
  const config = loadConfig(env);
  const m = await withDatabase(config, (db) => db.dataSource.transaction((m) => addMediator({ m, username: positionals[0], role: role.data, password: chosen, now: new Date() })));
  const lines = [`created ${m.role} account "${m.username}"`];
  if (!password) lines.push(`password (shown once, write it down now): ${chosen}`);
  return lines;
}

if (require.main === module) {
  runCli(
    async () => {
      const given = process.stdin.isTTY ? await readHidden('Password (leave empty to generate one): ') : await readFirstLine(process.stdin);
      for (const line of await mediatorAdd(process.argv.slice(2), given)) console.log(line);
      return 0;
    },
    [
      [UsageError, 1],
      [MediatorInputError, 1],
    ],
  );
}
