import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, setLanguage } from '../../lib/i18n/language';
import { prepare } from '../../lib/citat/normalise';
import { StatementCheck } from '../../lib/schema/statementCheck';
import { checkLetter, checkQuote, flagsOf } from '../citat/checkHelpers';

/**
 * Citat-tjek (issue 10): a decision's quotes held against the statement. Each flag kind with
 * small Danish examples, and faithful quotes that must not be flagged.
 */

const STATEMENT = `Lægeattest (LÆ 285)

Anamnese:
Patienten har haft smerter i lænden siden marts. Hun har arbejdet som sosu-assistent i 12 år.

Objektive fund:
Nedsat bevægelighed i lænden. Ingen tegn på nerverodspåvirkning.

Vurdering:
Patienten kan arbejde 4 timer om dagen, men kun i kortere perioder. Hun er ikke motiveret for at starte i praktik nu.
Hun kan ikke løfte over 5 kg. Hun har ofte smerter om aftenen.

Prognose:
Der forventes bedring inden for et halvt år, hvis hun følger genoptræningen.
`;

describe('faithful quotes are not flagged', () => {
  it('a direct quote word for word', () => {
    const c = checkQuote('Nedsat bevægelighed i lænden', STATEMENT);
    expect(c.quotes[0]!.match).toMatchObject({ how: 'exact', similarity: 1, text: 'Nedsat bevægelighed i lænden' });
    expect(flagsOf(c).filter((f) => !f.startsWith('not-mentioned'))).toEqual([]);
  });

  it('reported speech: du for patienten, another tense, another order of words', () => {
    const c = checkLetter('Det fremgår af lægeattesten, at du har haft smerter i lænden siden marts, og at du ikke kan løfte over 5 kg.', STATEMENT);
    expect(c.quotes.map((q) => q.match?.how)).toEqual(['close', 'close']);
    expect(c.quotes.flatMap((q) => q.flags)).toEqual([]);
  });

  it('a quote that keeps its limit, or a decision that says the limit right after it', () => {
    expect(checkQuote('kan arbejde 4 timer om dagen, men kun i kortere perioder', STATEMENT).quotes[0]!.flags).toEqual([]);
    expect(checkQuote('kan arbejde 4 timer om dagen', STATEMENT, { after: ', men kun i kortere perioder.' }).quotes[0]!.flags).toEqual([]);
  });

  it('words retold in another order and form', () => {
    const statement = 'Tunge løft bør undgås. Patienten vurderes at kunne arbejde 20 timer ugentligt i et skånsomt job.';
    const c = checkLetter('Din læge skriver, at du "bør undgå tunge løft". Lægen vurderer, at du kan arbejde 20 timer om ugen i et skånsomt job.', statement);
    expect(c.quotes.map((q) => q.match?.how)).toEqual(['retold', 'close']);
    expect(c.quotes.flatMap((q) => q.flags)).toEqual([]);
  });

  it('a quote with an ellipsis where the decision left out words that change nothing', () => {
    const c = checkQuote('har haft smerter … siden marts', STATEMENT);
    expect(c.quotes[0]!.match).not.toBeNull();
    expect(c.quotes[0]!.flags).toEqual([]);
  });

  it('a statement read by OCR, with letters misread', () => {
    const scanned = 'Patienten kan arbejde 4 tirner om dagen. Hun har nedsat arbejdsevnc.';
    const c = checkQuote('Patienten kan arbejde 4 timer om dagen', scanned, { ocr: true });
    expect(c.quotes[0]!.match?.how).toBe('close');
    expect(c.quotes[0]!.flags).toEqual([]);
    expect(c.statement.ocr).toBe(true);
  });
});

describe('not-found', () => {
  it('a quote the statement does not hold, not even reworded', () => {
    const c = checkQuote('er fuldt arbejdsdygtig som pædagogmedhjælper', STATEMENT);
    expect(c.quotes[0]).toMatchObject({ match: null, context: null });
    expect(flagsOf(c)[0]).toBe('not-found: ');
  });

  it('one of two quotes, from a statement that was not given', () => {
    const c = checkLetter('Din læge skriver, at du "har ofte smerter om aftenen". Psykiateren skriver, at du "har en let angst, som ikke hindrer arbejde".', STATEMENT);
    expect(c.quotes.map((q) => q.flags.map((f) => f.kind))).toEqual([[], ['not-found']]);
  });
});

