package serve

// script is the live-reload script the server adds to every HTML page it
// sends (never to the files): it listens to the event stream, reloads on
// "reload", swaps the stylesheets on "css", shows the error overlay on
// "error" and removes it on "ok". Every event but reload carries the
// version the page is then at (error: on its first line, also in the error
// sent on connecting). EventSource fires an "error" of its own, without
// data, when the connection drops: the script ignores it. Formatted with the page's version and
// the stream's path.
const script = `<script id="followup-live">
(function () {
  var version = "%d";
  var es = new EventSource("%s");
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
    if (typeof e.data !== "string") return; // the stream's own error: it reconnects
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
</script>
`
