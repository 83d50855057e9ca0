package serve

// scriptTag is what the server adds to every HTML page it sends (never to
// the files), formatted with the script's address, the page's version and
// the stream's address: the script is a file of its own, which the
// Content-Security-Policy allows where it refuses inline scripts.
const scriptTag = `<script id="followup-live" src="%s" data-version="%d" data-events="%s"></script>
`

// script is the live-reload script, at ScriptPath: it listens to the event stream, reloads on
// "reload", swaps the stylesheets on "css", shows the error overlay on
// "error" and removes it on "ok". Every event but reload carries the
// version the page is then at (error: on its first line). The page's
// version and the stream's address are its tag's data attributes.
const script = `(function () {
  var tag = document.currentScript;
  var version = tag.dataset.version;
  var es = new EventSource(tag.dataset.events);
  function clear() {
    var old = document.getElementById("followup-error");
    if (old) old.remove();
  }
  es.addEventListener("hello", function (e) {
    if (e.data !== version) location.reload();
  });
  es.addEventListener("reload", function () { location.reload(); });
  es.addEventListener("css", function (e) {
    version = e.data;
    clear();
    document.querySelectorAll('link[rel~="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("followup", e.data);
      var next = link.cloneNode();
      next.href = url.href;
      next.onload = function () { link.remove(); };
      link.after(next);
    });
  });
  es.addEventListener("error", function (e) {
    var nl = e.data.indexOf("\n");
    version = e.data.slice(0, nl);
    clear();
    document.body.insertAdjacentHTML("beforeend", e.data.slice(nl + 1));
  });
  es.addEventListener("ok", function (e) {
    version = e.data;
    clear();
  });
})();
`
