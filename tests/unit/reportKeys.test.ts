import { describe, expect, it } from 'vitest';
import { Appeal, AppointmentFinding, DeadlineFinding, LawFinding, MedicalQuoteFinding, SanctionFinding } from '../../lib/schema/report';
import { APPEAL_KEYS, FINDING_KEYS } from '../../lib/schema/reportKeys';

// The engine builds findings and the klagefrist with these keys in this order, without zod: they
// must be the schemas' own, or a report would lose a field or change its JSON.
describe('the report keys the engine builds with', () => {
  it('are the finding schemas’ keys, in their order', () => {
    expect(FINDING_KEYS.law).toEqual(Object.keys(LawFinding.shape));
    expect(FINDING_KEYS.deadline).toEqual(Object.keys(DeadlineFinding.shape));
    expect(FINDING_KEYS.appointment).toEqual(Object.keys(AppointmentFinding.shape));
    expect(FINDING_KEYS.medical_quote).toEqual(Object.keys(MedicalQuoteFinding.shape));
    expect(FINDING_KEYS.sanction).toEqual(Object.keys(SanctionFinding.shape));
  });

  it('are the klagefrist schema’s keys, in its order', () => {
    expect(APPEAL_KEYS).toEqual(Object.keys(Appeal.shape));
  });
});
