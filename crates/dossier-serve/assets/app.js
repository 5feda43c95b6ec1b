// Dossier web app: keyboard shortcuts and dates in the reader's format.
// No network requests, no inline script (the CSP forbids them).
(function () {
  "use strict";
  // Show day-precision dates in the reader's locale; the ISO value stays in the tooltip.
  var fmt;
  try { fmt = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }); } catch (e) { fmt = null; }
  if (fmt) {
    document.querySelectorAll("time[datetime]").forEach(function (t) {
      var v = t.getAttribute("datetime");
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
        var d = new Date(v + "T00:00:00Z");
        if (!isNaN(d)) { t.textContent = fmt.format(d); }
      }
    });
  }
  var current = -1;
  function results() { return Array.prototype.slice.call(document.querySelectorAll(".result")); }
  function move(step) {
    var list = results();
    if (!list.length) { return; }
    current = Math.max(0, Math.min(list.length - 1, current + step));
    var link = list[current].querySelector("a");
    if (link) { link.focus(); }
    list[current].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var tag = (ev.target && ev.target.tagName) || "";
    var typing = tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
    if (ev.key === "Escape" && typing) { ev.target.blur(); return; }
    if (typing) { return; }
    if (ev.key === "/") {
      var box = document.getElementById("q") || document.getElementById("tq") || document.getElementById("top-q");
      if (box) { ev.preventDefault(); box.focus(); box.select(); }
    } else if (ev.key === "j") {
      move(1);
    } else if (ev.key === "k") {
      move(-1);
    }
  });
})();
