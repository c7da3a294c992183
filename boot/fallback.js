// Shows the static article's notice when the WebAssembly app did not start
// (old browser, blocked or failed download). The article text itself is
// already in the HTML; this only adds the explanation, and hides again the
// buttons that only the app can serve. The app starts on the first
// interaction (see early.js), so the time limit runs from then.
(function () {
  var root = document.documentElement;
  // The story list has no app to start.
  if (!document.querySelector('script[type="module"]')) return;
  function failed() {
    if (document.querySelector('[data-app-ready]')) return;
    root.classList.add('app-failed');
    root.classList.remove('live');
  }
  if (typeof WebAssembly !== 'object') failed();
  window.addEventListener('error', function () { setTimeout(failed, 0); });
  window.addEventListener('unhandledrejection', function () { setTimeout(failed, 0); });
  function limit() { setTimeout(failed, 8000); }
  var boot = window.lagebildBoot;
  if (boot && boot.wanted) limit(); else window.addEventListener('lagebild:starting', limit, { once: true });
})();
