// Package serve is the live server: it builds a site, serves it on the
// local machine, and rebuilds it on every save, reloading the pages open
// in browsers.
//
// Watching. Notify watches the source folder recursively with fsnotify
// (Poll, for file systems without notifications, looks at every file's
// size and modification time at an interval instead). New folders are watched as
// they appear and the files already in them reported; deletes and renames
// report the old path and the new. Hidden files and folders, the output
// folder, editors' backups and temporary files, and changes of permissions
// alone are not reported. The watcher behind the Watcher interface only
// reports paths; batch groups the paths arriving close together (no change
// for 10 ms, or 250 ms after the first) into one rebuild, and keeps
// collecting while a rebuild runs, so an editor's burst of events or a
// checkout of many files costs one or two rebuilds.
//
// Rebuilding. A site.Builder turns each batch into the least work that
// stays correct: an edit to the body of a page re-renders that page alone;
// other changes plan the whole site again with the parsed theme and the
// converted markdown kept where they still hold (see site.Builder). Its output is always what a clean build makes, written
// into the output folder (public/ by default) file by file, each file
// replaced atomically, only where its bytes changed; files the site no
// longer has are deleted. A failed build writes nothing. The server holds
// the output folder's lock (outdir.Dest.Lock) until it stops, so a build or a
// second server into the same folder is refused with a message naming
// this one, instead of swapping the folder under it.
//
// Serving. The server serves the output folder and nothing else, through
// os.Root, so no path leads out of it; missing paths get the site's
// 404.html with status 404, and files get their types from their names
// (.ics is text/calendar). A rebuild holds a lock that requests wait on
// only while it writes the output folder, so a page requested while a
// rebuild loads and renders is the last good one, sent at once, and one
// requested while it writes is the rebuilt one, never a mix.
//
// Guards. The server answers only requests that name it: localhost, a
// loopback address or the --bind address (any IP address when bound to
// all of them); another name, as a DNS rebinding attack sends, gets 421
// saying which names it answers. Every answer carries
// X-Content-Type-Options: nosniff, X-Frame-Options: DENY and a
// Content-Security-Policy that runs scripts from the server only (the
// site's files and the reload script), no inline ones. A folder's address
// without its slash is redirected to its cleaned path, never to another
// host. Each write of an answer waits at most 30 s for the client, so one
// that stops reading is dropped; the event stream, quiet for hours at a
// time, is held to the same rule per event, and answers GET only.
//
// Reloading. The server adds a small script to every HTML page it sends
// (a tag for /_followup/live.js, with the page's version); the files in
// the folder never contain it. The script listens at
// /_followup/events (server-sent events). After a rebuild that changed
// only stylesheets it swaps them in place; after any other change of the
// output it reloads; when nothing in the output changed, nothing happens.
// Each page knows the version it was served at, and the stream opens with
// the current one, so a page that missed a rebuild reloads.
//
// Errors. A failed rebuild leaves the last good output served, and lays
// its errors over every page (pushed to open pages, and added to the pages
// served while the build fails): each error's file, line and message, and
// the source lines around it with the line marked. The next good build
// removes the overlay. The server never exits on an error in the site.
//
// The terminal gets one line per rebuild, what changed, pages written and
// milliseconds, followed by any errors as path:line: message:
//
//	rebuilt in 4 ms: content/guides/thank-you-email.md changed, 1 page written
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/outdir"
	"github.com/followup/followup/generator/site"
)

// Timing of batches: a batch is rebuilt after quiet without changes, and
// at most maxWait after its first change.
const (
	quiet   = 10 * time.Millisecond
	maxWait = 250 * time.Millisecond
)

// Config is what Run needs.
type Config struct {
	Source  string       // the site's source folder
	Dest    outdir.Dest  // the output folder (site.CheckDest)
	Options site.Options // Options.ContentDir, when set, is watched too
	Addr    string       // host:port to listen on; port 0 picks a free one
	// Poll, when set, looks for changes at this interval instead of
	// relying on the system's notifications.
	Poll time.Duration
	Log  io.Writer // the terminal
}

