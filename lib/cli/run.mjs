// `npm run analyze`: runs the bundled command line (.output/cli/analyze.cjs, made by
// lib/cli/build.mjs) with plain node, building it first when it is missing or older than any file
// it was built from. The bundle runs with V8's code cache (analyze-<hash>.cache beside it, written
// after the first run), so node neither parses it again nor compiles again the functions it ran.
// Plain JavaScript on purpose: nothing here needs compiling.

import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script, constants } from 'node:vm';
import { BUILD_INFO, MAIN, ROOT, cacheFile, writeAtomic } from './build.mjs';

/** The build info when the bundle was built after the last change to every file it was built from, else null. */
function freshBuild() {
  let info;
  try {
    info = JSON.parse(readFileSync(BUILD_INFO, 'utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(info.inputs) || !Array.isArray(info.outputs) || typeof info.built !== 'number') return null;
  for (const file of info.outputs) if (!statSync(join(ROOT, file), { throwIfNoEntry: false })) return null;
  for (const file of info.inputs) {
    const st = statSync(join(ROOT, file), { throwIfNoEntry: false });
    // Changed since the build started (the bundle may have been made from the file before the change), or gone.
    if (!st || st.mtimeMs >= info.built) return null;
  }
  return info;
}

// V8 first runs a regular expression in its interpreter and compiles it only when it runs again.
// The rules' patterns are large and each runs a few times in a short letter, so the interpreter's
// runs cost more than the analysis (a one-page letter: about half of the whole run). Compiled at once.
setFlagsFromString('--no-regexp-tier-up');

let info = freshBuild();
if (!info) {
  const { buildCli } = await import('./build.mjs');
  info = await buildCli();
}

const source = readFileSync(MAIN, 'utf8');
const cache = cacheFile(info.hash);
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  cachedData = undefined;
}
// Not in parentheses: V8 would compile the whole bundle at once instead of each function when first called.
const script = new Script(`var __main = function (exports, require, module, __filename, __dirname) {${source}\n}; __main`, {
  filename: MAIN,
  cachedData,
  importModuleDynamically: constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
if (!cachedData || script.cachedDataRejected) {
  // At the end of a run that went well, so the cache holds also the functions it compiled (those the next run needs).
  process.once('exit', (code) => {
    if (code !== 0) return;
    try {
      writeAtomic(cache, script.createCachedData());
    } catch {
      // A read-only checkout: run without a cache.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(MAIN), module, MAIN, dirname(MAIN));
