import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../../lib/schema/jsonSchema';

describe('the published JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '../../lib/schema/report.schema.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });
});
