import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/sek-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'sek-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function sek(args: string[]) {
  return spawnSync(process.execPath, ['service/dist/cli.js', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', SEK_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('pnpm sek import / export', () => {
  it('imports the CSV template, reports rejected rows, and exports what it stored', () => {
    const broken = sek(['import', 'service/test/fixtures/offers-with-broken-rows.csv', '--json']);
    expect(broken.status).toBe(3); // some rows rejected
    const report = JSON.parse(broken.stdout);
    expect(report).toMatchObject({ status: 'applied', format: 'csv', valid: 3, rejected: 5 });

    const template = sek(['import', 'service/data/import-template.csv']);
    expect(template.status).toBe(0);
    expect(template.stdout).toMatch(/Ingelezen: 2 gelezen, 2 goed, 2 nieuw/);

    const out = join(dataDir, 'export.csv');
    const exported = sek(['export', '--format', 'csv', '--out', out]);
    expect(exported.status).toBe(0);
    const ids = new Set(readFileSync(out, 'utf8').trim().split('\r\n').slice(1).map((line) => line.split(',')[0]));
    expect([...ids].sort()).toEqual(['goed-1', 'goed-online', 'goed-zonder-coordinaten', 'voorbeeld-ido-spreekuur', 'voorbeeld-online-oefenen']);
  });

  it('--dry-run writes nothing', () => {
    const dry = sek(['import', 'service/data/demo/demo-offers.ndjson', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^Proef, er is niets opgeslagen: 720 gelezen, 720 goed, 720 nieuw/m);
    const exported = sek(['export']);
    expect(exported.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('reports a broken file in plain words instead of a stack trace, and removes nothing', () => {
    const file = join(dataDir, 'kapot.json');
    writeFileSync(file, '[{"id":"x"');
    const broken = sek(['import', file, '--source', 'voorbeeld', '--replace']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(broken.stdout).toMatch(/^NIET GELUKT: 0 gelezen/m);
    expect(broken.stdout).toMatch(/We konden het bestand niet helemaal lezen.*Er is niets opgeslagen en niets verwijderd/);
    expect(sek(['export']).stdout.trim().split('\n')).toHaveLength(5);
  });

  it('explains its usage', () => {
    const result = sek(['importeer']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});
