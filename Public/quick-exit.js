// Quick exit: leave this site at once, by the button or by pressing Shift three times.
// Without JavaScript the button is an ordinary link to the same neutral site.
// location.replace() swaps this page out of the tab's history, so Back does not return here.
// Elements are looked up when needed, not kept: one-history-entry.js replaces the page's body.
(function () {
  "use strict";
  var presses = 0;
  var firstPressAt = 0;
  var shiftDown = false;
  var usedAsModifier = false;
  var WINDOW_MS = 5000;

  function box() { return document.querySelector(".quick-exit"); }

  function leave() {
    var url = (box() && box().getAttribute("data-exit-url")) || "https://www.bbc.co.uk/weather";
    // Hide first, so nothing stays on screen while the next site loads.
    document.documentElement.style.display = "none";
    document.title = "";
    window.location.replace(url);
  }

  function announce(count) {
    var status = document.getElementById("quick-exit-status");
    if (!status) { return; }
    var template = status.getAttribute("data-template") || "";
    status.textContent = count > 0 ? template.replace("{count}", String(count)) : "";
  }

  // The Shift shortcut needs this script, so its hint appears only when the script runs.
  function showHint() {
    var hint = document.getElementById("quick-exit-hint");
    if (hint) { hint.hidden = false; }
    presses = 0;
  }
  showHint();
  document.addEventListener("chorus:page", showHint);

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("#quick-exit");
    if (!button) { return; }
    event.preventDefault();
    leave();
  });

  document.addEventListener("keydown", function (event) {
    if (!box()) { return; }
    if (event.key === "Shift") {
      if (!event.repeat) { shiftDown = true; usedAsModifier = false; }
      return;
    }
    // Shift held while typing a capital letter is not a quick-exit press.
    if (shiftDown) { usedAsModifier = true; }
    presses = 0;
    announce(0);
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !box()) { return; }
    shiftDown = false;
    if (usedAsModifier) { return; }
    var now = Date.now();
    if (presses === 0 || now - firstPressAt > WINDOW_MS) { presses = 0; firstPressAt = now; }
    presses += 1;
    announce(presses);
    if (presses >= 3) { leave(); }
  });
})();
