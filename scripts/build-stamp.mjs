// The build stamp: which source a dist/ was built from, and with which
// profile. post-build.mjs writes it into every build; scripts/bench.sh reads
// it, so that the bench never measures a debug build (what `trunk serve`
// leaves in dist/) or one of other source without saying so.
//
//   node scripts/build-stamp.mjs check [DIR]   exit 0 if DIR (dist) is the
//     release build of the source as it is now, else print why and exit 1
//   node scripts/build-stamp.mjs tree          print the source's tree id
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stamp's file name inside the build (not precached, not measured). */
export const STAMP = '.lagebild-build.json';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A git tree id of the working tree as it is, uncommitted and untracked
 * files included (what .gitignore leaves out is not source): equal for equal
 * sources, whatever was committed. `null` outside a git checkout.
 */
export function sourceTree() {
  const git = (args, env = {}) =>
    execFileSync('git', args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let index;
  try {
    index = git(['rev-parse', '--path-format=absolute', '--git-path', 'index']);
  } catch {
    return null;
  }
  // A scratch index (a copy, so unchanged files are not hashed again): the
  // real index and the checkout stay untouched.
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-stamp-'));
  try {
    const scratch = join(dir, 'index');
    if (existsSync(index)) copyFileSync(index, scratch);
    git(['add', '--all', '.'], { GIT_INDEX_FILE: scratch });
    return git(['write-tree'], { GIT_INDEX_FILE: scratch });
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What post-build.mjs records: the profile, the source tree, and whether
 * `trunk serve` put its live-reload script into the pages. */
export function stamp(profile, autoreload) {
  return { profile, tree: sourceTree(), autoreload };
}

/** Why DIR is not the release build of the source as it is now, or null. */
export function staleness(dir) {
  let found;
  try {
    found = JSON.parse(readFileSync(join(dir, STAMP), 'utf8'));
  } catch {
    return `${dir} has no build stamp (${STAMP}): not made by this project's build, or by an older one`;
  }
  if (found.profile !== 'release') return `${dir} is a ${found.profile} build (trunk serve writes one), not the release build readers get`;
  if (found.autoreload) return `${dir} holds trunk serve's live-reload script, which readers never get`;
  const now = sourceTree();
  if (now === null || found.tree === null) return `${dir}: the source cannot be identified outside a git checkout`;
  if (found.tree !== now) return `${dir} was built from other source (tree ${found.tree.slice(0, 12)}, now ${now.slice(0, 12)})`;
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [cmd, dir = 'dist'] = process.argv.slice(2);
  if (cmd === 'tree') {
    console.log(sourceTree() ?? 'none');
  } else if (cmd === 'check') {
    const why = staleness(dir);
    if (why) {
      console.log(why);
      process.exit(1);
    }
    console.log(`${dir} is the release build of the current source`);
  } else {
    console.error('usage: node scripts/build-stamp.mjs check [DIR] | tree');
    process.exit(64);
  }
}
