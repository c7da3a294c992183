// Shows the static article's notice when the WebAssembly app did not start
// (old browser, blocked or failed download). The article text itself is
// already in the HTML; this only adds the explanation.
(function () {
  var root = document.documentElement;
  function failed() {
    if (!document.querySelector('[data-app-ready]')) root.classList.add('app-failed');
  }
  if (typeof WebAssembly !== 'object') failed();
  window.addEventListener('error', function () { setTimeout(failed, 0); });
  window.addEventListener('unhandledrejection', function () { setTimeout(failed, 0); });
  window.addEventListener('load', function () { setTimeout(failed, 6000); });
})();
