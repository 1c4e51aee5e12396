// The page's start-up helpers, a file of their own: the page runs under a Content Security Policy with no inline
// script (index.html's <meta http-equiv="Content-Security-Policy">). Loaded as a classic script in the head, before
// the body, so that it sees every failure of what follows. The build names it by a hash of its text
// (scripts/texts-hook.mjs); the single-file build inlines it. Everything here tolerates a hostile host (sandboxed
// frame, opaque origin, file://, an old browser): a failure is ignored, never thrown.
(function () {
  'use strict';
  // This script runs: the page's fallback message (for when no script can run at all) is not needed.
  try {
    document.documentElement.classList.add('atlas-boot');
    document.addEventListener('DOMContentLoaded', function () {
      var fallback = document.querySelector('.start-fallback');
      if (fallback) fallback.parentNode.removeChild(fallback);
    });
  } catch (e) {}

  // ---- The texts of one language, fetched when the app asks for them (the reader's language at start, the other
  // when the reader switches), each once. The single-file build holds both in the page (base64).
  var files = {};
  try {
    files = JSON.parse(document.getElementById('atlas-texts').textContent);
  } catch (e) {}
  var pending = {};
  window.atlasTexts = function (lang) {
    if (!pending[lang]) {
      var file = files[lang];
      pending[lang] = !file
        ? Promise.reject(new Error('no texts for ' + lang))
        : file.base64
          ? Promise.resolve(
              Uint8Array.from(atob(file.base64), function (c) {
                return c.charCodeAt(0);
              }),
            )
          : fetch(file).then(function (r) {
              if (!r.ok) throw new Error(file + ': HTTP ' + r.status);
              return r.arrayBuffer();
            });
      // A failed load may be tried again (the reader presses the language button again).
      pending[lang].catch(function () {
        delete pending[lang];
      });
    }
    return pending[lang];
  };

  // ---- Optional extras, each skipped silently where the browser refuses: the offline cache (a service worker,
  // named by <meta name="atlas-sw">; the single-file build has none), and the page's height for the host page when
  // embedded in an iframe (hosts should check `event.source`: in a sandbox `event.origin` is "null").
  try {
    var meta = document.querySelector('meta[name="atlas-sw"]');
    var sw = meta && meta.getAttribute('content');
    if (sw && location.protocol !== 'file:' && 'serviceWorker' in navigator) {
      addEventListener('load', function () {
        try {
          // Scoped to the atlas's own folder (the worker's default): it never sees the site's other pages.
          navigator.serviceWorker.register(sw, { scope: './' }).catch(function () {});
        } catch (e) {}
      });
    }
  } catch (e) {}
  try {
    if (window.parent !== window && typeof ResizeObserver === 'function') {
      var last = -1;
      new ResizeObserver(function () {
        var height = document.documentElement.scrollHeight;
        if (height !== last) parent.postMessage({ type: 'japan-soviet-atlas:height', height: (last = height) }, '*');
      }).observe(document.documentElement);
    }
  } catch (e) {}

  // ---- Say when the program cannot start, keeping the map's outline painted (contract:
  // [data-testid=start-failed]): a Content Security Policy that blocks it, a sandbox without allow-same-origin
  // (the module is refused by CORS), a network error, a browser without WebAssembly, or nothing after TIMEOUT_MS.
  var TIMEOUT_MS = 30000;
  var started = false;
  var failed = false;

  function lang() {
    var asked = '';
    try {
      asked = (new URLSearchParams(location.search).get('lang') || '').toLowerCase();
    } catch (e) {}
    if (/^zh/.test(asked)) return 'zh';
    if (/^en/.test(asked)) return 'en';
    try {
      var nav = (navigator.languages && navigator.languages[0]) || navigator.language || '';
      if (/^zh/i.test(nav)) return 'zh';
    } catch (e) {}
    return 'en';
  }

  var MESSAGES = {
    en: {
      title: 'The map cannot start here.',
      csp: "This site's security settings (its Content Security Policy) block the map's program. Ask the site's administrator to allow it (the atlas's README gives the policy it needs), or use the single-file version of the atlas.",
      sandbox: "The page that embeds the atlas does not let it load its program. Ask its host to add allow-same-origin to the iframe's sandbox attribute, or embed the single-file version of the atlas.",
      network: "The map's program could not be downloaded. Check the network connection and reload the page, or use the single-file version of the atlas.",
      wasm: 'This browser cannot run the map: it has no WebAssembly. Open the page in a current Chrome, Edge, Firefox or Safari.',
      timeout: 'The map has not started after 30 seconds. Check the network connection and reload the page, or use the single-file version of the atlas.',
    },
    zh: {
      title: '地图无法在此启动。',
      csp: '本网站的安全设置（内容安全策略，CSP）阻止了地图程序。请网站管理员允许它（本地图的 README 写明所需的策略），或改用单文件版本。',
      sandbox: '嵌入本地图的网页不允许它加载程序。请该网页的管理员在 iframe 的 sandbox 属性中加入 allow-same-origin，或改为嵌入单文件版本。',
      network: '无法下载地图程序。请检查网络连接后重新加载本页，或改用单文件版本。',
      wasm: '此浏览器无法运行地图：它不支持 WebAssembly。请用新版的 Chrome、Edge、Firefox 或 Safari 打开本页。',
      timeout: '地图在 30 秒后仍未启动。请检查网络连接后重新加载本页，或改用单文件版本。',
    },
  };

  function show(reason) {
    if (started || failed) return;
    var shell = document.getElementById('shell');
    if (!shell) return; // the app has mounted: it started
    failed = true;
    var l = lang();
    var m = MESSAGES[l];
    var note = document.createElement('div');
    note.className = 'shell__failed';
    note.setAttribute('data-testid', 'start-failed');
    note.setAttribute('data-reason', reason);
    note.setAttribute('role', 'alert');
    note.setAttribute('lang', l === 'zh' ? 'zh-Hans' : 'en');
    var title = document.createElement('p');
    title.className = 'shell__failed-title';
    title.textContent = m.title;
    var what = document.createElement('p');
    what.textContent = m[reason] || m.network;
    note.appendChild(title);
    note.appendChild(what);
    var loading = shell.querySelector('.shell__loading');
    if (loading) loading.parentNode.replaceChild(note, loading);
    else shell.appendChild(note);
    shell.setAttribute('aria-busy', 'false');
  }

  /** Show the message once the page's outline is there (this script runs before the body is parsed). */
  function fail(reason) {
    if (started || failed) return;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () {
        show(reason);
      });
    } else {
      show(reason);
    }
  }

  /** A module refused in an opaque origin (a sandbox without allow-same-origin) reads as a network error. */
  function loadFailure() {
    var opaque = false;
    try {
      opaque = location.protocol !== 'file:' && (window.origin === 'null' || location.origin === 'null');
    } catch (e) {}
    return opaque ? 'sandbox' : 'network';
  }

  /** Called by the start-up module when init() fails. A policy's refusal of WebAssembly rejects init() before
   *  the browser's securitypolicyviolation event arrives: read it from the error, and let the event win a tie. */
  window.atlasStartFailed = function (error) {
    var message = '';
    try {
      message = String((error && error.message) || error);
    } catch (e) {}
    if (/Content Security Policy|unsafe-eval|Refused to compile/i.test(message)) {
      fail('csp');
      return;
    }
    setTimeout(function () {
      fail(loadFailure());
    }, 50);
  };
  addEventListener('TrunkApplicationStarted', function () {
    started = true;
  });

  try {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      fail('wasm');
      return;
    }
  } catch (e) {
    fail('wasm');
    return;
  }

  // The program's files failing to load (a network error; a module refused by CORS in a sandbox).
  addEventListener(
    'error',
    function (e) {
      var t = e.target;
      if (!t || t === window || !t.tagName) return;
      var tag = t.tagName.toUpperCase();
      if (tag === 'SCRIPT' || (tag === 'LINK' && /modulepreload/i.test(t.rel || ''))) fail(loadFailure());
    },
    true,
  );
  // A Content Security Policy that refuses a script or the compilation of WebAssembly (a report-only policy
  // refuses nothing).
  document.addEventListener('securitypolicyviolation', function (e) {
    if (e.disposition === 'report') return;
    if (/^script-src/.test(e.effectiveDirective || e.violatedDirective || '')) fail('csp');
  });
  setTimeout(function () {
    if (!started && document.getElementById('shell')) fail('timeout');
  }, TIMEOUT_MS);
})();
