import { z } from 'zod';

/*
 * The ids the rules name and a report carries (lib/schema/report.ts): the acts, senders, benefits,
 * letter types, deadline units and sanction types. Apart from the rules files' own schemas
 * (./schemas.ts), which only the build and the tests load, so the extension and the command line
 * hold these few and not the schemas of every rules file.
 */

export const LawId = z.enum([
  'aktivloven',
  'beskaeftigelsesloven',
  'sygedagpengeloven',
  'pensionsloven',
  'serviceloven',
  'retssikkerhedsloven',
  'forvaltningsloven',
  'offentlighedsloven',
  'integrationsloven',
  'arbejdsloeshedsforsikringsloven',
  'digitalpostloven',
  'kompensationsloven',
  'databeskyttelsesloven',
  'principmeddelelse',
  'bekendtgoerelse',
]);
export type LawId = z.infer<typeof LawId>;

/** A legal source named by a rule: the act and the paragraph, and how to say it. */
export const LegalSource = z.object({
  law: LawId.nullable(),
  paragraph: z.string().nullable(),
  label: z.string().min(1),
});
export type LegalSource = z.infer<typeof LegalSource>;

export const DeadlineUnit = z.enum(['workday', 'day', 'week', 'month', 'year']);
export type DeadlineUnit = z.infer<typeof DeadlineUnit>;

export const SanctionType = z.enum(['fradrag', 'nedsaettelse', 'skaerpet', 'ophoer', 'bortfald', 'karantaene']);
export type SanctionType = z.infer<typeof SanctionType>;

/** Who sent the letter. */
export const SenderId = z.enum(['kommune', 'udbetaling-danmark', 'a-kasse', 'ankestyrelsen', 'star']);
export type SenderId = z.infer<typeof SenderId>;

/** Which benefit (ydelse) or matter the letter is about. */
export const BenefitId = z.enum([
  'kontanthjaelp',
  'uddannelseshjaelp',
  'selvforsoergelsesydelse',
  'sygedagpenge',
  'ledighedsydelse',
  'dagpenge',
  'foertidspension',
  'fleksjob',
  'ressourceforloeb',
  'jobafklaring',
  'revalidering',
  'boligstoette',
  'folkepension',
  'enkeltydelse',
  'boernefamilieydelse',
]);
export type BenefitId = z.infer<typeof BenefitId>;

export const LetterTypeId = z.enum([
  'ankestyrelsen',
  'genvurdering',
  'partshoering',
  'indkaldelse',
  'foreloebig',
  'orientering',
  'afgoerelse',
  'ikke-brev',
]);
export type LetterTypeId = z.infer<typeof LetterTypeId>;
