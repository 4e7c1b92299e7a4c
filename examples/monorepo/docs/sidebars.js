/** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */
const sidebars = {
  handbook: ['intro', { type: 'category', label: 'Services', items: ['services/recommender', 'services/llm-gateway'] }],
}

export default sidebars
