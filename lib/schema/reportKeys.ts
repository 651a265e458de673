import type { AppointmentFinding, DeadlineFinding, Finding, LawFinding, MedicalQuoteFinding, Report, SanctionFinding } from './report';

/*
 * The fields of a finding and of the klagefrist, in the order of their schemas (./report.ts): the
 * engine builds its objects in this order, as a parse would give them, without loading zod in the
 * analysis worker and the command line. tests/unit/reportKeys.test.ts holds them to the schemas.
 */

const BASE = ['text', 'start', 'end', 'page', 'segments', 'ruleId', 'explanation', 'kind'] as const;

export const FINDING_KEYS = {
  law: [...BASE, 'law', 'paragraph', 'resolvedBy'] satisfies Array<keyof LawFinding>,
  deadline: [...BASE, 'date', 'appeal', 'period', 'anchor', 'resolvedDate'] satisfies Array<keyof DeadlineFinding>,
  appointment: [...BASE, 'date'] satisfies Array<keyof AppointmentFinding>,
  medical_quote: [...BASE, 'style', 'source'] satisfies Array<keyof MedicalQuoteFinding>,
  sanction: [...BASE, 'sanctionType', 'status', 'amount'] satisfies Array<keyof SanctionFinding>,
} satisfies Record<Finding['kind'], readonly string[]>;

export const APPEAL_KEYS = [
  'deadline',
  'sendBy',
  'received',
  'countedFrom',
  'receivedSource',
  'basis',
  'certain',
  'legalDeadline',
  'statedDeadline',
  'period',
  'steps',
  'warnings',
  'source',
  'route',
  'sendTo',
] satisfies Array<keyof Report['appeal']>;
