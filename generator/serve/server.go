package serve

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/site"
)

// EventsPath is where pages listen for rebuilds; the site itself never
// has a file under /_followup/.
const EventsPath = "/_followup/events"

// maxListeners bounds the open event streams: each open page holds one, and
// a dev server has a few readers, not thousands.
const maxListeners = 256

// server serves the output folder and tells open pages about rebuilds.
type server struct {
	root *os.Root // the output folder: no path leads out of it
	src  fs.FS    // the source folder, for the lines around an error
	hub  *hub

	// mu is held for writing by a rebuild: a request waits for it to end
	// rather than see a folder half updated.
	mu      sync.RWMutex
	version int    // counts the rebuilds that changed the output
	broken  string // the error overlay while the build fails; "" when it works
}

func newServer(dest string, src fs.FS) (*server, error) {
	if err := os.MkdirAll(dest, 0o755); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dest)
	if err != nil {
		return nil, err
	}
	return &server{root: root, src: src, hub: newHub()}, nil
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
	if r.URL.Path == EventsPath {
		s.events(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = "."
	}
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") && part != "." {
			s.notFound(w, r) // the marker, temporary files
			return
		}
	}
	info, err := s.root.Stat(name)
	if err == nil && info.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		name = path.Join(name, "index.html")
		info, err = s.root.Stat(name)
	}
	if err != nil || !info.Mode().IsRegular() {
		s.notFound(w, r)
		return
	}
	s.serveFile(w, r, name, http.StatusOK)
}

func (s *server) serveFile(w http.ResponseWriter, r *http.Request, name string, status int) {
	f, err := s.root.Open(name)
	if err != nil {
		http.Error(w, "cannot read "+name, http.StatusInternalServerError)
		return
	}
	defer f.Close()
	ctype := contentType(name)
	w.Header().Set("Content-Type", ctype)
	if !strings.HasPrefix(ctype, "text/html") {
		if status != http.StatusOK {
			w.WriteHeader(status)
			io.Copy(w, f)
			return
		}
		info, _ := f.Stat()
		http.ServeContent(w, r, name, info.ModTime(), f)
		return
	}
	page, err := io.ReadAll(f)
	if err != nil {
		http.Error(w, "cannot read "+name, http.StatusInternalServerError)
		return
	}
	page = s.inject(page)
	w.Header().Set("Content-Length", strconv.Itoa(len(page)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(page)
	}
}

// notFound answers with the site's 404 page, or a bare one.
func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	if info, err := s.root.Stat("404.html"); err == nil && info.Mode().IsRegular() {
		s.serveFile(w, r, "404.html", http.StatusNotFound)
		return
	}
	page := s.inject([]byte("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body>\n<h1>Not found</h1>\n<p>The site has no page at this address.</p>\n</body>\n</html>\n"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write(page)
}

// inject adds the live-reload script, and the error overlay while the
// build fails, before the page's last </body>. The files in the output
// folder never contain either. The caller holds s.mu.
func (s *server) inject(page []byte) []byte {
	add := s.broken + fmt.Sprintf(script, s.version, EventsPath)
	at := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+len(add))
	out = append(out, page[:at]...)
	out = append(out, add...)
	return append(out, page[at:]...)
}

// events streams rebuild events to one page. The first event, hello,
// carries the current version: a page served before a rebuild it missed
// (its stream was not yet open) reloads.
func (s *server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
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
