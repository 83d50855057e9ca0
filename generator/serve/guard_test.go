package serve

import (
	"io"
	"net"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestKnownHost(t *testing.T) {
	for _, c := range []struct {
		bind, host string
		want       bool
	}{
		{"127.0.0.1", "127.0.0.1:1313", true},
		{"127.0.0.1", "localhost:1313", true},
		{"127.0.0.1", "LOCALHOST.:1313", true},
		{"127.0.0.1", "[::1]:1313", true},
		{"127.0.0.1", "127.0.0.1", true},
		{"127.0.0.1", "evil.example:1313", false}, // DNS rebinding
		{"127.0.0.1", "localhost.evil.example", false},
		{"127.0.0.1", "192.168.1.5:1313", false},
		{"127.0.0.1", "", false},
		{"192.168.1.5", "192.168.1.5:1313", true},
		{"192.168.1.5", "10.0.0.1:1313", false},
		{"0.0.0.0", "10.0.0.1:1313", true}, // every interface: any address of this machine
		{"0.0.0.0", "[fe80::1]:1313", true},
		{"0.0.0.0", "mybox.local:1313", false},
		{"localhost", "localhost:1313", true},
	} {
		if got := knownHost(c.host, c.bind); got != c.want {
			t.Errorf("knownHost(%q, bind %q) = %v, want %v", c.host, c.bind, got, c.want)
		}
	}
}

// TestGuards: each kind of answer carries the security headers, a name
// the server does not have gets 421 with what to do, the event stream
// answers GET only.
func TestGuards(t *testing.T) {
	srv, _ := newTestServer(t, map[string]string{"index.html": "<html><body>Home</body></html>", "guides/index.html": "<p>G</p>", "a.css": "p{}"})
	for _, c := range []struct {
		method, path, host string
		status             int
		has                string
	}{
		{"GET", "/", "127.0.0.1:1313", 200, "Home"},
		{"GET", "/a.css", "localhost:1313", 200, "p{}"},
		{"GET", "/nothing", "[::1]:1313", 404, "Not found"},
		{"GET", "/guides", "127.0.0.1:1313", 301, ""},
		{"GET", ScriptPath, "127.0.0.1:1313", 200, "EventSource"},
		{"GET", "/", "evil.example:1313", 421, `not for "evil.example:1313": open the address it printed`},
		{"GET", EventsPath, "evil.example:1313", 421, "--bind address"},
		{"POST", EventsPath, "127.0.0.1:1313", 405, "GET only"},
		{"DELETE", "/", "127.0.0.1:1313", 405, "method not allowed"},
	} {
		req := httptest.NewRequest(c.method, "http://127.0.0.1"+c.path, nil)
		req.Host = c.host
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		body := rec.Body.String()
		if rec.Code != c.status || !strings.Contains(body, c.has) {
			t.Errorf("%s %s (Host %s) = %d %.100q, want %d with %q", c.method, c.path, c.host, rec.Code, body, c.status, c.has)
		}
		if c.status == 421 {
			continue
		}
		h := rec.Header()
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" || !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("%s %s: headers %v, want nosniff, DENY and a Content-Security-Policy", c.method, c.path, h)
		}
	}
}

// TestClientThatNeverReads: a client that asks for a large file and
// reads nothing is dropped once a write has waited the server's patience;
// the file is not sent to it whole. (A client that reads takes as long as
// it needs: each write has a deadline of its own.)
func TestClientThatNeverReads(t *testing.T) {
	srv, ts := newTestServer(t, nil)
	srv.patience = 100 * time.Millisecond
	size := 64 << 20 // far more than the sockets hold
	write(t, filepath.Join(srv.root.Name(), "big.bin"), strings.Repeat("x", size))
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // reads nothing; the server's write times out meanwhile
	conn.SetReadDeadline(time.Now().Add(time.Minute))
	n, _ := io.Copy(io.Discard, conn)
	if n >= int64(size) {
		t.Errorf("the client that did not read got all %d bytes; want it dropped", n)
	}
}