describe('changed', () => {
  it.each([
    ['a number', 'kan løfte over 10 kg', '10'],
    ['a word for a stronger one', 'har altid smerter om aftenen', 'altid'],
    ['an added negation', 'er motiveret for at starte i praktik nu', null],
  ])('%s', (_, quote, word) => {
    const c = checkQuote(quote, STATEMENT);
    if (word) expect(flagsOf(c)).toContain(`changed: ${word}`);
    else expect(flagsOf(c).some((f) => f.startsWith('left-out: ikke'))).toBe(true);
  });

  it('fuld tid for deltid, in reported speech', () => {
    const c = checkLetter('Lægen vurderer, at du kan påtage dig et arbejde på fuld tid.', 'Jeg vurderer, at patienten kan påtage sig et arbejde på deltid.');
    expect(flagsOf(c)).toContain('changed: på fuld tid');
  });

  it('a negation the decision added', () => {
    const c = checkLetter('Din læge skriver, at du "ikke har brug for pauser".', 'Hun har brug for pauser i løbet af dagen.');
    expect(flagsOf(c)).toContain('changed: ikke');
  });

  it('not for a change of inflection, tense, person or word order', () => {
    const c = checkLetter('Lægen oplyser, at du havde svært ved at koncentrere dig i længere tid.', 'Patienten har svært ved at koncentrere sig i længere tid.');
    expect(c.quotes[0]!.flags).toEqual([]);
  });
});

describe('left-out', () => {
  it('a negation before a single quoted word', () => {
    const c = checkLetter('Din læge skriver, at du er "motiveret".', STATEMENT);
    expect(flagsOf(c)).toContain('left-out: ikke');
  });

  it('a limit after a comma: "men kun i kortere perioder"', () => {
    expect(flagsOf(checkQuote('kan arbejde 4 timer om dagen', STATEMENT))).toContain('left-out: men kun i kortere perioder');
  });

  it('a number with its unit right after the quoted words', () => {
    expect(flagsOf(checkQuote('Patienten kan arbejde', STATEMENT))).toContain('left-out: 4 timer om dagen | men kun i kortere perioder');
  });

  it('a condition in the quote’s sentence: "hvis …", "under forudsætning af …"', () => {
    expect(flagsOf(checkQuote('Der forventes bedring inden for et halvt år', STATEMENT))).toContain('left-out: hvis hun følger genoptræningen');
    const statement = 'Hun vil kunne arbejde fuld tid under forudsætning af, at hun får skånehensyn.';
    expect(flagsOf(checkQuote('vil kunne arbejde fuld tid', statement))).toContain('left-out: under forudsætning af, at hun får skånehensyn');
  });

  it('a negation the quote’s clause depends on: "Det kan ikke forventes, at …"', () => {
    const statement = 'Det kan ikke forventes, at hun kan vende tilbage til arbejdsmarkedet.';
    expect(flagsOf(checkQuote('kan vende tilbage til arbejdsmarkedet', statement))).toEqual(['left-out: Det kan ikke forventes']);
  });

  it('a next sentence that goes on with the quoted one: "Dog kun …"', () => {
    const statement = 'Han kan udføre lettere kontorarbejde. Dog kun i kortere perioder ad gangen.';
    expect(flagsOf(checkQuote('kan udføre lettere kontorarbejde', statement))).toEqual(['left-out: Dog kun i kortere perioder ad gangen']);
  });

  it('a word dropped inside the quote', () => {
    expect(flagsOf(checkQuote('Hun kan løfte over 5 kg', STATEMENT))).toContain('left-out: ikke');
  });

  it('a condition of small words: "ved fortsat behandling", "så længe …"', () => {
    expect(flagsOf(checkQuote('Prognosen er god', 'Prognosen er god ved fortsat medicinsk behandling og regelmæssig døgnrytme.'))).toEqual([
      'left-out: ved fortsat medicinsk behandling',
    ]);
  });

  it('not a number the quote put another in place of: that is changed', () => {
    const flags = flagsOf(checkLetter('Af journalen fremgår det, at du “Kan gå ture på 45 min.”', 'Journal\n09.01.2025: Kan gå ture på 20 min. Træt bagefter.'));
    expect(flags.filter((f) => f.startsWith('left-out'))).toEqual([]);
    expect(flags.some((f) => f.startsWith('changed'))).toBe(true);
  });

  it('not in a sentence between two that a retold quote sums up, when it says nothing of it', () => {
    const statement = 'Hun har gået til fysioterapi siden 2022 uden væsentlig bedring. Hun har fået blokader to gange med kortvarig effekt. Hun står på venteliste til en ny hofte.';
    const c = checkLetter('Lægen skriver, at du har gået til fysioterapi siden 2022 uden væsentlig bedring, og at du står på venteliste til en ny hofte.', statement);
    expect(flagsOf(c).filter((f) => f.startsWith('left-out'))).toEqual([]);
  });

  it('"uden …" by the quote: "uden væsentlig effekt"', () => {
    const statement = 'Hun har gennemført et forløb med 12 samtaler hos psykolog uden væsentlig effekt.';
    expect(flagsOf(checkQuote('gennemført et forløb med 12 samtaler hos psykolog', statement))).toEqual(['left-out: uden væsentlig effekt']);
  });

  it('not "efter en periode med …", which tells what came before', () => {
    const statement = 'Hun har haft stresssymptomer siden efteråret 2024 efter en længere periode med travlhed.';
    expect(flagsOf(checkQuote('har haft stresssymptomer siden efteråret 2024', statement)).filter((f) => f.startsWith('left-out'))).toEqual([]);
  });

  it('not for a negation in another clause of the sentence', () => {
    const statement = 'Hun kan arbejde 20 timer om ugen og har ikke brug for hjælpemidler.';
    expect(checkQuote('kan arbejde 20 timer om ugen', statement).quotes[0]!.flags).toEqual([]);
  });
});

