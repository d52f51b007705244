/**
 * The operation the explorer opens with: the demo people one can sign in as (dev mode), so a
 * newcomer can run it before having a token.
 */
export const EXPLORER_DEFAULT_QUERY = `query DemoPeople {
  demoPeople { id displayName roles }
}`;

/**
 * A small GraphQL explorer served by the server itself (GRAPHQL_EXPLORER, on in development):
 * Apollo's own landing page loads from a CDN that closed government networks cannot reach.
 * No external scripts; the token box takes a bearer token (dev sign-in or an API key).
 */
export const EXPLORER_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Klankbord GraphQL explorer</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; }
  header { background: #01689b; color: #fff; padding: 8px 16px; }
  header a { color: #fff; }
  main { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; padding: 12px; }
  label { display: block; font-weight: 600; margin-top: 8px; }
  textarea, input { width: 100%; box-sizing: border-box; font-family: ui-monospace, monospace; font-size: 14px; }
  textarea#query { height: 45vh; } textarea#variables { height: 12vh; }
  pre { background: #f3f5f7; padding: 8px; height: 75vh; overflow: auto; margin: 0; }
  button { margin-top: 8px; padding: 6px 16px; background: #01689b; color: #fff; border: 0; border-radius: 4px; font-size: 15px; }
  :focus-visible { outline: 3px solid #e69f00; }
  @media (max-width: 800px) { main { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<header><strong>Klankbord</strong> GraphQL explorer — POST /graphql · schema documented in <a href="#" id="sdl">SDL</a></header>
<main>
  <section>
    <label for="token">Bearer token (dev sign-in or API key)</label>
    <input id="token" autocomplete="off">
    <label for="query">Operation</label>
    <textarea id="query">${EXPLORER_DEFAULT_QUERY}</textarea>
    <label for="variables">Variables (JSON)</label>
    <textarea id="variables">{}</textarea>
    <button id="run" type="button">Run (Ctrl+Enter)</button>
  </section>
  <section><label for="result">Result</label><pre id="result" tabindex="0" aria-live="polite"></pre></section>
</main>
<script>
  const $ = (id) => document.getElementById(id);
  try { const s = JSON.parse(sessionStorage.getItem('klankbord.session') || 'null'); if (s) $('token').value = s.token; } catch {}
  async function run() {
    let variables = {};
    try { variables = JSON.parse($('variables').value || '{}'); } catch { $('result').textContent = 'Variables are not valid JSON.'; return; }
    const headers = { 'content-type': 'application/json' };
    if ($('token').value.trim()) headers.authorization = 'Bearer ' + $('token').value.trim();
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: $('query').value, variables }) });
    $('result').textContent = JSON.stringify(await response.json(), null, 2);
  }
  $('run').addEventListener('click', run);
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
  $('sdl').addEventListener('click', async (e) => {
    e.preventDefault();
    $('query').value = '{ __schema { types { name description fields { name description } } } }';
    run();
  });
</script>
</body>
</html>`;
