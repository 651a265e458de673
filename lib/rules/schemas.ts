import { z } from 'zod';
import { BenefitId, DeadlineUnit, LawId, LegalSource, LetterTypeId, SanctionType, SenderId } from './ids';

export { BenefitId, DeadlineUnit, LawId, LegalSource, LetterTypeId, SanctionType, SenderId };

/** A regex source string. Checked to compile (with the 'u' flag) when the rules load. */
const regexSource = z.string().min(1).refine(
  (s) => {
    try {
      new RegExp(s.replace(/\{(date|month|weekday|number|unit|source|verb|pointer|objectVerb|thatless)\}/g, 'x'), 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * One version of an act: a consolidated act (LBK) or a new act, in force from `from` to
 * `to` (inclusive; null = still in force), with an ELI link to that version. `tag` says
 * how well it is checked (V verified, P partly, U unverified); `evidence` where.
 */
export const ActVersion = z
  .object({
    ref: z.string().min(5),
    from: IsoDay,
    to: IsoDay.nullable(),
    url: z.string().url(),
    tag: z.enum(['V', 'P', 'U']),
    evidence: z.string().min(3),
    /** A note shown with a citation in a letter dated in this version's time (a reform, new numbering). */
    note: z.string().optional(),
  })
  .refine((v) => v.to === null || v.to >= v.from, { message: 'a version ends after it starts' });
export type ActVersion = z.infer<typeof ActVersion>;

export const ActsRules = z.object({
  acts: z
    .array(
      z.object({
        id: LawId,
        title: z.string(),
        short: z.string(),
        about: z.string().min(10),
        names: z.array(z.string().min(3)).min(1),
        abbreviations: z.array(z.string()),
        /** Where the act is read when no version fits (a search or the newest version). */
        url: z.string().url(),
        source: z.string(),
        /** Versions, oldest first; the letter's date picks one. */
        versions: z.array(ActVersion),
        examples: z.array(z.string()).min(1),
        counterExamples: z.array(z.string()),
      }),
    )
    .min(10),
  otherActs: z.object({ names: z.array(z.string().min(3)) }),
});

const Examples = z.array(z.string());

export const CitationRules = z.object({
  section: regexSource,
  number: regexSource,
  subdivision: regexSource,
  following: regexSource,
  rangeJoin: regexSource,
  actAfter: regexSource,
  actBeforeGap: regexSource,
  anaphoraBefore: z.array(z.string()),
  anaphoraAfter: z.array(z.string()),
  /** An anaphora that points to an executive order ("bekendtgørelsens § 10"): law id bekendtgoerelse. */
  decreeAnaphora: regexSource,
  decree: z.object({
    pattern: regexSource,
    types: z.record(z.string(), z.enum(['lbk', 'bek', 'lov'])),
    examples: Examples,
    counterExamples: Examples,
  }),
  decreeJoin: regexSource,
  /** The number and date of a cited consolidated act: "nr. 1084 af 13/08/2024" (groups nr, date). */
  decreeNumber: regexSource,
  titleIntro: z.object({ lov: z.string(), bekendtgørelse: z.string() }),
  title: regexSource,
  principle: z.object({ pattern: regexSource, examples: Examples, counterExamples: Examples }),
  chapter: regexSource,
  article: regexSource,
  /** A further article in a list: "og 14", "og artikel 9". */
  articleJoin: regexSource,
  examples: z.array(
    z.object({ text: z.string(), cite: z.string(), law: LawId.nullable(), paragraph: z.string().nullable() }),
  ),
  counterExamples: Examples,
});

export const AbbreviationRules = z.object({
  abbreviations: z.array(z.string().regex(/^[\p{Ll}.\d-]+$/u)),
  /** An abbreviation that ends a sentence before a word that starts one ("m.v. Hun har …"). */
  sentenceFinal: z.string(),
  ordinalBefore: regexSource,
});

export const DateRules = z.object({
  months: z.array(z.object({ n: z.number().int().min(1).max(12), names: z.array(z.string()).min(1) })).length(12),
  weekdays: z.array(z.string()).min(7),
  prefix: regexSource,
  patterns: z.array(
    z.object({ id: z.string(), pattern: regexSource, examples: Examples.min(1), counterExamples: Examples }),
  ),
  slashNeedsYearOrPrefix: z.boolean(),
});

export const DeadlineRules = z.object({
  numberWords: z.record(z.string(), z.number().int().positive()),
  units: z.array(z.object({ unit: DeadlineUnit, names: z.array(z.string()).min(1), max: z.number().positive() })),
  triggers: regexSource,
  /** A period that is a deadline only when counted from the letter: 'klage i 4 uger fra den dag, du fik brevet'. */
  windowTrigger: regexSource,
  /** A word between a number and its unit ("3 hele kalendermåneder"). */
  unitQualifier: regexSource,
  anchor: regexSource,
  timeOfDay: regexSource,
  monthEnd: regexSource,
  havePeriod: regexSource,
  statedDeadline: z.array(regexSource),
  /** A time limit counted from an undated or recurring event: date null. */
  eventDeadline: z.array(regexSource),
  statedPeriod: z.array(regexSource).min(1),
  appealContext: regexSource,
  /** A sentence that points back to the one before ("Fristen er …"): the klage context may stand there. */
  refersBack: regexSource,
  notAppealInSpan: regexSource,
  notAppealInSentence: regexSource,
  receiptAnchor: regexSource,
  /** A date computed right after a period ("…, dvs. senest den 3. marts 2026"): part of that deadline. */
  computedDate: regexSource,
  letterDateAnchor: regexSource,
  notDeadlineBefore: regexSource,
  selfDeadline: regexSource,
  appointmentTime: regexSource,
  examples: z.array(
    z.object({ text: z.string(), deadline: z.string(), appeal: z.boolean(), date: z.string().optional() }),
  ),
  counterExamples: Examples,
});

const Labelled = z.object({ id: z.string(), label: z.string(), pattern: regexSource });

export const MedicalRules = z.object({
  statements: z.array(Labelled).min(1),
  professionals: z.array(Labelled).min(1),
  notMedical: regexSource,
  /** The citizen as the source of a quote ("Du skrev: »Min læge siger, at …«"): a report inside it is the citizen's account. */
  citizenVoice: regexSource,
  /** Where a sentence goes on after what a statement does not say ("…, og i attesten står der, at …"). */
  afterNotSaid: regexSource,
  /** Who a statement was written to ("… til rehabiliteringsteamet:"): no author. */
  recipientBefore: regexSource,
  reportingVerbs: regexSource,
  /** Verbs of speech ("Lægen sagde, at"): only after a named medical source. */
  speechVerbs: regexSource,
  /** A reporting verb right before a subject and its verb, with no "at" ("lægen skriver du har migræne"). */
  thatless: regexSource,
  reportedLead: regexSource,
  accordingTo: regexSource,
  accordingToInside: regexSource,
  /** "Som det fremgår af erklæringen, <content>": a fronted source, the content after the comma. */
  asStatedLead: regexSource,
  /** "Af undersøgelsen fremgår endvidere en forventning om …": "fremgår" with an object, no "at". */
  /** "Det fremgår også, at …", "Den 3. marts 2025 fremgår det, at …": a statement without its source, which the sentence just before names. */
  fremgaarAlone: regexSource,
  fremgaarObject: regexSource,
  objectLead: regexSource,
  /** Reporting verbs that take an object without "at" ("anbefaler et forløb"). */
  objectVerbs: regexSource,
  /** "I sin udtalelse beskriver psykologen <object>": the verb before its source. */
  invertedObjectLead: regexSource,
  clauseStop: regexSource,
  negatedLead: regexSource,
  /** "finder det nødvendigt at <verb>": an infinitive, not a reported clause. */
  infinitiveLead: regexSource,
  pointsBack: regexSource,
  /** "og videre:": a colon lead that goes on with the statement quoted before. */
  continues: regexSource,
  sourceAfter: regexSource,
  /** A statement put before its source ("…, skriver din læge"): where the attribution starts. */
  attributionAfter: regexSource,
  quotes: z.array(z.object({ open: z.string().length(1), close: z.string().length(1) })),
  /** "Hun skriver, at …": a pronoun that points back to a medical source just named. */
  pronounLead: regexSource,
  /** Pronouns and short names ("Hun", "Lægen") that point back to a source just named. */
  pointers: regexSource,
  /** Pointers that are articles after a verb ("vurderer de nye oplysninger"). */
  notInvertedPointers: z.array(z.string()),
  /** Definite nouns that point back to the statement just named ("af erklæringen", "Notatet", "Heri"). */
  backReferences: regexSource,
  /** The letter's own voice ("vores vurdering"): a pointer's lead with it reports no statement. */
  authorityVoice: regexSource,
  authoritySubject: regexSource,
  leadPrefix: regexSource,
  requestContent: z.object({ pattern: regexSource }),
  /** "Heri bekræfter lægen, at …": the reporting verb before its source. */
  invertedLead: regexSource,
  /** "I notatet står der:" at a line's end: the next paragraph is the content. */
  colonLead: regexSource,
  /** "Fra din egen læge:": a heading whose list items are that source's statements. */
  sourceHeading: regexSource,
  quoteLabel: regexSource,
  /** A list item that only names a document ("Notat af 19. september 2025 …"). */
  mentionOnly: regexSource,
  /** What separates a table row's cells: " | ", tabs, or a run of spaces. */
  /** "(jf. lægeerklæringen s. 2)" after a quote: where it stands in the statement, no part of it. */
  /** "Prognosen betegnes som »god«": a passive verb of describing right before a quote, which the sentence before names the source of. */
  passiveBefore: regexSource,
  referenceAfter: regexSource,
  tableCell: regexSource,
  /** A table's header cell over the column of what a source says ("Lægens oplysninger"); {source} is filled in. */
  tableHeader: regexSource,
  /** Who a pronoun can point back to besides a medical source: a person, not a document. */
  antecedentPerson: regexSource,
  /** "Sundhedskoordinator: <content>". */
  labelLead: regexSource,
  /** Where one reported statement goes on with another: ", og at …". */
  partSplit: regexSource,
  /** "at A, at B, og at C": a bare ", at" splits too where the statement is such a series. */
  seriesSplit: regexSource,
  /** What makes a statement a series of "at" clauses: ", og at". */
  seriesMarker: regexSource,
  maxQuoteLength: z.number().int().positive(),
  mixedQuoteMinWords: z.number().int().positive(),
  examples: z.array(z.object({ text: z.string(), quote: z.string() })),
  counterExamples: Examples,
});

export const SanctionRules = z.object({
  types: z.array(
    z.object({
      id: SanctionType,
      label: z.string(),
      pattern: regexSource,
      law: LawId,
      paragraph: z.string().nullable(),
      source: z.string(),
    }),
  ),
  decided: regexSource,
  proposed: regexSource,
  hypothetical: regexSource,
  /** How a sentence is cut into clauses, and what leads a clause. */
  clauses: z.object({
    split: regexSource,
    lead: regexSource,
    reasonMarker: regexSource,
    label: regexSource,
    reasonHeading: regexSource,
    /** A heading that asks ("Hvorfor har vi sagt nej", "…?"): it states no reason itself. */
    questionHeading: regexSource,
    listIntro: regexSource,
    /** An intro the list items finish: "…, fordi du⏎1. ikke har …". */
    listIntroOpen: regexSource,
    /** The loose end a cut clause drops: ", og". */
    trailingJoin: regexSource,
    /** A table header whose rows tell what happened: "Hvad skete der", "Fradrag", "Status". */
    tableHeader: regexSource,
    introEnd: regexSource,
    listItemStart: regexSource,
    numberedItem: regexSource,
    /** The date label of a row ("Mandag den 2. marts: ikke mødt"). */
    rowLabel: regexSource,
    coordinated: regexSource,
    end: regexSource,
  }),
  /** The grammar of a breached duty: lists of regex alternatives, joined. */
  breach: z.object({
    negation: z.array(z.string().min(1)),
    /** The citizen as the subject of a late duty. */
    citizen: regexSource,
    /** What may stand between a verb and its negation in V2 word order. */
    invertedSubjects: regexSource,
    dutyVerbs: z.array(regexSource),
    dutyObjects: z.array(z.string().min(1)),
    /** Words that cannot stand between a negation and a duty object: a pointer back or a copula ("ikke blev det svar, du håbede på"). */
    notBeforeObject: regexSource,
    /** Words that make a duty verb a breach of its time: "først", "for sent". */
    late: z.array(regexSource).min(1),
    /** Duties with a time: booking, sending, giving notice, showing up. */
    lateDuties: z.array(regexSource).min(1),
    negatedActVerb: regexSource,
    lateAuxiliaries: regexSource,
    acts: z.array(regexSource),
    otherSubjects: z.array(regexSource),
    /** "fordi vi ikke har modtaget din leveattest": what the authority waited for from the citizen, a breach only where the letter states its reasons. */
    missingReceipt: regexSource,
  }),
  subject: regexSource,
  /** "Ved at udeblive …, har du …": the infinitive shares the main clause's subject. */
  sharedSubjectLead: regexSource,
  /** Clauses that name a breach but give no reason for this sanction. */
  notReason: z.object({
    rimeligGrund: regexSource,
    /** "Rimelig grund: ikke oplyst": a label the clause answers. */
    rimeligGrundLabel: regexSource,
    citizenSays: regexSource,
    duty: regexSource,
    history: regexSource,
    historyDays: z.number().int().positive(),
    explanationMissing: regexSource,
    conclusion: regexSource,
    /** "Du er ikke til rådighed fra og med den 13. januar": the status that follows, not the breach. */
    statusPeriod: regexSource,
    /** "… blev vejledt skriftligt om, at …": the kommune's vejledning, a condition, not the breach. */
    informed: regexSource,
    /** "For de dage foretager vi ikke fradrag", "Det er ikke afgørende for os, at …". */
    notSanctioned: regexSource,
    /** The sentence after a breach that lets it go points back to it ("… har vi ikke foretaget fradrag for denne dag"). */
    notSanctionedBack: regexSource,
    /** "Efter § 35, stk. 3, skal et fradrag ske …": the law's rule. */
    legalRule: regexSource,
    genericSubject: regexSource,
    subjectLine: regexSource,
    /** "Klinikken har ikke givet et bud på …": someone else's omission, not the citizen's. */
    otherActor: regexSource,
    /** "Vi har ikke fulgt din læges anbefaling": the authority's own omission (not "Vi har ikke modtaget …"). */
    authorityOmission: regexSource,
    reported: regexSource,
    hearing: regexSource,
    hearingContext: regexSource,
    temporal: regexSource,
    namesSanction: regexSource,
    breachWithoutGrund: regexSource,
    /** An intro to the authority's own words quoted ("Kommunen begrundede afgørelsen således:"). */
    refusalSaid: regexSource,
    quotedDecision: regexSource,
    /** A "derfor" that carries a breach on ("…, og du deltog derfor ikke"). */
    conclusionContinues: regexSource,
    /** A clause that states a condition ("når du ikke har meldt fravær, …"). */
    conditionalClause: regexSource,
    /** The last ", og" before a missing explanation, to see whether a breach stands before it. */
    explanationJoin: regexSource,
  }),
  /** The weight of each signal a clause is scored by, and the sum that makes it a reason. */
  weights: z.object({
    breach: z.number(),
    subject: z.number(),
    reasonMarker: z.number(),
    reasonSection: z.number(),
    listUnderReason: z.number(),
    datedEntry: z.number(),
    hypothetical: z.number(),
    rimeligGrund: z.number(),
    citizenSays: z.number(),
    duty: z.number(),
    history: z.number(),
    quote: z.number(),
    explanationMissing: z.number(),
    conclusion: z.number(),
    statusPeriod: z.number(),
    informed: z.number(),
    notSanctioned: z.number(),
    legalRule: z.number(),
    genericSubject: z.number(),
    subjectLine: z.number(),
    otherActor: z.number(),
    authorityOmission: z.number(),
    reported: z.number(),
    hearing: z.number(),
    heading: z.number(),
    questionHeading: z.number(),
    temporal: z.number(),
    namesSanction: z.number(),
    threshold: z.number(),
  }),
  amount: regexSource,
  /** Income words that make a "fradrag" or "nedsættelse" a calculation, not a sanction. */
  notSanction: regexSource,
  /** Words of a breached duty; a stop of a benefit is a sanction only with one of them or a reason. */
  breachWords: regexSource,
  examples: z.array(z.object({ text: z.string(), reason: z.string() })),
  counterExamples: Examples,
});

/** A plain-Danish piece of advice and the rule it rests on. */
export const Advice = z.object({ text: z.string().min(10), source: LegalSource });
export type Advice = z.infer<typeof Advice>;

export const SenderRules = z.object({
  /** How many lines at the top (letterhead) and bottom (signature) name the sender. */
  headLines: z.number().int().positive(),
  tailLines: z.number().int().positive(),
  /** How a sentence names a sender that cannot be told. */
  unknownShort: z.string().min(3),
  senders: z
    .array(
      z.object({
        id: SenderId,
        label: z.string(),
        /** How the letter says "you" should write to them: "kommunen", "a-kassen". */
        short: z.string(),
        /** A line of the letterhead or signature that names this sender; group `name` is the name. */
        letterhead: z.array(regexSource).min(1),
        /** A phrase only this sender writes of itself ("Ankestyrelsen stadfæster …"). */
        strong: z.array(regexSource),
        /** Words in the body that point to this sender when no letterhead does. */
        body: z.array(regexSource),
        /** Where a klage goes and what happens next; null where no administrative klage is possible. */
        klage: Advice.nullable(),
        examples: z.array(z.object({ text: z.string(), sender: SenderId, name: z.string().optional() })).min(1),
      }),
    )
    .min(5),
});

export const SanctionAdvice = z.object({
  /** What the citizen should check: the rimelig (or gyldig) grund, and where that rule is. */
  rimeligGrund: Advice,
  /** A duty to warn in writing before the sanction; null where the rules set no such condition. */
  vejledningFoer: Advice.nullable(),
  /** The provision behind each kind of sanction in this regime. */
  sanctionSources: z.partialRecord(SanctionType, LegalSource),
});

export const BenefitRules = z.object({
  benefits: z
    .array(
      z.object({
        id: BenefitId,
        label: z.string(),
        /** Words that name the benefit; counted in the heading (weighted) and the body. */
        patterns: z.array(regexSource).min(1),
        regime: z.string(),
      }),
    )
    .min(8),
  /** Weight of a mention in the first lines (the heading) against one in the body. */
  headingWeight: z.number().positive(),
  headingLines: z.number().int().positive(),
  /** How much of the letter is read for mentions: its start names the matter. */
  bodyChars: z.number().int().positive(),
  /** A benefit that, once named at all, wins over these others. */
  beats: z.partialRecord(BenefitId, z.array(BenefitId)),
  /** The benefit a sender implies when the letter names none (an a-kasse: dagpenge). */
  senderDefault: z.partialRecord(SenderId, BenefitId),
  regimes: z
    .array(
      SanctionAdvice.extend({
        id: z.string(),
        label: z.string(),
        /** What a missed meeting can cost under these rules. */
        missedMeeting: Advice,
      }),
    )
    .min(3),
  /** The regime when neither sender nor benefit can be told. */
  fallbackRegime: z.string(),
});

export const LetterTypeRules = z.object({
  types: z.array(
    z.object({
      id: LetterTypeId,
      label: z.string(),
      appeal: z.boolean(),
      why: z.string(),
      source: LegalSource,
      any: z.array(regexSource).optional(),
      all: z.array(regexSource).optional(),
      title: z.array(regexSource).optional(),
      none: z.array(regexSource).optional(),
      noneAnywhere: z.array(regexSource).optional(),
      /** The type applies only to letters from these senders (Ankestyrelsen's own decision). */
      senders: z.array(SenderId).optional(),
      /** Words of a decision in the letter make "no klagefrist" unsure: the frist is shown with a note. */
      decisionMakesUnsure: z.boolean().optional(),
    }),
  ),
  /** How many lines at the top count as the heading zone for `title` and `none` patterns. */
  titleLines: z.number().int().positive(),
  /**
   * A text with no sender Brevtjek knows and none of these words of a letter from an authority
   * is said to be no such letter, instead of being given a kind it does not have.
   */
  notALetter: z.object({ label: z.string().min(5), why: z.string().min(10), authorityWords: regexSource }),
  /** The letter's own words that the citizen can klage over it, with a frist: they win over the kind. */
  offersKlage: z.array(regexSource).min(1),
  /** In the same sentence, these make such words no offer (klage to the Ombudsmand, a future decision). */
  notOfferingKlage: z.array(regexSource).min(1),
  /** Words that show that the letter itself decides something. */
  decisionWords: z.array(regexSource).min(1),
  /** In the same sentence, these make such words no decision ("Når vi har truffet afgørelse, …"). */
  notDecision: z.array(regexSource).min(1),
  /** Said when the letter's own words about klage win over its kind. */
  ownWordsWin: z.string().min(10),
  /** Said when a no-klage kind also reads like a decision; {kind} is the kind. */
  unsure: z.string().min(10),
  /** The kind's name when Brevtjek is not sure; {kind} is the kind. */
  unsureLabel: z.string().min(5),
  klagevejledning: z.array(regexSource).min(1),
  defaultAppealWeeks: z.number().int().positive(),
  defaultAppealSource: LegalSource,
  letterDate: z.object({
    headLines: z.number().int().positive(),
    tailLines: z.number().int().positive(),
    patterns: z
      .array(z.object({ id: z.string(), rank: z.number().int().positive(), pattern: regexSource, examples: z.array(z.string()).min(1) }))
      .min(1),
    /** A header line naming the columns ("Dato   Sagsnr."): the date stands on the next line. */
    headerTable: regexSource,
    /** Text just before a date on its line that makes it another date (birth, receipt, a statement's). */
    not: regexSource,
    counterExamples: z.array(z.string()),
  }),
});

export const HolidayRules = z.object({
  days: z.array(
    z
      .object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(['helligdag', 'usikker']),
        fixed: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).optional(),
        easterOffset: z.number().int().optional(),
        firstYear: z.number().int().optional(),
        lastYear: z.number().int().optional(),
        note: z.string().optional(),
      })
      .refine((d) => (d.fixed === undefined) !== (d.easterOffset === undefined), {
        message: 'a day is either fixed or Easter-based',
      }),
  ),
});

export const LayoutRules = z.object({
  marginShare: z.number().positive().max(0.3),
  pageNumber: z.array(regexSource),
  /** A footer line that ends with its page number, set apart by spaces: 'Vejle Kommune · Skolegade 1   Side 1/2'. */
  footerPageNumber: regexSource,
  caseLine: z.array(regexSource),
  bullets: regexSource,
  keepsHyphenBefore: regexSource,
  /** Plain text copied from a PDF: more list starts, a table row, the widest hard-wrapped line. */
  plainTextListStart: regexSource,
  tableRow: regexSource,
  /** The gap between two columns of a plain-text table row. */
  cellGap: regexSource,
  /** In a PDF: a gap between two text items, in font heights, that sets table cells apart. */
  cellGapEm: z.number().positive(),
  wrappedWidthMax: z.number().int().positive(),
});

export const ProvisionRules = z.object({
  provisions: z.array(
    z.object({
      law: LawId,
      paragraph: z.string(),
      tag: z.enum(['V', 'P', 'U']),
      text: z.string().min(10),
      /** The note holds for letters dated in this period only (a provision renumbered or changed). */
      from: IsoDay.optional(),
      to: IsoDay.optional(),
    }),
  ),
});

export const ChecklistWhen = z.enum([
  'appeal',
  'route',
  'noKlagevejledning',
  'decision',
  'decisionAgainst',
  'decisionOrHearing',
  'medicalQuotes',
  'sanctionReasons',
  'sanction',
  'hearing',
  'always',
  'needsReceived',
  'skaerpet',
  // Citat-tjek (a medical statement given beside the decision): one point per flag of the kind.
  'citatNotFound',
  'citatChanged',
  'citatLeftOut',
  'citatNotMentioned',
]);

/** Where a checklist point applies beyond `when`; every condition given must hold. */
export const ChecklistOnly = z.object({
  senders: z.array(SenderId).min(1).optional(),
  /** The letter's benefit, or any benefit the letter names. */
  benefits: z.array(BenefitId).min(1).optional(),
  /** The benefit the letter is about, only. */
  ownBenefit: z.array(BenefitId).min(1).optional(),
  regimes: z.array(z.string()).min(1).optional(),
  sanctionTypes: z.array(SanctionType).min(1).optional(),
  /** The letter cites one of these provisions (any paragraph where none are given). */
  cites: z.array(z.object({ law: LawId, paragraphs: z.array(z.string()).optional() })).min(1).optional(),
  /** The letter's text matches (case-insensitive), e.g. it names a lægekonsulent. */
  mentions: regexSource.optional(),
});
export type ChecklistOnly = z.infer<typeof ChecklistOnly>;

export const ChecklistRules = z.object({
  groups: z.array(z.object({ id: z.string(), title: z.string() })).min(1),
  /** Point ids to show first, before any list, most important first. */
  firstView: z.array(z.string()).min(3),
  points: z.array(
    z.object({
      id: z.string(),
      group: z.string(),
      when: ChecklistWhen,
      only: ChecklistOnly.optional(),
      title: z.string(),
      text: z.string(),
      why: z.string(),
      source: LegalSource,
      /** Where Ankestyrelsen found this to go wrong in its own reviews of kommunernes decisions. */
      practice: z.string().optional(),
      /** Take why and source from the letter's regime; leave the point out where the regime has none. */
      regimeAdvice: z.enum(['rimeligGrund', 'vejledningFoer']).optional(),
    }),
  ),
});

const Texts = z.record(z.string(), z.union([z.string(), LegalSource]));
export const ExplanationRules = z.object({
  law: Texts,
  principle: Texts,
  decree: Texts,
  deadline: Texts,
  appointment: Texts,
  medical_quote: Texts,
  sanction: Texts,
  appeal: Texts,
});

export const AddressRules = z.object({
  politeMarker: regexSource,
  forms: z
    .array(z.object({ polite: z.string().min(1), du: z.string().min(1) }))
    .min(1)
    .refine((forms) => forms.every((f) => f.polite.length === f.du.length), { message: 'a polite form and its du form must have the same length' }),
});
