/** Packaging settings: targets, files, the hardened fuses and the scenario file association. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Config = Record<string, unknown> & Record<'linux' | 'win' | 'mac', { target?: unknown } | undefined>;
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Config;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('names the app and builds AppImage, deb, NSIS and dmg from the build output only', () => {
    expect(config['appId']).toBe('org.aftermath.desktop');
    expect(config['productName']).toBe('Aftermath');
    expect(config['directories']).toMatchObject({ buildResources: 'build' });
    expect(config['linux']?.target).toEqual(['AppImage', 'deb']);
    expect(config['win']?.target).toEqual(['nsis']);
    expect(config['mac']?.target).toEqual(['dmg']);
    expect(config['files']).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map']);
    expect(config['asar']).toBe(true);
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or --inspect, app only from an integrity-checked asar', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('associates .aftermath.json files with the app', () => {
    expect(config['fileAssociations']).toEqual([expect.objectContaining({ ext: 'aftermath.json', name: 'Aftermath scenario' })]);
  });

  it('packs no runtime dependencies: everything the app needs is bundled into out/', () => {
    expect(pkg['dependencies'] ?? {}).toEqual({});
    expect(pkg['main']).toBe('out/main/index.js');
  });
});