describe('not-mentioned', () => {
  const statement = `Statusattest

Anamnese:
Han har haft ondt i knæet i to år og har arbejdet som tømrer.

Vurdering:
Han kan ikke arbejde stående mere end en time ad gangen.
Han vil kunne varetage et siddende arbejde på fuld tid.

Prognose:
Der ventes ingen bedring, og tilstanden må anses for varig.
`;

  it('the statement’s limits and prognosis that the decision does not mention, by topic', () => {
    const c = checkLetter('Din læge skriver, at du "vil kunne varetage et siddende arbejde på fuld tid".', statement);
    expect(c.unmentioned.map((u) => [u.topic, u.text])).toEqual([
      ['begraensninger', 'Han kan ikke arbejde stående mere end en time ad gangen.'],
      ['prognose', 'Der ventes ingen bedring, og tilstanden må anses for varig.'],
    ]);
    expect(c.unmentioned[1]!.flag.explanation.what).toMatch(/hvad der vil ske med dit helbred/);
  });

  it('not what the decision retells in its own words, nor the anamnese', () => {
    const c = checkLetter(
      'Din læge skriver, at du "vil kunne varetage et siddende arbejde på fuld tid". Vi har lagt vægt på, at du ikke kan arbejde stående i mere end en time ad gangen, og at der ikke ventes bedring, da tilstanden er varig.',
      statement,
    );
    expect(c.unmentioned).toEqual([]);
  });
});

describe('not-mentioned: what the patient tells and what was', () => {
  const statement = `Speciallægeerklæring

Anamnese:
Han beskriver nedstemthed, nedsat appetit og en udtalt træthed. Pt. spørger til fleksjob.
Hans seneste job var som lagerarbejder, 37 timer om ugen.

Vurdering:
Prognosen er forbeholden, idet der tidligere har været to depressive episoder.
Udmattet efter aktivitet, skal hvile resten af dagen.
`;

  it('takes the doctor’s view and the limits, not the patient’s account or the work he had', () => {
    const c = checkLetter('Lægen skriver, at du "har nedsat appetit".', statement);
    expect(c.unmentioned.map((u) => [u.topic, u.text])).toEqual([
      ['prognose', 'Prognosen er forbeholden, idet der tidligere har været to depressive episoder.'],
      ['begraensninger', 'Udmattet efter aktivitet, skal hvile resten af dagen.'],
    ]);
  });
});

