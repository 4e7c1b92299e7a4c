// @ts-check

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Acme Shop engineering',
  tagline: 'How the shop is built and run',
  url: 'https://engineering.acme.example',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: { sidebarPath: './sidebars.js', routeBasePath: '/' },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      }),
    ],
  ],
}

export default config
