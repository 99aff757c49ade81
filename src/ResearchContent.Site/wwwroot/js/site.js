// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  function copyText(textarea) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(textarea.value);
    }
    textarea.focus();
    textarea.select();
    return new Promise(function (resolve, reject) {
      try {
        if (document.execCommand("copy")) { resolve(); } else { reject(new Error("copy failed")); }
      } catch (e) {
        reject(e);
      }
    });
  }

  function init() {
    var buttons = document.querySelectorAll("button[data-copy-target]");
    Array.prototype.forEach.call(buttons, function (button) {
      var target = document.getElementById(button.getAttribute("data-copy-target"));
      if (!target) { return; }
      var status = button.parentNode.querySelector(".copy-status");
      button.hidden = false;
      button.addEventListener("click", function () {
        copyText(target).then(function () {
          if (status) { status.textContent = button.getAttribute("data-copied-text") || "Copied"; }
        }, function () {
          target.focus();
          target.select();
        });
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
