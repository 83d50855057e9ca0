package serve

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/site"
)

// EventsPath is where pages listen for rebuilds; the site itself never
// has a file under /_followup/.
const EventsPath = "/_followup/events"

// ScriptPath is the live-reload script's address.
const ScriptPath = "/_followup/live.js"

// maxListeners bounds the open event streams: each open page holds one, and
// a dev server has a few readers, not thousands.
const maxListeners = 256

// server serves the output folder and tells open pages about rebuilds.
type server struct {
	root *os.Root // the output folder: no path leads out of it
	src  fs.FS    // the source folder, for the lines around an error
	hub  *hub
	bind string // the address listened on, a name requests may use (see knownHost)
	// patience is how long each write of an answer may wait for the
	// client: writeTimeout, shorter in tests.
	patience time.Duration

	// mu is held for writing while a rebuild writes the output folder and
	// records its result: a request waits for that rather than see a
	// folder half updated, but not for the rebuild's loading and rendering.
	mu      sync.RWMutex
	version int    // counts the rebuilds that changed the output
	broken  string // the error overlay while the build fails; "" when it works
	tail    []byte // what inject adds to every page: broken and the script
}

func newServer(dest string, src fs.FS) (*server, error) {
	if err := os.MkdirAll(dest, 0o777); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dest)
	if err != nil {
		return nil, err
	}
	s := &server{root: root, src: src, hub: newHub(), bind: "127.0.0.1", patience: writeTimeout}
	s.setTail()
	return s, nil
}

// contentTypes are the types the server sets itself, before asking the
// system's table.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".ics":         "text/calendar; charset=utf-8",
	".xml":         "application/xml; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".json":        "application/json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".webp":        "image/webp",
	".woff2":       "font/woff2",
	".pdf":         "application/pdf",
	".webmanifest": "application/manifest+json",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !knownHost(r.Host, s.bind) {
		refuseHost(w, r.Host, s.bind)
		return
	}
	secure(w.Header())
	w = newDeadlineWriter(w, s.patience)
	if r.URL.Path == EventsPath {
		s.events(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	if r.URL.Path == ScriptPath {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		io.WriteString(w, script)
		return
	}
	res := s.resolve(r.URL.Path)
	if res.file != nil {
		defer res.file.Close()
	}
	switch {
	case res.redirect != "":
		http.Redirect(w, r, res.redirect, http.StatusMovedPermanently)
	case res.page != nil:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Length", strconv.Itoa(len(res.page)))
		w.WriteHeader(res.status)
		if r.Method != http.MethodHead {
			w.Write(res.page)
		}
	case res.file == nil:
		http.Error(w, "cannot read "+res.name, http.StatusInternalServerError)
	case res.status != http.StatusOK:
		w.Header().Set("Content-Type", contentType(res.name))
		w.WriteHeader(res.status)
		io.Copy(w, res.file)
	default:
		w.Header().Set("Content-Type", contentType(res.name))
		http.ServeContent(w, r, res.name, res.info.ModTime(), res.file)
	}
}

// response is what a request gets, found under the lock: an HTML page
// already read (with the script added), or an open file to send after the
// lock is released. A rebuild replaces files by renaming new ones over
// them, so an open file stays whole while a slow client reads it, and
// never holds up the next rebuild.
type response struct {
	status   int
	name     string
	redirect string
	page     []byte
	file     *os.File
	info     fs.FileInfo
}

// resolve finds what a request for urlPath gets.
func (s *server) resolve(urlPath string) response {
	s.mu.RLock()
	defer s.mu.RUnlock()
	name := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if name == "" {
		name = "."
	}
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") && part != "." {
			return s.notFound() // the marker, temporary files
		}
	}
	info, err := s.root.Stat(name)
	if err == nil && info.IsDir() {
		if !strings.HasSuffix(urlPath, "/") {
			return response{redirect: folderURL(name)}
		}
		name = path.Join(name, "index.html")
		info, err = s.root.Stat(name)
	}
	if err != nil || !info.Mode().IsRegular() {
		return s.notFound()
	}
	return s.open(name, http.StatusOK)
}

// folderURL is the address a request for the folder name is sent to: its
// cleaned path, escaped, with a slash. It starts with one slash and a
// name, never with // or /\, which a browser would take for another host
// (a request for /%2Fevil.example/..%2Fguides goes to /guides/).
func folderURL(name string) string {
	return (&url.URL{Path: "/" + name + "/"}).EscapedPath()
}

