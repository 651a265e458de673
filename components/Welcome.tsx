import { useState } from 'react';
import { t } from '../lib/i18n/t';
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
      <h1>{t('welcome.title')}</h1>
      <div className="welcome-settings">
        <span className="hint">{t('welcome.settings')}</span> <DisplaySettings />
      </div>
      <p className="lead">{t('welcome.lead')}</p>
      <div className="open-options">
        <label className="file-button">
          {t('welcome.choosePdf')}
          <input type="file" accept="application/pdf,.pdf,.txt,text/plain" onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])} />
        </label>
        <button type="button" className="secondary" onClick={onSample}>
          {t('welcome.sample')}
        </button>
      </div>
      <p className="hint">{t('welcome.drop')}</p>
      <details className="paste">
        <summary>{t('welcome.pasteSummary')}</summary>
        <label htmlFor="paste-text">{t('welcome.pasteLabel')}</label>
        <textarea id="paste-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="button" onClick={() => onText(text)} disabled={text.trim() === ''}>
          {t('welcome.check')}
        </button>
      </details>
      <MyLetters onOpen={onSaved} />
      <p className="privacy">{t('welcome.privacy')}</p>
    </main>
  );
}
