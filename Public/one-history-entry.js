// One history entry for the whole visit. Each page she moves to (a link, a form she sends) is
// fetched and shown in place of the one before, and the address is changed with replaceState, so
// the tab's history gains nothing while she is here. The quick exit's location.replace then swaps
// out that one entry: Back goes to whatever she had open before Chorus, not to an earlier page of
// a survey or the forum. Links within a page (the skip link, an error summary) move focus without
// adding an entry either.
// Without JavaScript, or when anything here fails, pages load as usual (the safety page says what
// stays in history then). Staff pages are left alone: they are not hers, and they upload files.
(function () {
  "use strict";
  if (!window.fetch || !window.DOMParser || !window.history || !history.replaceState) { return; }

  var loadedScripts = {};
  Array.prototype.forEach.call(document.querySelectorAll("script[src]"), function (script) {
    loadedScripts[script.src] = true;
  });

  function isOurs(url) {
    return url.origin === location.origin && url.pathname.indexOf("/staff") !== 0;
  }

  function withoutHash(href) { return href.split("#")[0]; }
  function hashOf(href) { return href.indexOf("#") >= 0 ? href.slice(href.indexOf("#")) : ""; }

  // Lets script focus an element that is not focusable by itself (a heading, main, a box).
  function focus(element) {
    if (!/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName) && !element.hasAttribute("tabindex")) {
      element.setAttribute("tabindex", "-1");
    }
    element.focus();
  }

  // Focus, as a fresh page load would start her reading: the error summary if the page has one,
  // otherwise its main heading, so a screen reader says where she is.
  function focusStart() {
    var target = document.querySelector("[autofocus]") || document.querySelector("main h1") || document.getElementById("main");
    if (target) { focus(target); }
  }

  function loadScript(src) {
    loadedScripts[src] = true;
    var script = document.createElement("script");
    script.src = src;
    document.head.appendChild(script);
  }

  // Shows the page `html` (from `url`) in place of this one. Scripts already running are told by
  // the "chorus:page" event; scripts the new page needs for the first time are loaded once.
  function show(html, url) {
    var next = new DOMParser().parseFromString(html, "text/html");
    if (!next.body || !next.querySelector("main")) { return false; }
    var wanted = [];
    Array.prototype.forEach.call(next.querySelectorAll("script[src]"), function (script) {
      var src = new URL(script.getAttribute("src"), url).href;
      if (!loadedScripts[src]) { wanted.push(src); }
    });
    var root = document.documentElement;
    root.setAttribute("lang", next.documentElement.getAttribute("lang") || "en");
    root.setAttribute("dir", next.documentElement.getAttribute("dir") || "ltr");
    document.title = next.title;
    document.body.replaceWith(document.importNode(next.body, true));
    var hash = hashOf(url);
    history.replaceState(null, "", url);
    window.scrollTo(0, 0);
    document.dispatchEvent(new CustomEvent("chorus:page"));
    wanted.forEach(loadScript);
    var anchor = hash.length > 1 && document.getElementById(decodeURIComponent(hash.slice(1)));
    if (anchor) { moveFocusTo(anchor); } else { focusStart(); }
    return true;
  }

  function moveFocusTo(element) {
    focus(element);
    element.scrollIntoView({ block: "start" });
  }

  // The address the server answered from, with the fragment she asked for (fetch drops it).
  function finalAddress(response, asked) {
    return (response.url || withoutHash(asked)) + hashOf(asked);
  }

  // One page at a time: a second click or press of a button while a page is on its way is ignored,
  // as a browser would replace the first request with it.
  var loading = false;

  function open(request, asked, fallback) {
    loading = true;
    fetch(request.url, request.options).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("text/html") !== 0) { throw new Error("not a page"); }
      return response.text().then(function (html) {
        if (!show(html, finalAddress(response, asked))) { throw new Error("not one of our pages"); }
      });
    }).then(function () { loading = false; }, function () { loading = false; fallback(); });
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || link.id === "quick-exit" || link.target || link.hasAttribute("download")) { return; }
    var url = new URL(link.href, location.href);
    if (!isOurs(url) || !isOurs(new URL(location.href))) { return; }
    event.preventDefault();
    if (loading) { return; }
    if (withoutHash(url.href) === withoutHash(location.href) && url.hash) {
      // A link within the page: focus its target, with no history entry for the fragment.
      var target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      if (target) { moveFocusTo(target); }
      return;
    }
    open({ url: url.href, options: { credentials: "same-origin", cache: "no-store" } }, url.href, function () {
      location.replace(url.href);
    });
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.hasAttribute("data-sent-natively")) { return; }
    var action = new URL(form.getAttribute("action") || location.href, location.href);
    if (!isOurs(action) || !isOurs(new URL(location.href)) || (form.enctype || "").indexOf("multipart") === 0) { return; }
    var submitter = event.submitter;
    var fields;
    try { fields = new FormData(form, submitter); } catch (error) {
      fields = new FormData(form);
      if (submitter && submitter.name) { fields.append(submitter.name, submitter.value); }
    }
    var body = new URLSearchParams();
    fields.forEach(function (value, name) { body.append(name, typeof value === "string" ? value : ""); });
    var method = (form.getAttribute("method") || "get").toLowerCase();
    var request;
    if (method === "post") {
      request = { url: action.href, options: { method: "POST", body: body, credentials: "same-origin", cache: "no-store",
        headers: { "Content-Type": "application/x-www-form-urlencoded" } } };
    } else {
      action.search = body.toString();
      request = { url: action.href, options: { credentials: "same-origin", cache: "no-store" } };
    }
    event.preventDefault();
    if (loading) { return; }
    open(request, request.url, function () {
      // Send it the ordinary way, with the button she pressed, rather than lose what she wrote.
      if (submitter && submitter.name) {
        var carried = document.createElement("input");
        carried.type = "hidden";
        carried.name = submitter.name;
        carried.value = submitter.value;
        form.appendChild(carried);
      }
      form.setAttribute("data-sent-natively", "");
      form.submit();
    });
  });
})();
