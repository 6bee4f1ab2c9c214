// Skip logic as she answers: hides questions whose `relevant` condition is false, using the same
// rules as the server (Sources/SurveyKit/Relevance/RelevanceEvaluator.swift). Optional: without
// JavaScript every question of the page is shown and the server drops answers it should not keep.
// Set up again on each page one-history-entry.js shows ("chorus:page").
(function () {
  "use strict";
  function start() {
    var form = document.querySelector("form[data-skip-logic]");
    if (!form) { return; }
    var questions = Array.prototype.slice.call(form.querySelectorAll("[data-relevant]"));
    var hiddenNow = {};

    function answer(name) {
      if (hiddenNow[name]) { return ""; }
      var values = [];
      var multiple = false;
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name !== name) { return; }
        if (el.type === "checkbox") { multiple = true; if (el.checked) { values.push(el.value); } }
        else if (el.type === "radio") { if (el.checked) { values.push(el.value); } }
        else if (el.value.trim() !== "") { values.push(el.value.trim()); if (el.type === "hidden") { multiple = multiple || values.length > 1; } }
      });
      return multiple ? values : (values[0] || "");
    }

    function asText(v) { return Array.isArray(v) ? v.join(" ") : String(v); }
    function asNumber(v) {
      if (typeof v === "number") { return v; }
      var t = asText(v).trim();
      // The server's rule (RelevanceNumbers.swift): an optional minus, digits with at most one point.
      return /^-?([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(t) ? parseFloat(t) : null;
    }
    function isCondition(e) { return ["bool", "cmp", "and", "or", "not", "sel"].indexOf(e[0]) >= 0; }
    function count(name) {
      var v = answer(name);
      if (Array.isArray(v)) { return v.length; }
      return v.split(" ").filter(function (w) { return w !== ""; }).length;
    }
    function value(e) {
      switch (e[0]) {
        case "ref": return answer(e[1]);
        case "str": return e[1];
        case "num": return e[1];
        case "cnt": return count(e[1]);
        default: return truth(e) ? 1 : 0;
      }
    }
    function holds(op, a, b) {
      switch (op) {
        case "=": return a === b;
        case "!=": return a !== b;
        case "<": return a < b;
        case "<=": return a <= b;
        case ">": return a > b;
        case ">=": return a >= b;
      }
      return false;
    }
    function truth(e) {
      switch (e[0]) {
        case "ref": return asText(answer(e[1])) !== "";
        case "str": return e[1] !== "";
        case "num": return e[1] !== 0;
        case "bool": return e[1];
        case "and": return e[1].every(truth);
        case "or": return e[1].some(truth);
        case "not": return !truth(e[1]);
        case "cnt": return count(e[1]) !== 0;
        case "sel":
          var v = answer(e[1]);
          var wanted = e[2].trim();
          return Array.isArray(v) ? v.indexOf(wanted) >= 0 : v === wanted;
        case "cmp":
          if (isCondition(e[2]) || isCondition(e[3])) { return holds(e[1], truth(e[2]) ? 1 : 0, truth(e[3]) ? 1 : 0); }
          var l = value(e[2]), r = value(e[3]);
          var a = asNumber(l), b = asNumber(r);
          if (a !== null && b !== null) { return holds(e[1], a, b); }
          if (e[1] === "=") { return asText(l) === asText(r); }
          if (e[1] === "!=") { return asText(l) !== asText(r); }
          return false;
      }
      return false;
    }

    function update() {
      hiddenNow = {};
      questions.forEach(function (q) {
        var show;
        try { show = truth(JSON.parse(q.getAttribute("data-relevant"))); } catch (err) { show = true; }
        q.hidden = !show;
        if (!show) { hiddenNow[q.getAttribute("data-question")] = true; }
      });
    }

    form.addEventListener("change", update);
    form.addEventListener("input", update);
    update();
  }
  start();
  document.addEventListener("chorus:page", start);
})();