// Run builds the site, serves it and rebuilds it on every change until ctx
// is done. It returns an error only when it cannot start: errors in the
// site are shown, never fatal.
func Run(ctx context.Context, cfg Config) error {
	source, err := filepath.Abs(cfg.Source)
	if err != nil {
		return err
	}
	unlock, err := cfg.Dest.Lock() // a build now would swap the folder under us
	if err != nil {
		return err
	}
	defer unlock()
	src, closeSource, err := site.OpenSource(source, cfg.Options.ContentDir)
	if err != nil {
		return err
	}
	defer closeSource()
	builder, err := site.NewBuilder(src, cfg.Dest, cfg.Options)
	if err != nil {
		return err
	}
	dest := cfg.Dest.Dir()
	srv, err := newServer(dest, src)
	if err != nil {
		return err
	}
	builder.HoldWhileWriting(&srv.mu)
	if host, _, err := net.SplitHostPort(cfg.Addr); err == nil && host != "" {
		srv.bind = host
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w (is another server using the port? stop it, or choose another with --port; --port 0 picks a free one)", cfg.Addr, err)
	}
	w, err := startWatcher(source, dest, cfg)
	if err != nil {
		ln.Close()
		return err
	}
	defer w.Close()
	// Bounded: slow or idle clients are dropped, headers are small. The
	// write timeout covers an answer's headers and its last bytes; each
	// write of a body, and of the event stream, is given its own (see
	// deadlineWriter), so a long download or a stream quiet for hours goes
	// on while its client reads.
	httpSrv := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: writeTimeout, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	defer httpSrv.Close()

	s := &session{builder: builder, srv: srv, log: cfg.Log}
	start := time.Now()
	u, errs, _, _ := s.build(ctx, nil)
	if ctx.Err() != nil {
		return nil // stopped during the first build
	}
	if len(errs) > 0 {
		fmt.Fprintf(cfg.Log, "followup: the first build failed in %d ms; fix the errors and the pages update by themselves\n", time.Since(start).Milliseconds())
		s.printErrors(errs)
	} else {
		s.printWarnings(u)
		fmt.Fprintf(cfg.Log, "followup: built %d pages in %d ms\n", u.Pages, time.Since(start).Milliseconds())
	}
	go httpSrv.Serve(ln)
	addr := ln.Addr().(*net.TCPAddr)
	if !addr.IP.IsLoopback() {
		fmt.Fprintf(cfg.Log, "followup: listening on %s: other machines on the network can see the site\n", addr)
	}
	fmt.Fprintf(cfg.Log, "followup: serving %s at http://%s/ (press Ctrl+C to stop)\n", dest, hostPort(addr))

	batches := batch(w.Changes(), quiet, maxWait)
	for {
		select {
		case <-ctx.Done():
			return nil
		case paths, ok := <-batches:
			if !ok {
				return errors.New("the watcher stopped")
			}
			s.rebuild(ctx, paths)
		}
	}
}

func hostPort(a *net.TCPAddr) string {
	if a.IP.IsUnspecified() {
		return fmt.Sprintf("localhost:%d", a.Port)
	}
	return a.String()
}

// startWatcher watches the source folder, less the output folder, and the
// content folder when it is kept elsewhere.
func startWatcher(source, dest string, cfg Config) (Watcher, error) {
	roots := []Root{{Dir: source, Skip: []string{dest}}}
	if c := cfg.Options.ContentDir; c != "" {
		c, err := filepath.Abs(c)
		if err != nil {
			return nil, err
		}
		roots[0].Skip = append(roots[0].Skip, c, filepath.Join(source, "content"))
		roots = append(roots, Root{Dir: c, Prefix: "content", Skip: []string{dest}})
	}
	if cfg.Poll > 0 {
		return Poll(roots, cfg.Poll), nil
	}
	return Notify(roots)
}

// session is one run of the server.
type session struct {
	builder *site.Builder
	srv     *server
	log     io.Writer
}

// build builds after the changes in paths and records the result for the
// server: what to tell the open pages, or send false for nothing. The
// builder holds the server's lock only while it writes the output folder
// (site.Builder.HoldWhileWriting), so requests during a slow rebuild get
// the last good output at once. A page served between the writing and the
// recording carries the old version, and reloads when its stream opens.
func (s *session) build(ctx context.Context, paths []string) (u *site.Update, errs diag.List, ev event, send bool) {
	s.builder.Changed(paths...)
	u, err := s.builder.Build(ctx)
	errs = causesFirst(err, paths)
	s.srv.mu.Lock()
	defer s.srv.mu.Unlock()
	ev, send = s.srv.built(u, errs)
	return u, errs, ev, send
}

// rebuild builds the site after the changes in paths, then tells the
// pages and the terminal; nothing when ctx stopped it.
func (s *session) rebuild(ctx context.Context, paths []string) {
	start := time.Now()
	u, errs, ev, send := s.build(ctx, paths)
	if ctx.Err() != nil {
		return // the server is stopping
	}
	if send {
		s.srv.hub.broadcast(ev)
	}
	ms := time.Since(start).Milliseconds()
	if len(errs) > 0 {
		n := len(errs)
		fmt.Fprintf(s.log, "rebuild failed in %d ms: %s, %d %s (the last good build is still served)\n", ms, describe(paths), n, plural(n, "error", "errors"))
		s.printErrors(errs)
		return
	}
	s.printWarnings(u)
	fmt.Fprintf(s.log, "rebuilt in %d ms: %s, %s\n", ms, describe(paths), written(u))
}

// printWarnings prints the warnings of the pages a build rendered.
func (s *session) printWarnings(u *site.Update) {
	for _, w := range u.Warnings {
		fmt.Fprintln(s.log, w.Warning())
	}
}

func (s *session) printErrors(errs diag.List) {
	for _, e := range errs {
		fmt.Fprintln(s.log, e.Error())
	}
}

// describe says what changed, in a few words.
func describe(paths []string) string {
	switch {
	case len(paths) == 1 && paths[0] == ".":
		return "files changed"
	case len(paths) == 1:
		return paths[0] + " changed"
	case len(paths) <= 3:
		return strings.Join(paths, ", ") + " changed"
	}
	return fmt.Sprintf("%s and %d more changed", paths[0], len(paths)-1)
}

// written says what a build wrote.
func written(u *site.Update) string {
	pages, files := 0, len(u.Written)
	for _, f := range u.Written {
		if strings.HasSuffix(f, ".html") {
			pages++
		}
	}
	var parts []string
	if pages > 0 {
		parts = append(parts, fmt.Sprintf("%d %s written", pages, plural(pages, "page", "pages")))
	}
	if other := files - pages; other > 0 {
		parts = append(parts, fmt.Sprintf("%d other %s written", other, plural(other, "file", "files")))
	}
	if n := len(u.Removed); n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s deleted", n, plural(n, "file", "files")))
	}
	if len(parts) == 0 {
		return "no output changed"
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
