import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../../lib/schema/report';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const letters = join(root, 'tests', 'letters');
const tmp = mkdtempSync(join(tmpdir(), 'brevtjek-cli-'));

function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'lib/cli/analyze.ts'), ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

describe('npm run analyze', () => {
  it('prints one JSON report that fits the published schema', () => {
    const r = analyze(join(letters, 't11-frederikshavn-fradrag-ressourceforloeb.pdf'), '--json', '--received', '2026-01-14');
    expect(r.code).toBe(0);
    const report = Report.parse(JSON.parse(r.out));
    expect(report).toMatchObject({ schema: 1, pages: 2, appeal: { deadline: '2026-02-11', receivedSource: 'user' } });
    expect(new Set(report.findings.map((f) => f.kind))).toEqual(new Set(['law', 'deadline', 'medical_quote', 'sanction']));
    const published = JSON.parse(readFileSync(join(root, 'lib/schema/report.schema.json'), 'utf8'));
    expect(published.properties.schema.const).toBe(1);
  });

  it('moves the klagefrist with --received', () => {
    const a = JSON.parse(analyze(join(letters, 't03-udk-foertidspension-beregning.txt'), '--json', '--received', '2026-05-12').out);
    const b = JSON.parse(analyze(join(letters, 't03-udk-foertidspension-beregning.txt'), '--json', '--received', '2026-05-19').out);
    expect([a.appeal.deadline, b.appeal.deadline]).toEqual(['2026-06-09', '2026-06-16']);
  });

  it('prints a readable Danish report without --json', () => {
    const r = analyze(join(letters, 't12-lolland-fradrag-uden-klagevejledning.pdf'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('KLAGEFRIST: fredag den 5. juni 2026');
    expect(r.out).toContain('grundlovsdag');
    expect(r.out).toContain('ingen klagevejledning');
    expect(r.out).toMatch(/Grunde til sanktion \(1\)\n {2}s\. 1: du ikke har booket/);
  });

  it.each([
    ['a missing file', () => join(tmp, 'findes-ikke.pdf'), /findes ikke/],
    ['an empty file', () => file('tom.pdf', ''), /tom/],
    ['a file that is not a PDF', () => file('billede.pdf', 'GIF89a ikke en pdf'), /ikke en PDF/],
    ['a damaged PDF', () => file('skadet.pdf', readFileSync(join(letters, 't02-esbjerg-fradrag-tilbud.pdf')).subarray(0, 900)), /beskadiget/],
    ['an encrypted PDF', () => join(fixtures, 'encrypted.pdf'), /adgangskode/],
    ['a scan with no text layer', () => join(fixtures, 'scan-no-text.pdf'), /ingen tekst.*scanning/],
    ['an empty text file', () => file('tom.txt', '  \n'), /tom/],
    ['a huge file', () => {
      const path = file('kaempestor.pdf', '%PDF-1.7\n');
      truncateSync(path, 101 * 1024 * 1024);
      return path;
    }, /for stor/],
  ])('says so in one Danish line on stderr for %s, and exits non-zero', (_what, path, message) => {
    const r = analyze(path(), '--json');
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('opens an encrypted PDF with the right password', () => {
    const r = analyze(join(fixtures, 'encrypted.pdf'), '--json', '--password', 'brevtjek');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings.some((f: { appeal?: boolean }) => f.appeal)).toBe(true);
  });

  it('rejects a bad --received', () => {
    const r = analyze(join(letters, 't03-udk-foertidspension-beregning.txt'), '--received', '5/3-2026');
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/--received/);
  });
});
