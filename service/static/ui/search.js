// Search page enhancement: a changed filter reloads the results and counts in place and keeps
// the state in the URL (history), so the page behaves as without JavaScript, only quicker.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.fetch || !window.DOMParser) { return; }
  document.documentElement.classList.add("js");
  var pending = null;

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value !== "") { params.append(key, value); }
    });
    return params.toString();
  }

  function swap(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    ["facets", "results"].forEach(function (id) {
      var fresh = doc.getElementById(id);
      var old = document.getElementById(id);
      if (fresh && old) { old.replaceWith(fresh); }
    });
    document.title = doc.title;
  }

  function update(push) {
    var qs = query();
    var url = "/resources" + (qs ? "?" + qs : "");
    if (pending) { pending.abort(); }
    pending = new AbortController();
    var focused = document.activeElement && document.activeElement.id;
    return fetch(url, { headers: { "Accept": "text/html" }, signal: pending.signal })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        swap(html);
        if (push) { history.pushState(null, "", url); }
        if (focused) {
          var again = document.getElementById(focused);
          if (again) { again.focus(); }
        }
      })
      .catch(function (e) { if (e.name !== "AbortError") { window.location.href = url; } });
  }

  form.addEventListener("change", function (event) {
    if (event.target.type === "checkbox" || event.target.id === "age") { update(true); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update(true);
  });
  window.addEventListener("popstate", function () { window.location.reload(); });
})();
