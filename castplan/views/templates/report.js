// Filters the items table as you type: a search box over what each row shows
// (or, when ticked, the items' full text too) and one control per column.
// castplan stores each row's text folded to simplified script, one width and
// lower case; typed text is folded the same way with the page's character
// map, so 国际 finds 國際合作部 and 國際 finds 国际合作部.
(function () {
  "use strict";
  var form = document.getElementById("item-filters");
  var table = document.getElementById("items-table");
  if (!form || !table) return;
  var folds = JSON.parse(document.getElementById("fold-map").textContent);
  var rows = Array.prototype.slice.call(table.querySelectorAll("tr.item"));
  var groups = Array.prototype.slice.call(table.tBodies);
  var shown = document.getElementById("items-shown");
  var controls = Array.prototype.slice.call(form.querySelectorAll("[data-match]"));

  function fold(text) {
    var out = "";
    for (var ch of text.normalize("NFKC").toLowerCase()) out += folds[ch] || ch;
    return out;
  }

  function passes(row, control) {
    var wanted = control.value.trim();
    if (!wanted) return true;
    var have = row.getAttribute("data-" + control.name) || "";
    var mode = control.getAttribute("data-match");
    if (mode === "any") return have.split("|").indexOf(wanted) >= 0;
    if (mode === "equals") return have === wanted;
    return fold(have).indexOf(fold(wanted)) >= 0;
  }

  function apply() {
    var query = fold(form.elements.q.value.trim());
    var where = form.elements.full.checked ? "data-text" : "data-search";
    var count = 0;
    rows.forEach(function (row) {
      var keep = (!query || row.getAttribute(where).indexOf(query) >= 0) &&
        controls.every(function (control) { return passes(row, control); });
      row.hidden = !keep;
      if (keep) count += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("tr.item:not([hidden])");
    });
    var total = rows.length === 1 ? "1 item" : rows.length + " items";
    shown.textContent = count === rows.length ? total : count + " of " + total;
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
