import { z } from 'zod';
import { LegalSource } from '../rules/ids';

/** What a highlight is, why it matters, what to do, and its legal source. Plain Danish. */
export const Explanation = z.object({
  what: z.string().min(1),
  why: z.string().min(1),
  todo: z.string().min(1),
  source: LegalSource,
  url: z.string().optional(),
});
export type Explanation = z.infer<typeof Explanation>;
