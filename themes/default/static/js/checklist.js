// Followup checklists: remember ticks in this browser.
//
// An enhancement only: without this script the checkboxes, the progress
// line (CSS counters) and the reset button all work. Ticks are stored in
// localStorage under "followup:<page>:<checklist id>" as {"<item id>": true},
// so rewording an item keeps its tick and a removed item is forgotten.
// Storage can be missing or refuse writes (private modes, file:// pages,
// full quota): every call is guarded and the page works the same without it.
(function () {
  "use strict";
  var store = null;
  try {
    store = window.localStorage;
    store.setItem("followup:probe", "1");
    store.removeItem("followup:probe");
  } catch (e) {
    return;
  }
  var forms = document.querySelectorAll("form.checklist[data-checklist]");
  Array.prototype.forEach.call(forms, function (form) {
    var key = "followup:" + (form.getAttribute("data-page") || "") + ":" + form.getAttribute("data-checklist");
    var boxes = form.querySelectorAll("input[type=checkbox][name]");
    var saved = null;
    try {
      saved = JSON.parse(store.getItem(key) || "null");
    } catch (e) {
      saved = null;
    }
    if (saved && typeof saved === "object") {
      Array.prototype.forEach.call(boxes, function (box) {
        if (Object.prototype.hasOwnProperty.call(saved, box.name)) {
          box.checked = saved[box.name] === true;
        }
      });
    }
    function save() {
      var state = {};
      Array.prototype.forEach.call(boxes, function (box) {
        state[box.name] = box.checked;
      });
      try {
        store.setItem(key, JSON.stringify(state));
      } catch (e) {
        // Storage full or refused: the ticks still work for this visit.
      }
    }
    form.addEventListener("change", save);
    form.addEventListener("reset", function () {
      try {
        store.removeItem(key);
      } catch (e) {
        // Nothing to forget.
      }
    });
  });
})();
