import { Report } from '../schema/report';

/**
 * `--check`: the report held against its schema (lib/schema/report.ts, published as
 * report.schema.json) before it is printed. Null when it fits; else what does not, in one line.
 */
export function reportSchemaProblem(report: unknown): string | null {
  const checked = Report.safeParse(report);
  if (checked.success) return null;
  const first = checked.error.issues[0];
  const more = checked.error.issues.length > 1 ? ` (og ${checked.error.issues.length - 1} fejl mere)` : '';
  return `rapporten passer ikke til skemaet (lib/schema/report.ts): ${first?.path.join('.') || '(rod)'}: ${first?.message ?? 'ugyldig'}${more}`;
}
