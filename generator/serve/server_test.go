package serve

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/outdir"
	"github.com/followup/followup/generator/site"
)

func newTestServer(t testing.TB, files map[string]string) (*server, *httptest.Server) {
	t.Helper()
	dest := t.TempDir()
	for name, text := range files {
		write(t, filepath.Join(dest, name), text)
	}
	src := fstest.MapFS{"content/x.md": {Data: []byte("---\ntitle: X\ntitel: Y\n---\n<b>Body</b>\n")}}
	srv, err := newServer(dest, src)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts
}

// readEvent reads one server-sent event.
func readEvent(t *testing.T, r *bufio.Reader) event {
	t.Helper()
	var ev event
	var data []string
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("reading the event stream: %v", err)
		}
		line = strings.TrimSuffix(line, "\n")
		switch {
		case line == "":
			ev.data = strings.Join(data, "\n")
			return ev
		case strings.HasPrefix(line, "event: "):
			ev.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data = append(data, strings.TrimPrefix(line, "data: "))
		}
	}
}

// rebuilt plays a rebuild's end on the server, as session.rebuild does.
func rebuilt(srv *server, u *site.Update, err error) {
	srv.mu.Lock()
	ev, send := srv.built(u, diag.Errors(err))
	srv.mu.Unlock()
	if send {
		srv.hub.broadcast(ev)
	}
}

func TestEvents(t *testing.T) {
	srv, ts := newTestServer(t, map[string]string{"index.html": "<html><body>Hi</body></html>"})
	resp, err := http.Get(ts.URL + EventsPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("Content-Type = %q, want text/event-stream", ct)
	}
	r := bufio.NewReader(resp.Body)
	if ev := readEvent(t, r); ev != (event{"hello", "0"}) {
		t.Fatalf("first event = %+v, want hello 0", ev)
	}
	for srv.hub.count() == 0 {
		time.Sleep(time.Millisecond)
	}
	steps := []struct {
		what string
		u    *site.Update
		err  error
		want string // event name; "" for none
	}{
		{"a page changed", &site.Update{Written: []string{"guides/x/index.html"}}, nil, "reload"},
		{"nothing changed", &site.Update{}, nil, ""},
		{"only a stylesheet changed", &site.Update{Written: []string{"css/site.css"}}, nil, "css"},
		{"a file was deleted", &site.Update{Removed: []string{"old/index.html"}}, nil, "reload"},
		{"the build failed", nil, diag.Errorf("content/x.md", 3, "unknown key %q", "titel"), "error"},
		{"the file was put back as it was", &site.Update{}, nil, "ok"},
		{"nothing again", &site.Update{}, nil, ""},
		{"a page changed again", &site.Update{Written: []string{"index.html", "css/site.css"}}, nil, "reload"},
	}
	for _, s := range steps {
		rebuilt(srv, s.u, s.err)
		if s.want == "" {
			continue // checked by the next event being the next step's
		}
		ev := readEvent(t, r)
		if ev.name != s.want {
			t.Fatalf("%s: event %q, want %q", s.what, ev.name, s.want)
		}
		if s.want == "error" {
			for _, want := range []string{"content/x.md:3", "unknown key &#34;titel&#34;", "&gt;    3 | titel: Y", "&lt;b&gt;Body&lt;/b&gt;"} {
				if !strings.Contains(ev.data, want) {
					t.Errorf("error overlay lacks %q:\n%s", want, ev.data)
				}
			}
		}
	}
}

