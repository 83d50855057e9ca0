package serve

import (
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

// writeTimeout is how long a client may take to accept each piece of an
// answer before the server gives up on it: a client that asks and never
// reads holds no goroutine and no file for longer.
const writeTimeout = 30 * time.Second

// policy is the Content-Security-Policy of everything the server sends.
// Scripts come only from the server itself (the site's own files and the
// live-reload script, /_followup/live.js): an inline script or an event
// handler attribute in a page, as hostile HTML would bring, does not run.
// Inline styles are allowed, for the error overlay and the pages' own.
// No other site may frame a page.
const policy = "default-src 'self' https: data:; script-src 'self'; style-src 'self' 'unsafe-inline' https:; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// secure sets the headers every answer carries.
func secure(h http.Header) {
	h.Set("Content-Security-Policy", policy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
}

// knownHost reports whether a request's Host names this server: localhost,
// a loopback address, the address it is bound to, or any IP address when
// it is bound to all of them. Any other name is refused, so a page of
// another site whose name is made to resolve to this machine (DNS
// rebinding) cannot read the site or its event stream.
func knownHost(hostport, bind string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "localhost" || host == bind {
		return true
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false
	}
	b := net.ParseIP(bind)
	return ip.IsLoopback() || ip.Equal(b) || (b != nil && b.IsUnspecified())
}

// refuseHost answers a request for a name this server does not have.
func refuseHost(w http.ResponseWriter, host, bind string) {
	http.Error(w, fmt.Sprintf("followup serve answers requests for localhost, 127.0.0.1, [::1] or its --bind address (%s), not for %q: open the address it printed when it started", bind, host), http.StatusMisdirectedRequest)
}

// deadlineWriter gives each write of an answer writeTimeout to go out:
// a slow client is served as long as it reads, one that stops reading is
// dropped. The event stream, which may be quiet for hours, writes under
// the same rule, so only a page that stops taking events is dropped.
type deadlineWriter struct {
	http.ResponseWriter
	rc      *http.ResponseController
	timeout time.Duration
}

func newDeadlineWriter(w http.ResponseWriter, timeout time.Duration) deadlineWriter {
	return deadlineWriter{w, http.NewResponseController(w), timeout}
}

func (w deadlineWriter) Write(p []byte) (int, error) {
	w.rc.SetWriteDeadline(time.Now().Add(w.timeout))
	return w.ResponseWriter.Write(p)
}

func (w deadlineWriter) Flush() {
	w.rc.SetWriteDeadline(time.Now().Add(w.timeout))
	w.rc.Flush()
}

func (w deadlineWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
