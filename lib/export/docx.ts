import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { rules } from '../rules';
import { compileRegex } from '../text/compileRegex';

/** 12 pt, in the half-points Word counts font sizes in. */
const BODY_SIZE = 24;
const TITLE_SIZE = 32;
const FONT = 'Calibri';
const LANGUAGE = { value: 'da-DK' };
const titleLine = compileRegex(rules.klage.draft.titleLine, 'iu');

/** Characters XML 1.0 cannot hold (a stray control character from a pasted letter). */
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * The klage draft as a Word document (.docx): one paragraph per line, the first line a heading
 * where it is the klage's title ("Klage over …"), Danish as the language (so Word's spelling
 * check reads Danish), 12 pt text. `title` goes into the document's properties. Uses
 * `Packer.toArrayBuffer`, which works in the extension's pages and in Node alike.
 */
export async function draftToDocx(text: string, title: string): Promise<Uint8Array> {
  const lines = text.replace(notXml, '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
  const children = lines.map((line, i) =>
    i === 0 && titleLine.test(line.trim())
      ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line.trim())] })
      : new Paragraph({ children: line === '' ? [] : [new TextRun(line)] }),
  );
  const doc = new Document({
    title: title.replace(notXml, ''),
    creator: 'Brevtjek',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language: LANGUAGE } },
        heading1: { run: { font: FONT, size: TITLE_SIZE, bold: true, color: '000000', language: LANGUAGE }, paragraph: { spacing: { after: 240 } } },
      },
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