func TestServeFiles(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	write(t, outside, "secret")
	srv, ts := newTestServer(t, map[string]string{
		"index.html":          "<!DOCTYPE html><html><body><p>Home</p></body></html>",
		"guides/x/index.html": "<html><body>X</body></html>",
		"404.html":            "<html><body>Not here</body></html>",
		"calendar/steps.ics":  "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
		"css/site.css":        "body{}",
		outdir.Marker:         "marker",
		"feed.xml":            "<feed/>",
	})
	if err := os.Symlink(outside, filepath.Join(srv.root.Name(), "escape.txt")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path, status, ctype, has string
		script                   bool
	}{
		{"/", "200", "text/html; charset=utf-8", "<p>Home</p>", true},
		{"/guides/x/", "200", "text/html; charset=utf-8", "X", true},
		{"/calendar/steps.ics", "200", "text/calendar; charset=utf-8", "BEGIN:VCALENDAR", false},
		{"/css/site.css", "200", "text/css; charset=utf-8", "body{}", false},
		{"/feed.xml", "200", "application/xml; charset=utf-8", "<feed/>", false},
		{"/no/such/page/", "404", "text/html; charset=utf-8", "Not here", true},
		{"/" + outdir.Marker, "404", "text/html; charset=utf-8", "Not here", true},
		{"/../../../etc/passwd", "404", "text/html; charset=utf-8", "Not here", true},
		{"/escape.txt", "404", "text/html; charset=utf-8", "Not here", true},
		{"/guides/%2e%2e/%2e%2e/secret.txt", "404", "text/html; charset=utf-8", "Not here", true},
		{"/guides/x/index.html%00.css", "404", "text/html; charset=utf-8", "Not here", true},
		{"/%2fetc%2fpasswd", "404", "text/html; charset=utf-8", "Not here", true},
		{"/.//etc/passwd", "404", "text/html; charset=utf-8", "Not here", true}, // "//etc/passwd" would be sent as http://etc/passwd, for host etc
		{"/..%2f..%2f..%2fetc%2fpasswd", "404", "text/html; charset=utf-8", "Not here", true},
		{"/guides\\..\\..\\secret.txt", "404", "text/html; charset=utf-8", "Not here", true},
	} {
		req, _ := http.NewRequest("GET", ts.URL, nil)
		req.URL.Opaque = c.path // sent as written, dots and all
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got := string(body)
		if resp.Status[:3] != c.status || resp.Header.Get("Content-Type") != c.ctype || !strings.Contains(got, c.has) || strings.Contains(got, "followup-live") != c.script {
			t.Errorf("GET %s = %s %q script=%v %.80q; want %s %q script=%v containing %q", c.path, resp.Status, resp.Header.Get("Content-Type"), strings.Contains(got, "followup-live"), got, c.status, c.ctype, c.script, c.has)
		}
		if strings.Contains(got, "secret") {
			t.Errorf("GET %s leaked a file from outside the output folder", c.path)
		}
	}
	resp, err := http.Get(ts.URL + "/guides/x")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Request.URL.Path != "/guides/x/" {
		t.Errorf("GET /guides/x ended at %s, want a redirect to /guides/x/", resp.Request.URL.Path)
	}
	page, _ := os.ReadFile(filepath.Join(srv.root.Name(), "index.html"))
	if strings.Contains(string(page), "followup") {
		t.Errorf("the script was written into the file: %s", page)
	}
}

func TestInjectBeforeBody(t *testing.T) {
	srv := &server{broken: "<div id=\"followup-error\"></div>"}
	srv.setTail()
	got := string(srv.inject([]byte("<html><body><p>a</p></BODY>\n</html>\n")))
	want := "<html><body><p>a</p><div id=\"followup-error\"></div><script id=\"followup-live\" src=\"/_followup/live.js\" data-version=\"0\" data-events=\"/_followup/events\"></script>\n</BODY>\n</html>\n"
	if got != want {
		t.Errorf("inject = %q, want the overlay and script just before </BODY>", got)
	}
}

// getLater sends a request and returns where its body (or error) will be.
func getLater(url string) <-chan string {
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get(url)
		if err != nil {
			got <- err.Error()
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- string(body)
	}()
	return got
}

// TestRequestWaitsForRebuild checks that a page requested while a rebuild
// holds the lock is answered after it, with the rebuilt file.
func TestRequestWaitsForRebuild(t *testing.T) {
	srv, ts := newTestServer(t, map[string]string{"index.html": "<html><body>old</body></html>"})
	srv.mu.Lock()
	got := getLater(ts.URL + "/")
	select {
	case body := <-got:
		t.Fatalf("answered during the rebuild: %.40q", body)
	case <-time.After(100 * time.Millisecond):
	}
	write(t, filepath.Join(srv.root.Name(), "index.html"), "<html><body>new</body></html>")
	srv.mu.Unlock()
	if body := <-got; !strings.Contains(body, "new") {
		t.Errorf("after the rebuild: %.40q, want the new page", body)
	}
}

// TestStalledClientDoesNotBlockRebuilds: a client that asks for a large
// file and never reads it does not keep the next rebuild (which takes the
// lock for writing) or other requests waiting.
func TestStalledClientDoesNotBlockRebuilds(t *testing.T) {
	srv, ts := newTestServer(t, map[string]string{"index.html": "<html><body>home</body></html>"})
	big := strings.Repeat("x", 64<<20) // far more than the sockets buffer
	write(t, filepath.Join(srv.root.Name(), "big.bin"), big)
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	// Wait until the server is sending the file (it fills the socket and blocks).
	first := make([]byte, 1)
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := conn.Read(first); err != nil {
		t.Fatal(err)
	}
	locked := make(chan struct{})
	go func() {
		srv.mu.Lock() // what a rebuild does
		srv.mu.Unlock()
		close(locked)
	}()
	select {
	case <-locked:
	case <-time.After(10 * time.Second):
		t.Fatal("a rebuild waited for a client that does not read")
	}
	resp, err := http.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("another request during the stalled one: %s", resp.Status)
	}
}