// open opens a file of the folder; an HTML page is read and given the
// script. The caller holds s.mu.
func (s *server) open(name string, status int) response {
	res := response{status: status, name: name}
	f, err := s.root.Open(name)
	if err != nil {
		return res
	}
	if !strings.HasPrefix(contentType(name), "text/html") {
		if res.info, err = f.Stat(); err != nil {
			f.Close()
			return res
		}
		res.file = f
		return res
	}
	defer f.Close()
	page, err := io.ReadAll(f)
	if err == nil {
		res.page = s.inject(page)
	}
	return res
}

// notFound is the site's 404 page, or a bare one. The caller holds s.mu.
func (s *server) notFound() response {
	if info, err := s.root.Stat("404.html"); err == nil && info.Mode().IsRegular() {
		return s.open("404.html", http.StatusNotFound)
	}
	page := s.inject([]byte("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body>\n<h1>Not found</h1>\n<p>The site has no page at this address.</p>\n</body>\n</html>\n"))
	return response{status: http.StatusNotFound, name: "404.html", page: page}
}

// inject adds the live-reload script, and the error overlay while the
// build fails, before the page's last </body>. The files in the output
// folder never contain either. The caller holds s.mu.
func (s *server) inject(page []byte) []byte {
	at := lastBodyEnd(page)
	out := make([]byte, 0, len(page)+len(s.tail))
	out = append(out, page[:at]...)
	out = append(out, s.tail...)
	return append(out, page[at:]...)
}

// lastBodyEnd finds the last </body>, in any case, or the end of the page.
func lastBodyEnd(page []byte) int {
	const tag = "</body>"
	for at := bytes.LastIndex(page, []byte("</")); at >= 0; at = bytes.LastIndex(page[:at], []byte("</")) {
		if at+len(tag) <= len(page) && strings.EqualFold(string(page[at:at+len(tag)]), tag) {
			return at
		}
	}
	return len(page)
}

// setTail records what inject adds, after the version or the overlay
// changed. The caller holds s.mu for writing.
func (s *server) setTail() {
	s.tail = []byte(s.broken + fmt.Sprintf(scriptTag, ScriptPath, s.version, EventsPath))
}

// events streams rebuild events to one page. The first event, hello,
// carries the current version: a page served before a rebuild it missed
// (its stream was not yet open) reloads.
func (s *server) events(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		http.Error(w, "the event stream answers GET only", http.StatusMethodNotAllowed)
		return
	}
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	// The server's read timeout would end the stream (and the page would
	// connect again) after each 30 s: a stream reads nothing anyway.
	http.NewResponseController(w).SetReadDeadline(time.Time{})
	if s.hub.count() >= maxListeners {
		w.Header().Set("Retry-After", "5")
		http.Error(w, "too many pages are listening for rebuilds", http.StatusServiceUnavailable)
		return
	}
	ch, cancel := s.hub.subscribe()
	defer cancel()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	s.mu.RLock()
	hello := []event{{name: "hello", data: strconv.Itoa(s.version)}}
	if s.broken != "" {
		hello = append(hello, event{name: "error", data: s.broken})
	}
	s.mu.RUnlock()
	for _, ev := range hello {
		ev.write(w)
	}
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case ev, ok := <-ch:
			if !ok {
				return
			}
			if ev.write(w) != nil {
				return
			}
			flusher.Flush()
		}
	}
}

// built records a rebuild and returns what to tell the pages, or false
// for nothing: a rebuild that changed only stylesheets swaps them in
// place, any other change reloads, a failed build shows its errors over
// the page, and the first good build after a failure that changed nothing
// (the file was put back as it was) removes them. The caller holds s.mu
// for writing.
func (s *server) built(u *site.Update, errs diag.List) (event, bool) {
	defer s.setTail()
	if len(errs) > 0 {
		s.version++
		s.broken = overlay(s.src, errs)
		return event{name: "error", data: strconv.Itoa(s.version) + "\n" + s.broken}, true
	}
	wasBroken := s.broken != ""
	s.broken = ""
	if !u.Changed() {
		if wasBroken {
			s.version++
			return event{name: "ok", data: strconv.Itoa(s.version)}, true
		}
		return event{}, false
	}
	s.version++
	ev := event{name: "css", data: strconv.Itoa(s.version)}
	if len(u.Removed) > 0 {
		ev.name = "reload"
	}
	for _, f := range u.Written {
		if ext := path.Ext(f); ext != ".css" && !downloads[ext] {
			ev.name = "reload"
		}
	}
	return ev, true
}

// downloads are the kinds of file no open page shows (the EPUB, the
// offline copy, PDFs): rewriting one needs no reload.
var downloads = map[string]bool{".zip": true, ".epub": true, ".pdf": true}
