// Runs before the first paint: applies the URL's embed options and the
// stored interface language as attributes on <html>, so the static page
// shows the right sections, theme and language at once (no layout shift when
// the wasm starts). Unknown values are ignored here; the wasm names them.
//
// It also decides when the wasm starts. The page is complete without it, so
// it starts on the reader's first interaction (pointer, touch, key, wheel,
// scroll, focus on a control, a mouse over the map), or at once when
// something needs it before any gesture: a framing page (pym.js, Datawrapper
// or AMP resizers), a selection in the hash (#zitat-2), the English
// interface, or URL parameters this script does not handle itself (the app
// names unknown ones). Until the app is ready, activations it would handle
// (a click or Enter on a button or a selection control, a select's change,
// text typed into the search) are held back and replayed once it is, so
// nothing the reader did is lost; a finger or mouse button still down on the
// map continues as a drag, and a wheel on the map zooms it, as soon as the
// map is live.
// The loader (written by scripts/post-build.mjs) sets `lagebildBoot.start`.
(function () {
  var d = document.documentElement, q = null, now = false;
  d.classList.add('js');
  var boot = window.lagebildBoot = { wanted: false, ready: false, start: null, want: want };
  try { q = new URLSearchParams(location.search); } catch (e) { now = true; }
  if (q) {
    var known = { view: ['all', 'map', 'charts', 'quotes', 'article'], theme: ['auto', 'light', 'dark'], lang: ['de', 'en'], compact: ['', '1', 'true', 'ja', '0', 'false', 'nein'] };
    var pick = function (key, allowed) {
      var v = (q.get(key) || '').trim().toLowerCase();
      return allowed.indexOf(v) >= 0 ? v : null;
    };
    var view = pick('view', known.view);
    if (view && view !== 'all') d.setAttribute('data-view', view);
    var theme = pick('theme', ['light', 'dark']);
    if (theme) d.setAttribute('data-theme', theme);
    var lang = pick('lang', known.lang);
    if (!lang) { try { lang = localStorage.getItem('lagebild.lang'); } catch (e) { lang = null; } }
    if (lang === 'en') { d.setAttribute('data-lang', 'en'); now = true; }
    var compact = q.get('compact');
    if (compact !== null && ['', '1', 'true', 'ja'].indexOf(compact.trim()) >= 0) d.classList.add('compact');
    // Anything else (childId, a typo, a test switch) is the app's to read.
    q.forEach(function (v, k) {
      if (!known[k] || known[k].indexOf(v.trim().toLowerCase()) < 0) now = true;
    });
  }
  try { if (window.parent !== window) now = true; } catch (e) { now = true; }
  if (/^#(zitat|zahl|ort|akteur|quelle|satz)-\d+$/.test(location.hash)) now = true;
  // Without WebAssembly the buttons that need it stay hidden (fallback.js).
  if (typeof WebAssembly === 'object') d.classList.add('live');

  var triggers = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll', 'focusin'];
  var opts = { capture: true, passive: true };
  var control = 'a[href], button, input, select, textarea, summary, [tabindex]';
  function onTrigger(e) {
    if (e.type === 'focusin' && !(e.target.matches && e.target.matches(control))) return;
    want();
  }
  function want() {
    if (boot.wanted) return;
    boot.wanted = true;
    triggers.forEach(function (t) { removeEventListener(t, onTrigger, opts); });
    removeEventListener('pointerover', onHover, opts);
    dispatchEvent(new Event('lagebild:starting'));
    if (boot.start) boot.start();
  }
  triggers.forEach(function (t) { addEventListener(t, onTrigger, opts); });
  // A mouse over the map is about to drag or wheel it: start then, not on
  // the press, so the map is live sooner (a touch starts on touchstart).
  function onHover(e) {
    if (e.pointerType !== 'mouse' || !(e.target.closest && e.target.closest('#karte-svg'))) return;
    want();
  }
  addEventListener('pointerover', onHover, opts);

  // The queue: activations before the app is ready, replayed in order once it is.
  var queue = [];
  var activatable = 'button, [data-toggle], [data-show], #karte-svg .item';
  function hold(e) {
    if (boot.ready) return;
    var t = e.target, el = null;
    if (e.type === 'click') el = t.closest ? t.closest(activatable) : null;
    else if (/^(SELECT|INPUT|TEXTAREA)$/.test(t.tagName || '')) el = t;
    if (!el) return;
    // The app's handlers (some attached already) see it once: on replay.
    e.stopPropagation();
    if (e.type !== 'click') queue = queue.filter(function (x) { return x[1] !== el || x[0] !== e.type; });
    if (queue.length < 20) queue.push([e.type, el]);
    want();
  }
  ['click', 'change', 'input'].forEach(function (t) { addEventListener(t, hold, true); });

  // A pointer held down on the map while the app starts: its position, so
  // the map can take over the drag.
  var down = null;
  function track(e) {
    if (boot.ready) return;
    if (e.type === 'pointerdown') {
      if (e.button === 0 && e.target.closest && e.target.closest('#karte-svg')) down = e;
    } else if (down && e.pointerId === down.pointerId) {
      down = e.type === 'pointermove' ? e : null;
    }
  }
  ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'].forEach(function (t) { addEventListener(t, track, opts); });

  function replayDown() {
    ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'].forEach(function (t) { removeEventListener(t, track, opts); });
    if (down && down.target.isConnected) {
      down.target.dispatchEvent(new PointerEvent('pointerdown', {
        bubbles: true, cancelable: true, pointerId: down.pointerId, pointerType: down.pointerType,
        isPrimary: down.isPrimary, clientX: down.clientX, clientY: down.clientY, button: 0, buttons: 1,
      }));
    }
    down = null;
  }

  // A wheel on the map before it is live: zooming in is held (the page does
  // not scroll away under the reader's pointer) and applied once the map is
  // attached, as the live map would have done; zooming out at the first zoom
  // scrolls the page, as the live map lets it. An inline script, the first
  // child of the map's <svg>, calls this, so it holds from the moment the map
  // is there, even while the parser is still inside the map.
  var wheel = null, mapLive = false;
  boot.holdMap = function () {
    var svg = document.getElementById('karte-svg');
    if (!svg) return;
    svg.addEventListener('wheel', function (e) {
      if (mapLive || e.deltaY >= 0 || !d.classList.contains('live') || d.classList.contains('app-failed')) return;
      e.preventDefault();
      var dy = wheel && wheel.mode === e.deltaMode ? wheel.dy : 0;
      wheel = { x: e.clientX, y: e.clientY, dy: dy + e.deltaY, mode: e.deltaMode };
      want();
    }, { passive: false });
  };
  // The map is attached (before the rest of the app while the page loads).
  addEventListener('lagebild:map-live', function () {
    mapLive = true;
    var svg = document.getElementById('karte-svg');
    if (wheel && svg) {
      svg.dispatchEvent(new WheelEvent('wheel', {
        bubbles: true, cancelable: true, clientX: wheel.x, clientY: wheel.y, deltaY: wheel.dy, deltaMode: wheel.mode,
      }));
    }
    wheel = null;
    replayDown();
  }, { once: true });

  addEventListener('lagebild:ready', function () {
    boot.ready = true;
    ['click', 'change', 'input'].forEach(function (t) { removeEventListener(t, hold, true); });
    replayDown();
    queue.splice(0).forEach(function (x) {
      var el = x[1];
      if (!el.isConnected) return;
      el.dispatchEvent(x[0] === 'click'
        ? new MouseEvent('click', { bubbles: true, cancelable: true, view: window })
        : new Event(x[0], { bubbles: true }));
    });
  }, { once: true });
  if (now) want();
})();
