/**
 * `npm run mediator:add -- <username> [--role admin|mediator]`: creates a console account.
 * The password is read from standard input (`echo 'long password' | npm run mediator:add -- amy`),
 * typed at a hidden prompt, or — left empty — generated and printed once.
 */
import { parseArgs } from 'node:util';
import { createMediator, MediatorInputError, RoleSchema } from '../server/src/auth/createMediator';
import { generatePassword } from '../server/src/auth/password';
import { loadConfig } from '../server/src/config';
import { runCli, withDatabase } from './cli';

const USAGE = 'usage: npm run mediator:add -- <username> [--role admin|mediator]   (password on standard input, or empty to generate one)';

async function readPiped(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
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

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { role: { type: 'string', default: 'mediator' } } });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 1;
  }
  const role = RoleSchema.safeParse(values.role);
  if (!role.success) {
    console.error(role.error.issues[0].message);
    return 1;
  }
  const given = process.stdin.isTTY ? await readHidden('Password (leave empty to generate one): ') : await readPiped();
  const password = given || generatePassword();
  const config = loadConfig();
  const m = await withDatabase(config, (db) => createMediator(db.dataSource, { username: positionals[0], role: role.data, password, now: new Date() }));
  console.log(`created ${m.role} account "${m.username}"`);
  if (!given) console.log(`password (shown once, write it down now): ${password}`);
  return 0;
}

runCli(main, [[MediatorInputError, 1]]);
