// The manifest a production build ships: every development URL (https://localhost:3000/) points
// at CELLCRM_BASE_URL instead, so nothing in it refers to the developer's machine.
const DEV_URL = "https://localhost:3000/";

/** @param {string} xml @param {string} baseUrl e.g. "https://crm.example.com/cellcrm/" */
function productionManifest(xml, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const origin = new URL(base).origin;
  return xml.replaceAll(DEV_URL, base).replaceAll(DEV_URL.slice(0, -1), origin);
}

module.exports = { DEV_URL, productionManifest };
