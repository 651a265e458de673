import { z } from 'zod';
import { Report } from './report';

/** The report's JSON Schema, generated from the zod schema so the two cannot drift apart. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:brevtjek:report:1',
    title: 'Brevtjek report',
    description: 'What `npm run analyze -- <letter> --json` prints: the findings in a letter, the klagefrist and the klage checklist.',
    ...z.toJSONSchema(Report),
  };
}
