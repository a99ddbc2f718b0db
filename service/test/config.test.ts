import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';

describe('loadConfig', () => {
  it('applies the defaults', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 8080, HOST: '127.0.0.1', SEK_DATA_DIR: '.sek-data', MEILI_TIMEOUT_MS: 2000, SEK_GEOCODER: 'none' });
  });

  it('names a bad PORT in one line', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(new ConfigError('Invalid environment variable PORT (got "abc"): must be a port number from 0 to 65535'));
  });

  it('names a bad MEILI_URL', () => {
    expect(() => loadConfig({ MEILI_URL: 'notaurl', MEILI_MASTER_KEY: 'k'.repeat(20) })).toThrow(/^Invalid environment variable MEILI_URL \(got "notaurl"\)/);
  });

  it('requires the master key with MEILI_URL, and never echoes a key', () => {
    expect(() => loadConfig({ MEILI_URL: 'http://127.0.0.1:7700' })).toThrow(/MEILI_MASTER_KEY: is required when MEILI_URL is set/);
    expect(() => loadConfig({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'short' })).toThrow(/\(got "\*\*\*"\)/);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(8080);
  });
});
