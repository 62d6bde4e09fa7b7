// Portal behaviour: the only script besides htmx. No inline script anywhere (strict CSP).
(function () {
  "use strict";

  function errorRegion() { return document.getElementById("htmx-error"); }

  function focus(element) {
    if (!element) { return; }
    if (!element.hasAttribute("tabindex")) { element.setAttribute("tabindex", "-1"); }
    element.focus();
  }

  // Folded filter groups keep their open state across a swap (htmx itself keeps focus on the
  // control with the same id, so a keyboard user stays where they were).
  var openDetails = [];
  var focusedId = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    openDetails = Array.prototype.map.call(
      event.detail.target.querySelectorAll("details[id][open]"), function (d) { return d.id; });
    var active = document.activeElement;
    focusedId = active && active.id && event.detail.target.contains(active) ? active.id : null;
  });

  // The search filters fold into one disclosure so a phone shows the results first; a wide
  // screen has room for them, so there they start open.
  function openFiltersOnWideScreens() {
    var filters = document.getElementById("filters");
    if (filters && window.matchMedia("(min-width: 52rem)").matches) { filters.open = true; }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", openFiltersOnWideScreens);
  } else {
    openFiltersOnWideScreens();
  }

  document.addEventListener("htmx:beforeRequest", function () {
    var region = errorRegion();
    if (region) { region.textContent = ""; }
  });

  // After a swap, move focus only where the reader needs it: to an error summary, or to the
  // place a link asked for (data-focus-after, e.g. the results heading after "Next page").
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    // After an outerHTML swap the old target is detached: look in the page instead.
    var scope = document.body.contains(target) ? target : document;
    openDetails.forEach(function (id) {
      var details = document.getElementById(id);
      if (details) { details.open = true; }
    });
    // A control inside a folded group could not take focus back while the group was closed.
    var control = focusedId && document.getElementById(focusedId);
    if (control && document.activeElement === document.body) { control.focus(); }
    if (target.id === "htmx-error") { focus(target); return; }
    var summary = scope.querySelector(".error-summary");
    if (summary) { focus(summary); return; }
    var trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
    var wanted = trigger && trigger.getAttribute && trigger.getAttribute("data-focus-after");
    if (wanted) { focus(document.querySelector(wanted)); }
  });

  // Print buttons: hidden without JavaScript (the browser's own Print still works).
  function showPrintButtons(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-print]"), function (button) {
      button.hidden = false;
    });
  }
  document.addEventListener("DOMContentLoaded", function () { showPrintButtons(document); });
  document.addEventListener("htmx:afterSettle", function (event) { showPrintButtons(event.detail.elt); });
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-print]");
    if (button) { window.print(); }
  });

  // Shortlist (/jamfor): the list lives in the address; with JavaScript the browser also
  // remembers it (localStorage, never the server), so "Compare" on a programme page adds to it.
  var SHORTLIST = "portal-shortlist";
  function rememberShortlist() {
    var list = document.querySelector("[data-shortlist]");
    if (!list) { return; }
    try { localStorage.setItem(SHORTLIST, list.getAttribute("data-shortlist")); } catch (e) { return; }
  }
  function extendShortlistLinks() {
    var stored;
    try { stored = localStorage.getItem(SHORTLIST) || ""; } catch (e) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("a[data-shortlist-add]"), function (a) {
      var slugs = stored.split(",").filter(Boolean);
      var slug = a.getAttribute("data-shortlist-add");
      if (slugs.indexOf(slug) < 0) { slugs.push(slug); }
      var url = new URL(a.href, document.baseURI);
      url.searchParams.set("p", slugs.slice(-6).join(","));
      a.href = url.pathname + url.search;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    rememberShortlist();
    extendShortlistLinks();
  });

  // A page that opens with a message about what just happened (a saved change) moves focus
  // there, so a screen reader announces it right away; role="status" covers the rest.
  document.addEventListener("DOMContentLoaded", function () {
    focus(document.querySelector("[data-focus-on-load]"));
  });

  // A request that never reached the server (offline, timeout): say so instead of doing nothing.
  document.addEventListener("htmx:sendError", function () {
    var region = errorRegion();
    if (!region) { return; }
    var message = document.createElement("p");
    message.className = "notice notice--error";
    message.textContent = region.getAttribute("data-offline-message") || "";
    region.replaceChildren(message);
    focus(region);
  });
})();
