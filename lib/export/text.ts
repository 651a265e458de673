/**
 * The klage draft as a .txt file that Windows Notepad (and every other editor) reads right:
 * UTF-8 with a byte order mark, so æ, ø and å are not read as another code page, and CRLF
 * line ends. The file ends with a line end.
 */
export function draftToTextFile(text: string): Uint8Array {
  const body = text.replace(/\r\n?|\n/g, '\r\n');
  return new TextEncoder().encode(`\uFEFF${body}${body.endsWith('\r\n') ? '' : '\r\n'}`);
}