describe('not-mentioned: background, findings and cross-references', () => {
  const statement = `Funktionsevnevurdering

Baggrund:
54-årig kvinde, uddannet social- og sundhedsassistent, ansat i hjemmeplejen 32 timer om ugen.
Hun har siden 2020 været ansat i fleksjob 16 timer om ugen.
Hun har haft tre indlæggelser med forværring inden for det seneste år.

Fund:
Hun har lænderygsmerter dagligt, VAS 3-4 i hvile og 6-7 efter belastning.
Nedsat følesans på venstre fodryg.

Vurdering:
Koncentration og hukommelse er let nedsat.
Hun vil i en periode have brug for et job, hvor hun kan veksle mellem at sidde og stå.
Hun kan indtil videre ikke arbejde mere end 10 timer om ugen.
Svar: Se afsnit 3.
Sagen anmeldes til Arbejdsmarkedets Erhvervssikring.

Prognose og plan:
Det er vigtigt, at behandlingen fortsættes, da risikoen for tilbagefald er betydelig.
Sertralin øges til 100 mg. Ny kontrol om 4 måneder.

Aarhus, den 25. november 2024
`;

  it('takes the assessment and the prognosis, not the background, the findings, a cross-reference or an administrative line', () => {
    const c = checkLetter('Lægen skriver, at du "har lænderygsmerter dagligt".', statement);
    expect(c.unmentioned.map((u) => [u.topic, u.text])).toEqual([
      ['begraensninger', 'Koncentration og hukommelse er let nedsat.'],
      ['begraensninger', 'Hun vil i en periode have brug for et job, hvor hun kan veksle mellem at sidde og stå.'],
      ['arbejdsevne', 'Hun kan indtil videre ikke arbejde mere end 10 timer om ugen.'],
      ['prognose', 'Det er vigtigt, at behandlingen fortsættes, da risikoen for tilbagefald er betydelig.'],
    ]);
  });
});

describe('a negation belongs to its own clause', () => {
  it('a quote that adds "slet ikke" is not placed over the sentence before for its "ikke"', () => {
    const c = checkLetter('Lægen skriver, at du slet ikke tåler varme.', 'Hun bør ikke have opgaver med lang tids gang. Hun tåler dårligt varme.');
    expect(c.quotes[0]!.match?.text).toMatch(/^Hun tåler dårligt varme|^tåler dårligt varme/);
    expect(flagsOf(c).some((f) => f.startsWith('changed'))).toBe(true);
  });

  it('a limit of time left out: "på nuværende tidspunkt"', () => {
    const c = checkLetter('Lægen skriver, at du ikke vil have gavn af genoptræning.', 'Hun vurderes ikke at have gavn af genoptræning på nuværende tidspunkt.');
    expect(flagsOf(c)).toContain('left-out: på nuværende tidspunkt');
  });
});

