import { describe, expect, it } from 'vitest';
import { findMedicalQuotes } from '../../lib/analyzers/findMedicalQuotes';
import { inputFor } from '../helpers';

const quotes = (t: string) => findMedicalQuotes(inputFor(t)).map((f) => f.text);

describe('findMedicalQuotes', () => {
  it('takes the content of a direct quote in every kind of quote marks', () => {
    expect(quotes('I lægeattesten står der: „Patienten kan ikke arbejde mere end 2 timer dagligt“.')).toEqual([
      'Patienten kan ikke arbejde mere end 2 timer dagligt',
    ]);
    expect(quotes('Psykiateren skriver: »Prognosen er god.«')).toEqual(['Prognosen er god.']);
    expect(quotes('Lægen skriver, at du "kan gå korte ture".')).toEqual(['kan gå korte ture']);
    expect(quotes("Neuropsykologen skriver i sin rapport: 'Der ses nedsat tempo.'")).toEqual(['Der ses nedsat tempo.']);
  });

  it('takes reported statements, without the attribution', () => {
    expect(quotes('Det fremgår af speciallægeerklæringen, at du har en moderat depression.')).toEqual(['du har en moderat depression']);
    expect(quotes('Af statusattesten af 3. februar 2025 fremgår det, at du har ondt i ryggen.')).toEqual(['du har ondt i ryggen']);
    expect(quotes('Sundhedskoordinatoren har den 10. maj 2025 vurderet, at der er flere behandlinger at prøve.')).toEqual([
      'der er flere behandlinger at prøve',
    ]);
    expect(quotes('Det er lægekonsulentens vurdering, at du kan arbejde 10 timer om ugen.')).toEqual(['du kan arbejde 10 timer om ugen']);
  });

  it('follows "Heraf fremgår det" back to the statement named before', () => {
    expect(quotes('Vi har lagt vægt på speciallægeerklæringen af 28. april 2025. Heraf fremgår det, at "behandling ikke er indiceret".')).toEqual([
      'behandling ikke er indiceret',
    ]);
  });

  it('stops where the caseworker takes over', () => {
    expect(quotes('Lægen vurderer, at du har ondt, men vi vurderer, at du kan arbejde.')).toEqual(['du har ondt']);
  });

  it('does not take quotes from the citizen, the caseworker, an employer or a praktiksted', () => {
    for (const t of [
      'Du forklarede, at du "havde glemt alt om mødet".',
      'Du skrev i din mail: »Jeg kan ikke mere.«',
      'Praktikstedet skrev i sin evaluering, at du "var mødestabil".',
      'Du har i en sms skrevet, at du "havde det skidt".',
      'Vi vurderer, at du "kan arbejde".',
      'Din arbejdsgiver har oplyst, at du "ofte var syg".',
    ]) {
      expect(quotes(t), t).toEqual([]);
    }
  });

  it('does not take a mention of a statement without its content', () => {
    expect(quotes('Vi har modtaget en lægeattest fra din læge den 3. marts 2025.')).toEqual([]);
    expect(quotes('Lægen har ikke beskrevet, at du har skånehensyn.')).toEqual([]);
  });

  it('names the source', () => {
    const [f] = findMedicalQuotes(inputFor('Psykologen skriver, at du "har brug for faste rammer".'));
    expect(f).toMatchObject({ kind: 'medical_quote', style: 'direct', source: 'psykologen' });
    expect(f?.explanation.source.label).toMatch(/§ 10/);
  });

  it('reads a source far from its verb, a pronoun, each "og at" and a label', () => {
    expect(quotes('Sundhedskoordinatoren i Klinisk Funktion vurderer den 2. marts 2026, at din funktionsevne er stabil, og at du kan arbejde 10 timer.')).toEqual([
      'din funktionsevne er stabil',
      'du kan arbejde 10 timer',
    ]);
    expect(quotes('Kommunens lægekonsulent har gennemgået sagen. Hun vurderer, at du kan tåle let arbejde.')).toEqual(['du kan tåle let arbejde']);
    expect(quotes('Psykolog Anne Skov skriver i en mail af 18. marts 2025, at du er i forløb for angst.')).toEqual(['du er i forløb for angst']);
    expect(quotes('Sundhedskoordinator: Der er behov for en afklaring af arbejdsevnen.')).toEqual(['Der er behov for en afklaring af arbejdsevnen']);
    expect(quotes('Din læge skriver i attesten:\n„Patienten kan gå korte ture.“')).toEqual(['Patienten kan gå korte ture.']);
  });

  it('does not take what a doctor did not write', () => {
    expect(quotes('Lægen skriver ikke, at du er forhindret i at arbejde.')).toEqual([]);
    expect(quotes('Din psykolog har ikke beskrevet, at din angst forhindrede dig i at møde op.')).toEqual([]);
  });

  it('takes the quote a reported lead opens with, and reads each sentence after a closing quote mark', () => {
    expect(quotes('Klinikken skriver desuden, at det „ikke kan forudsiges, hvornår du kan arbejde“.')).toEqual([
      'ikke kan forudsiges, hvornår du kan arbejde',
    ]);
    expect(
      quotes('Sundhedskoordinatoren sagde: „Der er en forventning om, at du kan arbejde.“ Hun anbefalede, at praktikken først startes senere.'),
    ).toEqual(['Der er en forventning om, at du kan arbejde.', 'praktikken først startes senere']);
  });

  it('reads a verb before its source, a noun that points back, and a statement set off after a colon', () => {
    expect(quotes('Vi bad om en ny statusattest. Heri bekræfter lægen, at smerterne er aftaget.')).toEqual(['smerterne er aftaget']);
    expect(quotes('Vi har fået en speciallægeerklæring. Det fremgår af erklæringen, at du har en let depression.')).toEqual(['du har en let depression']);
    expect(quotes('Vi har fået et journalnotat fra Reumatologisk Afdeling. Notatet beskriver en velbehandlet leddegigt.')).toEqual([
      'en velbehandlet leddegigt',
    ]);
    expect(quotes('Speciallæge i psykiatri Jens Holm har lavet en erklæring. Han anbefaler et forløb med få timer.')).toEqual([
      'et forløb med få timer',
    ]);
    expect(quotes('I journalnotatet fra Ortopædkirurgisk Ambulatorium står der:\n\nFuld bevægelighed i skulderen. Kan arbejde.\n\nDu har sagt, at du har ondt.')).toEqual([
      'Fuld bevægelighed i skulderen. Kan arbejde.',
    ]);
    expect(quotes('Lægen skriver i attesten:\n- Uændrede rygsmerter\n- Kan ikke løfte over 5 kg\n\nVi har lagt vægt på det.')).toEqual([
      'Uændrede rygsmerter',
      'Kan ikke løfte over 5 kg',
    ]);
  });

  it('lets the first reporting verb govern, and does not take the letter\'s own voice for a report', () => {
    expect(quotes('Lægekonsulenten anbefaler en plan over fire uger, og han finder det ikke nødvendigt at indhente mere.')).toEqual([
      'en plan over fire uger',
    ]);
    expect(quotes('Vi har læst erklæringen fra din læge. Erklæringen ændrer ikke vores vurdering af, at du kunne have givet besked.')).toEqual([]);
  });

  it('reads a series of "at" clauses, a second verb of the same source, and an object after a verb before its source', () => {
    expect(quotes('Det fremgår af statusattesten, at du er i bedring, at smerterne er aftaget, og at du kan arbejde.')).toEqual([
      'du er i bedring',
      'smerterne er aftaget',
      'du kan arbejde',
    ]);
    expect(quotes('Der er ikke lægelige grunde til, at du ikke kan arbejde, ifølge lægen.')).toEqual([]);
    expect(quotes('Speciallægen har skrevet en erklæring. Hun anbefaler psykoterapi og vurderer, at prognosen er god.')).toEqual([
      'psykoterapi',
      'prognosen er god',
    ]);
    expect(quotes('I sin udtalelse af 29. april 2025 beskriver psykologen et langvarigt forløb med angst.')).toEqual([
      'et langvarigt forløb med angst',
    ]);
    expect(quotes('Sundhedskoordinatoren har i sin vurdering af 22. maj 2025 anbefalet fleksjob med 10 timer om ugen.')).toEqual([
      'fleksjob med 10 timer om ugen',
    ]);
    expect(quotes('Kommunen er opmærksom på, at din læge vurderer, at du ikke kan arbejde, men finder ikke, at det kan tillægges vægt.')).toEqual([
      'du ikke kan arbejde',
    ]);
  });

  it('reads a table of what the sources say, one row each, and none from a row about someone else', () => {
    const table = [
      'Kilde | Dato | Vurdering',
      'Egen læge, statusattest (LÆ 125) | 12.01.2026 | Uændrede rygsmerter; kan ikke løfte over 5 kg',
      'Mentor, Kolding Kommune | 20.01.2026 | Mødte stabilt hver dag',
      'Fysioterapeut, Kolding Træningscenter | 22.01.2026 | Kan gå ca. 20 min.',
      'Sundhedskoordinator, Klinisk Funktion | 05.02.2026 | Anbefaler arbejdsprøvning 8-10 t/uge',
    ].join('\n');
    // A physiotherapist is a health professional: what the rehabilitation found is quoted as the doctor's words are.
    expect(quotes(table)).toEqual(['Uændrede rygsmerter; kan ikke løfte over 5 kg', 'Kan gå ca. 20 min.', 'Anbefaler arbejdsprøvning 8-10 t/uge']);
  });

  it('reads the column a table header names a medical source over, sentence by sentence, and not the letter\'s own column', () => {
    const table = [
      '| Lægens oplysninger | Jobcentrets vurdering |',
      '|---|---|',
      '| Du »kan ikke stå længe«. Du kan gå ca. 15 minutter. | Tilbuddet skal være siddende. |',
      '| Skånehensyn: »Ingen tunge løft«. | Der er ingen løft i praktikken. |',
      '',
      'Vi har lagt vægt på oplysningerne.',
    ].join('\n');
    expect(quotes(table)).toEqual(['kan ikke stå længe', 'Du kan gå ca. 15 minutter.', 'Ingen tunge løft']);
    const tabbed = ['Emne\tLægens oplysning', 'Diagnose\t»Kronisk lungesygdom«', 'Arbejdstid\t»Højst 10 timer om ugen«'].join('\n');
    expect(quotes(tabbed)).toEqual(['Kronisk lungesygdom', 'Højst 10 timer om ugen']);
    // A header that names no column of a source's words: the rows are read as before.
    expect(quotes(['Kilde | Dato', 'Praktikvejleder | 03.03.2026'].join('\n'))).toEqual([]);
  });

  it('ends a quote before where the statement says it ("(jf. lægeerklæringen s. 2)")', () => {
    expect(quotes('Lægen finder, at du kan gå omkring 200 meter (jf. lægeerklæringen s. 1).')).toEqual(['du kan gå omkring 200 meter']);
  });

  it('reads "Det fremgår også, at …" as going on with the statement the sentence before named, and not after anyone else', () => {
    expect(quotes('Overlægen skriver, at du er træt. Det fremgår også, at du ikke tåler varme.')).toEqual(['du er træt', 'du ikke tåler varme']);
    expect(quotes('Din mentor skriver, at du kom for sent. Det fremgår også, at du ikke svarede.')).toEqual([]);
  });

  it('reads a sentence that goes on with "Og der står, at …" or "Det er hendes vurdering, at …", and a passive "betegnes som \'…\'"', () => {
    expect(quotes('Lægen skriver, at du er træt. Og der står, at du »kan tage imod tilbud«.')).toEqual(['du er træt', 'kan tage imod tilbud']);
    expect(quotes('Overlægen har undersøgt dig. Det er hendes vurdering, at du kan arbejde 18 timer om ugen.')).toEqual(['du kan arbejde 18 timer om ugen']);
    expect(quotes("Psykologen anbefaler en langsom opstart. Prognosen betegnes som 'god'.")).toEqual(['en langsom opstart', 'god']);
    expect(quotes("Din sagsbehandler har talt med dig. Forløbet betegnes som 'godt'.")).toEqual([]);
  });

  it('leaves a written date that labels a journal line out of its quote', () => {
    expect(quotes('Af journalen fremgår følgende:\n– 7. oktober 2024: Du blev sygemeldt på grund af smerter.\n– 2. april 2025: Du må ikke løfte med højre arm.')).toEqual([
      'Du blev sygemeldt på grund af smerter.',
      'Du må ikke løfte med højre arm.',
    ]);
  });

  it('takes "erklæringen" after another name to point to the statement named before', () => {
    expect(quotes('Vi har fået en lægeerklæring. Jobcentret lægger vægt på, at din tilstand i erklæringen beskrives som »stabil«.')).toEqual(['stabil']);
  });

  it('reads a list under a heading that names the source, and a quote after "I erklæringen står der:"', () => {
    const list = [
      'Fra Psykiatrisk Klinik:',
      '• Notat af 19. september 2025 fra Psykiatrisk Klinik, Kolding.',
      '• Du er i behandling med sertralin.',
      '• »Der er ikke indikation for videre behandling.«',
      '• Klinikken har ikke givet et bud på, hvornår du kan arbejde.',
    ].join('\n');
    expect(quotes(list)).toEqual(['Du er i behandling med sertralin.', 'Der er ikke indikation for videre behandling.']);
    expect(quotes('Vi har fået en erklæring fra speciallæge Mette Vinther. I erklæringen står der:\n\n„Patienten har en moderat depression.“')).toEqual([
      'Patienten har en moderat depression.',
    ]);
    expect(quotes('Psykolog Ida Holm har skrevet en udtalelse. Om samarbejdet skriver hun: »Louise er motiveret.«')).toEqual(['Louise er motiveret.']);
  });

  it('reads a list under a lead without its colon, an item that is mostly a quote as the quote, and paragraphs under "Citat:"', () => {
    const list = ['Lægen skriver', '• »Kan genoptage sit arbejde«.', '• Smerterne »er aftaget«.', '• Du bør ikke løfte over 10 kg.', '', 'Derfor stopper dine sygedagpenge.'].join('\n');
    expect(quotes(list)).toEqual(['Kan genoptage sit arbejde', 'er aftaget', 'Du bør ikke løfte over 10 kg.']);
    // A heading that is no lead, over a list of the letter's own points.
    expect(quotes(['Kort fortalt', '• Dine sygedagpenge stopper.', '• Du skal tilbage i dit job.'].join('\n'))).toEqual([]);
    const labels = [
      'Vi har lagt vægt på speciallægeerklæringen fra overlæge Niels Aagaard. I erklæringen står der blandt andet:',
      '',
      '    Citat:',
      '    Sygdomsaktiviteten er lav.',
      '',
      '    Citat:',
      '    Patienten kan udføre let fysisk arbejde i op til 4 timer dagligt (…)',
      '',
      'Vi har også talt med dig.',
    ].join('\n');
    expect(quotes(labels)).toEqual(['Sygdomsaktiviteten er lav.', 'Patienten kan udføre let fysisk arbejde i op til 4 timer dagligt']);
    // A label after the citizen's words is no medical quote.
    expect(quotes('Du skrev til os den 3. maj 2025.\n\nCitat:\nJeg kan ikke arbejde.')).toEqual([]);
  });

  it('reads a source set inside the clause, "Som det også beskrives i …", "følgende fra …:" and a form quoted line by line', () => {
    expect(quotes('Du skal ifølge speciallægen skånes for natarbejde og tidspres.')).toEqual(['skånes for natarbejde og tidspres']);
    expect(quotes('Vi har en lægeattest. Ifølge din læge forventes der ingen varige mén.')).toEqual(['forventes der ingen varige mén']);
    expect(quotes('Som det også beskrives i journalen, har du fået en operation i skulderen.')).toEqual(['har du fået en operation i skulderen']);
    expect(quotes('Du kan ifølge dig selv ikke arbejde.')).toEqual([]);
    expect(quotes('Vi har en erklæring fra psykiater Bo Lind. De har ifølge erklæringen »gennemført 12 samtaler«.')).toEqual(['gennemført 12 samtaler']);
    expect(quotes('Vi har en lægeattest. Ifølge attesten går du til fysioterapi to gange om ugen.')).toEqual(['går du til fysioterapi to gange om ugen']);
    // A part whose subject is the authority is the letter's own.
    expect(quotes('Overlægen anbefaler, at en ny vurdering foretages om seks måneder, og at Jobcentret vil optage sagen igen.')).toEqual([
      'en ny vurdering foretages om seks måneder',
    ]);
    const list = 'Teamet har lagt vægt på følgende fra psykolograpporten:\n\n- at du «kan profitere af en praktik»\n- at du kan klare 2-3 timer dagligt';
    expect(quotes(list)).toEqual(['kan profitere af en praktik', 'du kan klare 2-3 timer dagligt']);
    expect(quotes('Øvrige oplysninger fra statusattesten:\nDiagnoser: KOL og hjertesvigt\nTimer pr. uge: 8-10')).toEqual(['KOL og hjertesvigt', '8-10']);
    const form = 'Vi har brugt statusattesten.\n\nCitat fra statusattest:\nKan patienten arbejde? Ja, delvist\nSkønnet antal timer pr. uge: 18-20\n\nVi har lagt vægt på det.';
    expect(quotes(form)).toEqual(['Kan patienten arbejde? Ja, delvist', 'Skønnet antal timer pr. uge: 18-20']);
  });

  it('reads a list whose items wrap onto a second line, without the date label of each item', () => {
    const text = 'Vi har journaloplysninger fra Ortopædkirurgisk Afdeling. Af journalnotaterne fremgår:\n\n- 22.04.2026: MR-scanning viser diskusprolaps L5/S1;\nikke indiceret.\n- 12.08.2026: Patienten er i klar bedring.\n\nVi har lagt vægt på det.';
    expect(quotes(text)).toEqual(['MR-scanning viser diskusprolaps L5/S1;\nikke indiceret.', 'Patienten er i klar bedring.']);
  });

  it('reads "Af undersøgelsen fremgår <object>", a second object verb, "men lægen skriver også, at", and "dokumenterer, at"', () => {
    expect(quotes('Vi har en neuropsykologisk undersøgelse. Af undersøgelsen fremgår endvidere en forventning om fremgang.')).toEqual([
      'en forventning om fremgang',
    ]);
    expect(quotes('Sundhedskoordinatoren har oplyst, at der er et ikke afprøvet tilbud, og har anbefalet henvisning til psykiatrien.')).toEqual([
      'der er et ikke afprøvet tilbud',
      'henvisning til psykiatrien',
    ]);
    expect(quotes('Lægen bekræfter, at du ikke kunne søge arbejde, men lægen skriver også, at der ikke har været andre fravær.')).toEqual([
      'du ikke kunne søge arbejde',
      'der ikke har været andre fravær',
    ]);
    expect(quotes('Vi lægger vægt på lægeerklæringen, som dokumenterer, at du var syg og sengeliggende.')).toEqual(['du var syg og sengeliggende']);
  });

  it('reads an attest\'s fields after "indeholder følgende oplysninger:", "Ifølge psykiateren opfylder du …", and a long lead before "oplyst, at"', () => {
    const attest = 'Vi har lagt vægt på lægeattesten (LÆ 265) fra din læge. Attesten indeholder følgende oplysninger:\n\nDiagnose: Lumbal diskusprolaps.\nLægens vurdering af prognose: Usikker.\n\nVi har også talt med dig.';
    expect(quotes(attest)).toEqual(['Lumbal diskusprolaps.', 'Usikker.']);
    expect(quotes('Ifølge psykiateren opfylder du kriterierne for periodisk depression.')).toEqual(['opfylder du kriterierne for periodisk depression']);
    expect(quotes('Du går til psykolog Sanne Holm. Hun har i en status af 10. november 2025 oplyst, at du er mødt stabilt.')).toEqual(['du er mødt stabilt']);
    expect(quotes('Lægen skriver, at du var syg begge dage, og sygdom er en rimelig grund efter loven.')).toEqual(['du var syg begge dage']);
    expect(quotes('Peter har mødt stabilt, og vi forventer, at han kan gøre det igen.')).toEqual([]);
  });

  it('takes a quote after "og videre:" from the source quoted before it, and a notat from a hospital department as a statement', () => {
    const text = 'I udtalelsen fra Arbejdsmedicinsk Klinik står der:\n\n„Patienten har en skulderskade.“\n\nog videre:\n\n„Patienten kan arbejde på nedsat tid.“';
    expect(quotes(text)).toEqual(['Patienten har en skulderskade.', 'Patienten kan arbejde på nedsat tid.']);
    expect(quotes('I notatet fra Ortopædkirurgisk Afdeling står der: "Ukompliceret forløb."')).toEqual(['Ukompliceret forløb.']);
  });

  it('takes the diagnoses a doctor "stiller", skips an adverb after an object verb, and never takes the recipient of a statement for its author', () => {
    expect(quotes('Speciallægen stiller diagnoserne moderat depression og generaliseret angst.')).toEqual(['moderat depression og generaliseret angst']);
    expect(quotes('Lægen beskriver også et stabilt forløb med bedring.')).toEqual(['et stabilt forløb med bedring']);
    expect(quotes('Lægen beskriver også, at du sover bedre.')).toEqual(['du sover bedre']);
    const toTeam = 'Sundhedskoordinator, overlæge Malene Rye, skrev den 19. august 2025 til rehabiliteringsteamet:\n\n„Den lægelige behandling er udtømt.“';
    expect(quotes(toTeam)).toEqual(['Den lægelige behandling er udtømt.']);
    // The team itself, as the author, is still no medical source.
    expect(quotes('Rehabiliteringsteamet skrev den 19. august 2025:\n\n„Du bør have et ressourceforløb.“')).toEqual([]);
  });

  it('reads a doctor\'s object inside an "at"-clause, but not in the summary of what was weighed', () => {
    expect(quotes('Vi har noteret os, at din praktiserende læge anbefaler fleksjob på 10-12 timer om ugen.')).toEqual(['fleksjob på 10-12 timer om ugen']);
    expect(quotes('Vi har forlænget, fordi sygehuset forventer bedring over de kommende 2-3 måneder.')).toEqual(['bedring over de kommende 2-3 måneder']);
    expect(quotes('Vi har lagt vægt på, at speciallægerne beskriver en god prognose.')).toEqual([]);
  });

  it('reads a statement whose "at" is left out, as in speech ("lægen skriver du har migræne")', () => {
    expect(quotes('Vi har en attest, hvor lægen skriver du har migræne, og at du godt kan arbejde.')).toEqual(['du har migræne', 'du godt kan arbejde']);
    expect(quotes('Lægen mener det er godt.')).toEqual([]);
    expect(quotes('Du skriver du har ondt.')).toEqual([]);
  });

  it('never pairs the mark that closes one quote with the mark that opens the next', () => {
    const text = 'Om prognosen skriver speciallægen: «Prognosen er dårlig.»\n\nLægekonsulenten er uenig og skriver:\n\n«Der er ikke objektive fund.»';
    expect(quotes(text)).toEqual(['Prognosen er dårlig.', 'Der er ikke objektive fund.']);
  });

  it('reads a statement put before its source, and a quote with its source in brackets after it', () => {
    expect(quotes('Du kan genoptage arbejdet på nedsat tid, skriver din læge i samme attest.')).toEqual(['Du kan genoptage arbejdet på nedsat tid']);
    expect(quotes('Din læge, Hans Kragelund, skriver, at du er syg.')).toEqual(['du er syg']);
    expect(quotes('Du kan ikke arbejde, skriver du i din mail.')).toEqual([]);
    expect(quotes('«Patienten har profiteret af forløbet» (journal, Psykiatrisk Center, 4/2).')).toEqual(['Patienten har profiteret af forløbet']);
  });

  it('reads what a named doctor said ("Lægen fortalte, at"), "Der står også:" after a note, and no statement by a caseworker or the citizen', () => {
    expect(quotes('Jeg talte med din læge. Lægen fortalte, at du har det bedre, og at du kan gå på trapper. Lægen sagde også, at du bør undgå løft.')).toEqual([
      'du har det bedre',
      'du kan gå på trapper',
      'du bør undgå løft',
    ]);
    expect(quotes('Du blev set af en overlæge. Notatet konkluderer, at du er i bedring. Der står også: "Ingen holdepunkter for bipolar lidelse."')).toEqual([
      'du er i bedring',
      'Ingen holdepunkter for bipolar lidelse.',
    ]);
    expect(quotes('Speciallægen skriver, at du er syg.\n\nSocialrådgiver: Kirsten Lund oplyste, at du har gæld. Hun foreslog, at du får gældsrådgivning.')).toEqual(['du er syg']);
    expect(quotes('Speciallægen skriver, at du er syg.\n\nBorgeren:\nLouise fortalte, at hun har ondt. Hun sagde: »Jeg vil gerne arbejde.«')).toEqual(['du er syg']);
    expect(quotes('Vi har lagt vægt på, at din læge vurderer, at prognosen er usikker, og at lægekonsulenten vurderer, at der ikke kan gives en tidshorisont.')).toEqual([
      'prognosen er usikker',
      'der ikke kan gives en tidshorisont',
    ]);
    expect(quotes('Hvis du får en ny attest, så send den. Vi vurderer de nye oplysninger inden 10 hverdage efter, at vi har modtaget dem.')).toEqual([]);
    expect(quotes('Kardiologen skriver, at fysisk hårdt arbejde frarådes, men din arbejdsgiver kan tilbyde lette opgaver.')).toEqual(['fysisk hårdt arbejde frarådes']);
    expect(quotes('Attesten siger ikke, at du var forhindret i at møde.')).toEqual([]);
  });

  it('reads labelled stikord ("Friattest, egen læge, 06.11.2026: …", "Samme erklæring: …") and "finder <object>" after a place and date', () => {
    const t = 'Lægeerklæring, egen læge, 12.10.2026: Menisklæsion højre knæ.\n- Samme erklæring: Ingen løft over 10 kg i 3 måneder.\n- Friattest, egen læge (Lægehuset Risskov Torv), 06.11.2026: Arbejdsdygtig på fuld tid fra 09.11.2026.';
    expect(quotes(t)).toEqual(['Menisklæsion højre knæ', 'Ingen løft over 10 kg i 3 måneder', 'Arbejdsdygtig på fuld tid fra 09.11.2026']);
    expect(quotes('Neuropsykolog Mads Lauridsen finder ved den neuropsykologiske undersøgelse af 3. februar 2026 lette vanskeligheder med opmærksomhed.')).toEqual([
      'lette vanskeligheder med opmærksomhed',
    ]);
    expect(quotes('Speciallægen finder det ikke nødvendigt med flere undersøgelser.')).toEqual([]);
  });

  it('reads "Som det fremgår af <source>, er …", "I følge din læge kan du …", "Lægen tror, at", and "og har bemærket, at" as a new part', () => {
    expect(quotes('Som det fremgår af speciallægeerklæringen fra Sygehus Lillebælt, af 21. januar 2026, er en operation ikke aktuel.')).toEqual([
      'er en operation ikke aktuel',
    ]);
    expect(quotes('I følge din læge kan du i dag gå ca. 500 meter.')).toEqual(['kan du i dag gå ca. 500 meter']);
    expect(quotes('Lægen tror, at skulderen bliver bedre med træning.')).toEqual(['skulderen bliver bedre med træning']);
    expect(quotes('Sundhedskoordinatoren rådgiver efter lov om organisering af beskæftigelsesindsatsen m.v. Hun har i sin vurdering af 12. november 2026 anbefalet et jobafklaringsforløb og har bemærket, at du er i bedring.')).toEqual([
      'et jobafklaringsforløb',
      'du er i bedring',
    ]);
  });

  it('reads "Om X står der: „…“" after a named source, a list under "følgende diagnoser:", and a passive "I <statement> beskrives <object>"', () => {
    expect(quotes('Lægen skriver, at du har ondt i ryggen. Om dine skånehensyn står der: „Bør undgå løft over 10 kg.“')).toEqual(['du har ondt i ryggen', 'Bør undgå løft over 10 kg.']);
    expect(quotes('Psykiatrisk speciallæge Henrik Aagaard har lavet en speciallægeerklæring. Han har stillet følgende diagnoser:\n   – Tilbagevendende depression (DF33.1)\n   – Socialfobi (DF40.1)\n\nVi har læst den.')).toEqual([
      'Tilbagevendende depression (DF33.1)',
      'Socialfobi (DF40.1)',
    ]);
    expect(quotes('Du går til psykolog. I psykologens udtalelse af 5. januar 2026 beskrives et langsomt, men stabilt forløb.')).toEqual(['et langsomt, men stabilt forløb']);
    expect(quotes('I jobcentret beskrives du som stabil.')).toEqual([]);
  });

  it('does not take what a doctor has not explained ("har ikke nærmere begrundet")', () => {
    expect(quotes('Din læge forventer, at du bliver rask. Lægen har ikke nærmere begrundet forventningen om fuld bedring.')).toEqual(['du bliver rask']);
  });

  it('reads "sammenfatter, at" and a scan\'s description; not "ingen af dem skriver", a praktikvejleder, the citizen\'s own account after ", og du har selv fortalt", or a lead before a colon', () => {
    expect(quotes('Lægekonsulenten sammenfatter i sin udtalelse, at scanningen ikke viser skader på diskus.')).toEqual(['scanningen ikke viser skader på diskus']);
    expect(quotes('Af scanningsbeskrivelsen fremgår det, at der er en diskusprolaps mellem 4. og 5. lændehvirvel.')).toEqual(['der er en diskusprolaps mellem 4. og 5. lændehvirvel']);
    expect(quotes('Din læge og lægekonsulenten beskriver en bedring, og ingen af dem skriver, at du er forhindret i at arbejde.')).toEqual(['en bedring']);
    expect(quotes('Praktikvejleder Kenneth Aagaard skriver, at du var "grundig, rolig og god til at hjælpe kunderne".')).toEqual([]);
    expect(quotes('Din psykolog beskriver en stabil periode, og du har selv fortalt, at du valgte en tur til Odense.')).toEqual(['en stabil periode']);
    expect(quotes('Psykolog Maja Thorup har skrevet en rapport. Hun beskriver forløbet sådan:\n\n«Du er motiveret.»')).toEqual(['Du er motiveret.']);
  });

  it('reads a statement reported inside a quoted indstilling, but not inside the citizen\'s own quoted words', () => {
    expect(quotes("Teamets indstilling: »Psykologen vurderer, at et forløb i små trin er nødvendigt. Egen læge har anført, at 'der ikke kan forventes bedring inden sommer', og at medicinen er trappet ud.«")).toEqual([
      'et forløb i små trin er nødvendigt',
      'der ikke kan forventes bedring inden sommer',
      'medicinen er trappet ud',
    ]);
    expect(quotes('Du skrev i din klage: »Min læge vurderer, at jeg slet ikke kan arbejde.«')).toEqual([]);
  });

  it('reads a note from the lægevagt, and goes on past an indirect question ("forklarer ikke, hvorfor …")', () => {
    expect(quotes('Du har sendt et notat fra lægevagten. Det fremgår af notatet, at din datter havde høj feber.')).toEqual(['din datter havde høj feber']);
    expect(quotes('Lægekonsulenten konkluderer, at attesterne ikke forklarer, hvorfor du ikke kunne tage telefonen, og at der ikke er tegn på forværring.')).toEqual([
      'attesterne ikke forklarer, hvorfor du ikke kunne tage telefonen',
      'der ikke er tegn på forværring',
    ]);
  });

  it('ends a statement at the authority\'s ", hvorved …", and reads "udtalelsen ikke beskriver, at" as nothing said', () => {
    expect(quotes('Din læge skriver, at du kan klare let arbejde i 15 timer om ugen, hvorved jobbet efter vores vurdering passer til dig.')).toEqual([
      'du kan klare let arbejde i 15 timer om ugen',
    ]);
    expect(quotes('Vi lægger vægt på, at psykologens udtalelse ikke beskriver, at du var forhindret i at møde.')).toEqual([]);
  });

  it('reads a statement that follows one not made in the same sentence ("Lægen har ikke skrevet, at …, og i attesten står der, at …")', () => {
    expect(quotes('Din læge har ikke skrevet, at du ikke kan arbejde, og i statusattesten står der, at du kan tåle let arbejde.')).toEqual(['du kan tåle let arbejde']);
    expect(quotes('Din læge har ikke skrevet, at du ikke kan arbejde, og vi har ikke fået andre oplysninger.')).toEqual([]);
  });

  it('ends a statement at ", og idet", " og konkluderer:" and ", og fordi", then reads what the rest of the sentence reports; a source with a genitive before it; not a request', () => {
    expect(quotes('Det fremgår af lægeattesten, at du kan deltage i samtaler, og idet du ikke har oplyst andet, fastholder vi afgørelsen.')).toEqual(['du kan deltage i samtaler']);
    expect(quotes('Klinikken beskriver en nedsat tolerance over for støj og konkluderer: "Arbejdet bør være røgfrit."')).toEqual([
      'en nedsat tolerance over for støj',
      'Arbejdet bør være røgfrit.',
    ]);
    expect(quotes('Vi starter med 8 timer, fordi din læge beskriver, at du hurtigt bliver træt, og fordi speciallægen anbefaler en gradvis optrapning.')).toEqual([
      'du hurtigt bliver træt',
      'en gradvis optrapning',
    ]);
    expect(quotes('Din egen læge har beskrevet, at du kan klare let arbejde, og at kommunens lægekonsulent har vurderet, at netop dette arbejde kan udføres.')).toEqual([
      'du kan klare let arbejde',
      'netop dette arbejde kan udføres',
    ]);
    expect(quotes('- Lægeattest for rygsmerter: send den senest 26.02.2026, hvis vi skal se på sagen igen.')).toEqual([]);
  });
});
