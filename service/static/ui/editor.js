// The query editor: YASGUI (served from this origin) on this service's endpoint, the named
// queries as examples, the predeclared prefixes, local links for this graph's IRIs and a
// share link in the URL fragment (#query=…), which never reaches the endpoint as a query.
(function () {
  "use strict";
  var holder = document.getElementById("editor");
  if (!holder || typeof window.Yasgui === "undefined") { return; }
  var examples = JSON.parse(document.getElementById("examples").textContent);
  var prefixes = JSON.parse(document.getElementById("prefixes").textContent);
  var endpoint = holder.dataset.endpoint;
  var base = holder.dataset.base;

  function fromHash() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    return params.get("query");
  }

  // Result IRIs open in this tab (they are pages of this site once localised below).
  if (window.Yasgui.Yasr && window.Yasgui.Yasr.plugins && window.Yasgui.Yasr.plugins.table) {
    window.Yasgui.Yasr.plugins.table.defaults.openIriInNewWindow = false;
  }

  var yasgui = new window.Yasgui(holder, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: {
      prefixCcApi: null,
      collapsePrefixesOnLoad: true,
      persistenceId: null,
      createShareableLink: function (yasqe) {
        return window.location.origin + "/sparql#" + new URLSearchParams({ query: yasqe.getValue() }).toString();
      }
    },
    yasr: { persistenceId: null }
  });

  function tab() { return yasgui.getTab(); }

  function setQuery(text) {
    var t = tab();
    t.setQuery(text);
    share(text);
  }

  function share(text) {
    var hash = "#" + new URLSearchParams({ query: text }).toString();
    history.replaceState(null, "", "/sparql" + window.location.search + hash);
  }

  var declared = Object.keys(prefixes).map(function (k) { return "PREFIX " + k + ": <" + prefixes[k] + ">"; });
  var initial = fromHash();
  setQuery(initial || declared.join("\n") + "\n\nSELECT ?resource ?label WHERE {\n  ?resource a pg:Resource ; rdfs:label ?label .\n} LIMIT 20\n");

  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      var name = button.dataset.example;
      var found = examples.filter(function (e) { return e.name === name; })[0];
      if (found) {
        setQuery(found.query);
        holder.scrollIntoView({ block: "start" });
        var cm = tab().getYasqe();
        if (cm) { cm.focus(); }
      }
    });
  });

  var shareButton = document.getElementById("share");
  var status = document.getElementById("share-status");
  shareButton.hidden = false;
  shareButton.addEventListener("click", function () {
    share(tab().getQuery());
    if (navigator.clipboard) { navigator.clipboard.writeText(window.location.href).catch(function () {}); }
    status.textContent = window.location.href;
  });
  yasgui.on("query", function (instance, t) { share(t.getQuery()); });

  // Result links: IRIs of this graph open their page on this service, in the same tab.
  function localise(root) {
    root.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (href && href.indexOf(base) === 0) {
        a.setAttribute("href", "/" + href.slice(base.length));
        a.removeAttribute("target");
        a.classList.add("local");
      }
    });
  }
  new MutationObserver(function () { localise(holder); }).observe(holder, { childList: true, subtree: true });
  // The results table handles clicks on IRIs itself (a new window for the original IRI); a
  // local link is followed here first, as a plain link (modified clicks keep their meaning).
  holder.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.local") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
    event.preventDefault();
    event.stopPropagation();
    window.location.href = link.getAttribute("href");
  }, true);
})();