describe('forms, advisers and clauses of their own', () => {
  it('reads only the ticked answer of a form, and a form’s lines as sentences of their own', () => {
    const form = 'Statusattest\nKan patienten arbejde? [X] Ja, delvist [ ] Nej [ ] Ja, fuldt ud\nSkønnet antal timer pr. uge: 8-10\nSkånehensyn: Bør kun have stillesiddende arbejde uden løft.\n';
    const intro = [
      'Vi har vurderet din sag ud fra oplysningerne i din ansøgning, oplysninger fra kommunen og',
      'statusattesten fra din læge, som vi modtog den 4. februar 2025. Vi har lagt vægt på det, din',
      'læge skriver om din arbejdsevne, og på det, du selv har fortalt os ved samtalen i januar.',
      '',
      '',
    ].join('\n');
    const c = checkLetter(`${intro}Citat fra statusattesten:\nKan patienten arbejde? Ja, fuldt ud\nSkønnet antal timer pr. uge: 8-10`, form);
    // "Ja, fuldt ud" stands in the form, but is not ticked: the quote is no faithful one.
    expect(c.quotes[0]!.flags.map((f) => f.kind)).not.toEqual([]);
    expect(c.quotes[1]!.match?.text).toBe('Skønnet antal timer pr. uge: 8-10');
    expect(c.quotes[1]!.flags).toEqual([]);
    // Each line of a form is a sentence, though none ends with a full stop.
    expect(prepare('Timer pr. uge: 8-10\nSkånehensyn: Intet arbejde i kulde\nPrognose: God').sentences.map((x) => x.text)).toEqual([
      'Timer pr. uge: 8-10',
      'Skånehensyn: Intet arbejde i kulde',
      'Prognose: God',
    ]);
  });

  it('counts what was seen or measured ("Der ses …") only by strong words', () => {
    const statement = 'Neuropsykologisk undersøgelse\n\nSammenfatning\nDer ses et mønster af nedsat tempo og nedsat fleksibilitet. Han bør undgå arbejde med deadlines.\n';
    expect(checkLetter('Lægen skriver, at du "har haft en blødning".', statement).unmentioned.map((u) => u.text)).toEqual(['Han bør undgå arbejde med deadlines.']);
  });

  it('takes no quote of the kommune’s own adviser for one of the statement, unless the statement is the adviser’s', () => {
    const letter = 'Din læge skriver, at du "kan arbejde 4 timer om dagen". Sundhedskoordinator Mikkel Aagaard finder, at der ikke er behov for mere afklaring.';
    expect(checkLetter(letter, STATEMENT).quotes.map((q) => q.quote)).toEqual(['kan arbejde 4 timer om dagen']);
    const own = 'Notat fra sundhedskoordinator\nDer er ikke behov for mere afklaring.';
    expect(checkLetter(letter, own).quotes).toHaveLength(2);
  });

  it('reads "…, som kan …" and "…, og har …" as clauses of their own, and a number in another unit of time as changed', () => {
    const relative = 'Der er en arbejdsevne i andet, mere skånsomt arbejde, som kan udvikles gennem en langsom optrapning.';
    expect(flagsOf(checkQuote('en arbejdsevne i andet, mere skånsomt arbejde', relative))).toEqual([]);
    const coordinated = 'Han bliver ofte overvældet i nye sammenhænge og har brug for en gradvis introduktion.';
    expect(flagsOf(checkQuote('bliver ofte overvældet i nye sammenhænge', coordinated))).toEqual([]);
    const flags = flagsOf(checkLetter('Lægen skriver, at du "forventes at bedres over 3 uger".', 'Hun forventes at bedres over 3-6 måneder.'));
    expect(flags.filter((f) => f.startsWith('left-out'))).toEqual([]);
    expect(flags.some((f) => f.startsWith('changed'))).toBe(true);
  });
});

describe('the check', () => {
  const c = checkLetter('Det fremgår af lægeattesten, at du »kan arbejde 4 timer om dagen«.', STATEMENT);

  it('follows the schema, names the statement and gives the match with the sentences around it', () => {
    expect(StatementCheck.parse(c)).toEqual(c);
    expect(c.statement).toMatchObject({ file: 'erklaering.txt', kind: 'lægeattest', ocr: false, pages: 1 });
    const q = c.quotes[0]!;
    expect(q.match).toMatchObject({ text: 'kan arbejde 4 timer om dagen', how: 'exact' });
    expect(q.context?.text).toBe(
      'Vurdering:\nPatienten kan arbejde 4 timer om dagen, men kun i kortere perioder. Hun er ikke motiveret for at starte i praktik nu.',
    );
  });

  it('explains each flag: what, why, what to do and the legal source, never that the decision is unlawful', () => {
    const flag = c.quotes[0]!.flags[0]!;
    expect(flag.kind).toBe('left-out');
    expect(flag.explanation.what).toContain('»men kun i kortere perioder«');
    expect(flag.explanation.source.label).toMatch(/forvaltningslovens § 24/);
    for (const f of [...c.quotes.flatMap((q) => q.flags), ...c.unmentioned.map((u) => u.flag)]) {
      expect(`${f.explanation.what} ${f.explanation.why} ${f.explanation.todo}`).not.toMatch(/ulovlig|ugyldig/i);
    }
    expect(checkQuote('noget helt andet om hjertet', STATEMENT).quotes[0]!.flags[0]!.explanation.source.label).toMatch(/retssikkerhedslovens § 10/);
  });

  it('says it in English when Brevtjek speaks English', () => {
    setLanguage('en');
    try {
      const en = checkQuote('kan arbejde 4 timer om dagen', STATEMENT);
      expect(en.quotes[0]!.flags[0]!.explanation.what).toMatch(/^The municipality has not taken all the words/);
      expect(en.quotes[0]!.flags[0]!.words).toEqual(['men kun i kortere perioder']);
    } finally {
      setLanguage(DEFAULT_LANGUAGE);
    }
  });
});

