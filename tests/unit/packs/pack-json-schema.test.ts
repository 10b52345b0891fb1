/**
 * The JSON Schema published for pack writers (docs/schema/pack.schema.json) is generated
 * from the zod schema; this fails when someone changes the zod schema without regenerating it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

describe('docs/schema/pack.schema.json', () => {
  it('is what scripts/gen-pack-schema.ts generates from the zod schema today', () => {
    const run = (): string =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-pack-schema.ts', '--check'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  });
});
