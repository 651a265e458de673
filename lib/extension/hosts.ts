/** Where Digital Post letters are read: e-Boks, mit.dk and borger.dk. The content script runs only here. */
export const DIGITAL_POST_MATCHES = [
  'https://*.e-boks.dk/*',
  'https://*.e-boks.com/*',
  'https://*.mit.dk/*',
  'https://mit.dk/*',
  'https://*.borger.dk/*',
  'https://borger.dk/*',
];
