// Runs before the first paint: applies the URL's embed options and the
// stored interface language as attributes on <html>, so the static page
// shows the right sections, theme and language at once (no layout shift when
// the wasm starts). Unknown values are ignored here; the wasm names them.
(function () {
  var d = document.documentElement, q;
  d.classList.add('js');
  try { q = new URLSearchParams(location.search); } catch (e) { return; }
  function pick(key, allowed) {
    var v = (q.get(key) || '').trim().toLowerCase();
    return allowed.indexOf(v) >= 0 ? v : null;
  }
  var view = pick('view', ['all', 'map', 'charts', 'quotes', 'article']);
  if (view && view !== 'all') d.setAttribute('data-view', view);
  var theme = pick('theme', ['light', 'dark']);
  if (theme) d.setAttribute('data-theme', theme);
  var lang = pick('lang', ['de', 'en']);
  if (!lang) { try { lang = localStorage.getItem('lagebild.lang'); } catch (e) { lang = null; } }
  if (lang === 'en') d.setAttribute('data-lang', 'en');
  var compact = q.get('compact');
  if (compact !== null && ['', '1', 'true', 'ja'].indexOf(compact.trim()) >= 0) d.classList.add('compact');
})();
