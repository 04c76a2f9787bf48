import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('lzm-dashboard --version prints the version in package.json', () => {
  for (const flag of ['--version', '-V']) {
    assert.equal(execFileSync(process.execPath, ['bin/lzm-dashboard.js', flag], { encoding: 'utf8' }).trim(), pkg.version);
  }
});

test('CHANGELOG.md states semantic versioning and has a section for this version', () => {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  assert.match(changelog, /\[semantic versioning\]\(https:\/\/semver\.org\/\)/);
  assert.match(pkg.version, /^\d+\.\d+\.\d+(-[\w.]+)?$/, 'package.json has a semantic version');
  const heading = changelog.match(/^## \[(\d+\.\d+\.\d+[^\]]*)\]/m);
  assert.ok(heading, 'a version section');
  assert.equal(heading[1], pkg.version, 'the newest section is the version in package.json');
});
