import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportJsonSchema } from '../schema/jsonSchema';

/** Writes lib/schema/report.schema.json, the JSON Schema of `npm run analyze -- --json`. */
const out = join(import.meta.dirname, '..', 'schema', 'report.schema.json');
writeFileSync(out, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${out}\n`);
