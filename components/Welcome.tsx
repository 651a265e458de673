import { useState } from 'react';
import { DisplaySettings } from './DisplaySettings';
import { MyLetters } from './MyLetters';

interface Props {
  onFile: (file: File) => void;
  onSample: () => void;
  onText: (text: string) => void;
  onSaved: (id: string) => void;
}

/** The first screen: open a letter from disk, drop it, try the sample letter, or paste the text. */
export function Welcome({ onFile, onSample, onText, onSaved }: Props) {
  const [text, setText] = useState('');
  return (
    <main className="welcome">
      <h1>Brevtjek</h1>
      <div className="welcome-settings">
        <span className="hint">Farver og tekststørrelse:</span> <DisplaySettings />
      </div>
      <p className="lead">Åbn et brev fra fx jobcentret eller a-kassen. Brevtjek viser, hvad der er vigtigt, og hvad du kan klage over.</p>
      <div className="open-options">
        <label className="file-button">
          Vælg en PDF-fil
          <input type="file" accept="application/pdf,.pdf,.txt,text/plain" onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])} />
        </label>
        <button type="button" className="secondary" onClick={onSample}>
          Prøv med et eksempelbrev
        </button>
      </div>
      <p className="hint">Du kan også trække en PDF-fil ind på siden.</p>
      <details className="paste">
        <summary>Er brevet ikke en PDF? Indsæt teksten</summary>
        <label htmlFor="paste-text">Brevets tekst</label>
        <textarea id="paste-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="button" onClick={() => onText(text)} disabled={text.trim() === ''}>
          Tjek teksten
        </button>
      </details>
      <MyLetters onOpen={onSaved} />
      <p className="privacy">Brevet bliver på din computer. Brevtjek sender ikke noget videre.</p>
    </main>
  );
}
