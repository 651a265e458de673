import { useState } from 'react';
import type { LetterErrorCode } from '../lib/errors';
import { t } from '../lib/i18n/t';

interface Props {
  code: LetterErrorCode | 'unknown';
  message: string;
  onPassword: (password: string) => void;
  onRetry: (() => void) | null;
  onText: (text: string) => void;
  onStartOver: () => void;
}

/** A letter that could not be opened: what happened, in plain Danish, and a way forward. */
export function ErrorView({ code, message, onPassword, onRetry, onText, onStartOver }: Props) {
  const [password, setPassword] = useState('');
  const [text, setText] = useState('');
  return (
    <main className="error-view">
      <h1>{t('errorView.title')}</h1>
      <p role="alert" className="error-message" data-error={code}>
        {message}
      </p>
      {(code === 'encrypted' || code === 'wrong-password') && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onPassword(password);
          }}
        >
          <label>
            {t('errorView.password')}
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus />
          </label>
          <button type="submit">{t('errorView.openLetter')}</button>
        </form>
      )}
      {code === 'no-text' && (
        <div className="paste">
          <label htmlFor="paste-instead">{t('errorView.paste')}</label>
          <textarea id="paste-instead" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="button" onClick={() => onText(text)} disabled={text.trim() === ''}>
            {t('errorView.checkText')}
          </button>
        </div>
      )}
      <div className="actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t('errorView.retry')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onStartOver}>
          {t('errorView.otherLetter')}
        </button>
      </div>
    </main>
  );
}
