// coder workbench: validation as you type, benchmark progress. No libraries, no network.
(function () {
  "use strict";
  var token = document.querySelector('meta[name="coder-token"]').content;

  function validateForm(form) {
    var box = document.getElementById("problems");
    var text = document.getElementById("entry-text");
    var timer = null, seq = 0;
    function check() {
      var mine = ++seq;
      box.innerHTML = '<span class="muted">checking…</span>';
      var body = new URLSearchParams(new FormData(form));
      body.delete("delete");
      fetch(form.dataset.validate, {method: "POST", body: body, headers: {"X-Coder-Token": token}})
        .then(function (r) { return r.json(); })
        .then(function (data) {
          if (mine !== seq) { return; }
          box.innerHTML = "";
          if (data.error) { box.appendChild(line("error", data.error)); return; }
          data.problems.forEach(function (p) { box.appendChild(line(p.severity === "error" ? "error" : "warn", p.text)); });
          box.dataset.errors = data.errors;
          if (!data.errors) { box.appendChild(line("ok", "valid" + (data.warnings ? " (" + data.warnings + " warnings, " + data.warnings_elsewhere + " of them in other files)" : ""))); }
        })
        .catch(function (e) { if (mine === seq) { box.textContent = "cannot check: " + e; } });
    }
    function line(cls, msg) { var s = document.createElement("span"); s.className = cls; s.textContent = msg; return s; }
    text.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, 500); });
    check();
  }

  function pollJob(el) {
    if (el.dataset.state !== "running") { return; }
    setTimeout(function () {
      fetch("/api/benchmark").then(function (r) { return r.json(); }).then(function (job) {
        if (job.state !== "running") { location.reload(); return; }
        el.querySelector("b").nextSibling.textContent = " " + (job.progress || "");
        pollJob(el);
      });
    }, 1000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("entry-form");
    if (form) { validateForm(form); }
    var job = document.getElementById("job");
    if (job) { pollJob(job); }
  });
})();
