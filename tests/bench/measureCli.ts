/**
 * The command line's start-up: the analyze script on a one-page text letter against a bare
 * `node -e 0`, wall time, `reps` runs of each taken in turns after one untimed run of each. The
 * script's command from package.json ("node lib/cli/run.mjs") is run directly, with
 * node_modules/.bin on the PATH, so npm's own start-up is not counted; `npm run analyze` itself
 * is timed beside it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ROOT } from './makeLetters';

export interface CliResult {
  command: string;
  /** Wall milliseconds of each run. */
  bareNode: number[];
  analyze: number[];
  npmRunAnalyze: number[];
}

function wallOf(cmd: string, args: string[]): number {
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}` };
  const start = performance.now();
  const run = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${run.status ?? run.signal}): ${run.stderr}`);
  return ms;
}

export function measureCli(letter: string, reps: number): CliResult {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.analyze ?? 'tsx lib/cli/analyze.ts';
  const [cmd = 'tsx', ...args] = script.split(/\s+/);
  const runs = {
    bareNode: () => wallOf(process.execPath, ['-e', '0']),
    analyze: () => wallOf(cmd, [...args, letter]),
    npmRunAnalyze: () => wallOf('npm', ['run', '--silent', 'analyze', '--', letter]),
  };
  const result: CliResult = { command: `${script} ${letter}`, bareNode: [], analyze: [], npmRunAnalyze: [] };
  for (const run of Object.values(runs)) run();
  // Taken in turns, so a change in the machine's load falls on all three alike.
  for (let r = 0; r < reps; r++) for (const [name, run] of Object.entries(runs)) result[name as keyof typeof runs].push(run());
  return result;
}
