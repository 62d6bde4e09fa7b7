// Portal behaviour: the only script besides htmx. No inline script anywhere (strict CSP).
(function () {
  "use strict";

  var errorRegion = function () { return document.getElementById("htmx-error"); };

  // Move focus to what changed, so keyboard and screen-reader users follow the swap:
  // an error summary first, then an element marked data-focus-after-swap, then a heading.
  function focusAfterSwap(target) {
    var next = target.querySelector(".error-summary, [data-focus-after-swap], h1, h2");
    if (target.id === "htmx-error") { next = target; }
    if (!next) { return; }
    if (!next.hasAttribute("tabindex")) { next.setAttribute("tabindex", "-1"); }
    next.focus();
  }

  document.addEventListener("htmx:beforeRequest", function () {
    var region = errorRegion();
    if (region) { region.textContent = ""; }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    focusAfterSwap(event.detail.target);
  });

  // A request that never reached the server (offline, timeout): say so instead of doing nothing.
  document.addEventListener("htmx:sendError", function () {
    var region = errorRegion();
    if (!region) { return; }
    var message = document.createElement("p");
    message.className = "notice notice--error";
    message.textContent = region.getAttribute("data-offline-message") || "";
    region.replaceChildren(message);
    region.focus();
  });
})();
