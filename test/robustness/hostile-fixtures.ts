// Hostile fixtures, generated at test time into a temp folder (never committed): an alias bomb, a
// 50 MB file, binary content, invalid UTF-8, ReDoS-shaped registry terms, a symlink loop, an
// unreadable file and 10,000 levels of nesting, beside one ordinary page that must still be checked.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const REGISTRY = `version: 1
entries:
  - id: support.email.reply
    title: Email support — time to first reply
    subjects: [email support, support team]
    terms: [reply, replies, "(a+)+$", "(.*a){25}", "^(\\\\w+\\\\s?)*$"]
    unit: h
    evidence: { median: 2, p90: 6, within: { "1 h": 0.35, "24 h": 0.99 } }
    source: Helpdesk export, Oct 2026
    as_of: 2026-10-31
`;

export const ORDINARY = 'Our email support team replies within 1 hour.\n';

/** A YAML alias bomb ("billion laughs"): 9 levels of 9 aliases each expand to 387 million strings. */
export function aliasBomb(): string {
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let prev = 'a';
  for (const name of 'bcdefghi') {
    text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    prev = name;
  }
  return `${text}headline: Our email support team replies within 1 hour.\nbody: *${prev}\n`;
}

export interface HostileWorkspace {
  root: string;
  /** Relative paths ('/'-separated) of each hostile fixture. */
  files: {
    ordinary: string; aliasBomb: string; huge: string; binary: string; invalidUtf8: string; redos: string;
    deepMarkdown: string; deepYaml: string; unreadable: string; loop: string;
  };
}

/**
 * Writes the fixtures. "Unreadable" is a named pipe with a copy-file name: tests run as root, for
 * whom file permissions cannot make a file unreadable, and reading a FIFO with no writer blocks.
 */
export function makeHostileWorkspace(): HostileWorkspace {
  const root = mkdtempSync(path.join(tmpdir(), 'claimlint-hostile-'));
  const write = (rel: string, data: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), data);
  };
  write('claims.registry.yaml', REGISTRY);
  write('site/ordinary.md', ORDINARY);
  write('site/bomb.yaml', aliasBomb());
  write('site/binary.md', Uint8Array.from([0x23, 0x20, 0x48, 0x69, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x89, 0x50, 0x4e, 0x47]));
  write('site/latin1.md', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' support replies within 1 hour.\n')]));
  write('site/redos.md', `${'a'.repeat(50_000)}!\n\nThe support team replies within 1 hour, (a+)+$ ${'a'.repeat(5_000)}!\n`);
  write('site/deep.md', `${'> '.repeat(10_000)}Our email support team replies within 1 hour.\n`);
  write('site/deep.yaml', `headline: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
  // 50 MB written in chunks, so the test itself never holds it in memory.
  const huge = path.join(root, 'site/huge.md');
  const fd = openSync(huge, 'w');
  const chunk = Buffer.from(ORDINARY.repeat(Math.ceil((1024 * 1024) / ORDINARY.length)).slice(0, 1024 * 1024));
  for (let i = 0; i < 50; i++) writeSync(fd, chunk);
  closeSync(fd);
  mkdirSync(path.join(root, 'site/loop'), { recursive: true });
  symlinkSync('..', path.join(root, 'site/loop/back'));
  execFileSync('mkfifo', [path.join(root, 'site/pipe.md')]);
  return {
    root,
    files: {
      ordinary: 'site/ordinary.md', aliasBomb: 'site/bomb.yaml', huge: 'site/huge.md', binary: 'site/binary.md', invalidUtf8: 'site/latin1.md',
      redos: 'site/redos.md', deepMarkdown: 'site/deep.md', deepYaml: 'site/deep.yaml', unreadable: 'site/pipe.md', loop: 'site/loop/back',
    },
  };
}
