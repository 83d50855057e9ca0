package serve

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// checkLocation checks that the answer to a GET of urlPath, if a redirect,
// leads to the same host: a browser follows a Location that starts with
// // or /\ (or with them once it drops tabs and line breaks) to another.
func checkLocation(t *testing.T, srv *server, urlPath string) {
	t.Helper()
	req := httptest.NewRequest("GET", "http://127.0.0.1/", nil)
	req.URL.Path, req.URL.RawPath = urlPath, ""
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	loc := rec.Header().Get("Location")
	if loc == "" {
		return
	}
	bad := !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") ||
		strings.ContainsFunc(loc, func(r rune) bool { return r <= ' ' || r == '\\' || r >= 0x7f })
	if u, err := url.Parse(loc); err != nil || bad || req.URL.ResolveReference(u).Host != "127.0.0.1" {
		t.Fatalf("GET %q redirects to %q, which may lead to another host", urlPath, loc)
	}
}

func TestNoOpenRedirect(t *testing.T) {
	srv, ts := newTestServer(t, map[string]string{"guides/index.html": "<html><body>Guides</body></html>"})
	for _, p := range []string{
		"//evil.example/../guides",
		"/\\evil.example/../guides",
		"/\t/evil.example/../guides",
		"/guides",
	} {
		checkLocation(t, srv, p)
	}
	// As a browser sends it, over the network.
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	req, _ := http.NewRequest("GET", ts.URL, nil)
	req.URL.Opaque = "/%2Fevil.example/..%2Fguides"
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Location"); resp.StatusCode != http.StatusMovedPermanently || got != "/guides/" {
		t.Errorf("GET /%%2Fevil.example/..%%2Fguides = %s to %q, want 301 to /guides/", resp.Status, got)
	}
}

// FuzzServePath: no path is answered with a redirect to another host.
func FuzzServePath(f *testing.F) {
	srv, _ := newTestServer(f, map[string]string{
		"index.html":             "<html><body>Home</body></html>",
		"guides/index.html":      "<html><body>Guides</body></html>",
		"a b/c?d#e/index.html":   "<html><body>Odd</body></html>",
		"evil.example/x.html":    "<html><body>Odd</body></html>",
		"guides/call/index.html": "<html><body>Call</body></html>",
	})
	for _, p := range []string{"/guides", "//evil.example/../guides", "/a b/c?d#e", "/\\/evil.example/../guides/call", "/evil.example", "/./guides/../guides"} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) { checkLocation(t, srv, p) })
}
