import { defineConfig } from 'wxt';

// Brevtjek runs entirely on the user's machine: no remote code, no CDN, no analytics.
// 'wasm-unsafe-eval' lets pdf.js use its bundled WebAssembly image decoders.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Brevtjek',
    description: 'Læs breve fra jobcentret: se lovhenvisninger, frister, lægeudtalelser og klagepunkter. Alt bliver på din computer.',
    permissions: ['storage'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: 'Åbn i Brevtjek' },
  },
});
