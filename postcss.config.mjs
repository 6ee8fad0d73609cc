// Tailwind through PostCSS.
const config = { plugins: { '@tailwindcss/postcss': {} } };

export default config;