describe('reading the statement as a doctor writes it', () => {
  const form = `LÆGEERKLÆRING
Til: Vejle Kommune, Jobcenter Vejle
Dato: 3. marts 2025
Kommunen har bedt om en vurdering af borgerens arbejdsevne.

1. Helbredsforhold
Hun har haft ondt i nakken i tre år. Hun har tidligere arbejdet som kassedame i ti år.

4. Skånehensyn
Hun bør undgå arbejde med armene over skulderhøjde.

5. Behandling og prognose
Hun går til fysioterapi hver uge. Bedring kan forventes inden for et halvt år.
`;

  it('reads numbered headings, and takes no letterhead, request or history for a sentence to mention', () => {
    const c = checkLetter('Din læge skriver, at du "har haft ondt i nakken i tre år".', form);
    expect(c.unmentioned.map((u) => [u.topic, u.text])).toEqual([
      ['begraensninger', 'Hun bør undgå arbejde med armene over skulderhøjde.'],
      ['prognose', 'Bedring kan forventes inden for et halvt år.'],
    ]);
  });

  it('reads a label line ("Dato: …") as its own line only', () => {
    const note = 'Lægeattest\nDato: 14. november 2025\n\nHun bør holde sig hjemme, til hun er feberfri, og må ikke løfte tungt.\n';
    expect(checkLetter('Din læge skriver, at du "var syg".', note).unmentioned.map((u) => u.topic)).toEqual(['begraensninger']);
  });

  it('counts a sentence as mentioned where the decision retells its part after "men"', () => {
    const statement = 'Funktionsevne\nHan klarer personlig pleje og lette huslige opgaver, men har brug for hvil efter 1-2 timers aktivitet.\n';
    const c = checkLetter('Vi har lagt vægt på, at du har brug for hvil efter 1-2 timers aktivitet. Din læge skriver, at du "klarer personlig pleje".', statement);
    expect(c.unmentioned).toEqual([]);
  });

  it('takes a date in a retold quote for no change, and a count for one', () => {
    const statement = 'Konsultation 20.11.2025: Går uden krykker. Hun har siden 2017 været behandlet med 4 forskellige præparater uden varig effekt.';
    const dated = checkQuote('du ved konsultationen den 20. november 2025 går uden krykker', statement, { style: 'reported' });
    expect(dated.quotes[0]!.flags).toEqual([]);
    const counted = checkQuote('har siden 2017 været behandlet med 2 forskellige præparater uden varig effekt', statement);
    expect(flagsOf(counted)).toEqual(['changed: 2']);
  });

  it('finds a quote that joins two things the statement says apart, part by part', () => {
    const statement = 'Der er endnu en medicinsk behandling, som bør afprøves. Han sover dårligt.\nKørsel med passagerer eller gods frarådes.';
    const c = checkLetter('Speciallægen anbefaler, at der afprøves endnu en medicinsk behandling, og fraråder, at du kører med passagerer eller gods.', statement);
    expect(c.quotes).toHaveLength(1);
    expect(c.quotes[0]!.match).not.toBeNull();
    expect(c.quotes[0]!.flags.map((f) => f.kind)).not.toContain('not-found');
  });

  it('finds no place for a direct quote when only some of its words are in the statement', () => {
    const statement = 'Forventes ikke at kunne genoptage arbejdet inden for de næste 3 måneder.';
    const c = checkQuote('arbejdsevnen forventes genvundet inden for få måneder', statement);
    expect(c.quotes[0]!.flags.map((f) => f.kind)).toEqual(['not-found']);
    // And what the statement does say about the prognosis is not mentioned.
    expect(c.unmentioned.map((u) => u.topic)).toEqual(['prognose']);
  });
});
