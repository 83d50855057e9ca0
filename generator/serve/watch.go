package serve

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/followup/followup/generator/ignore"
)

// Root is a folder to watch. A file under Dir is reported as Prefix joined
// with its path below Dir, with forward slashes.
type Root struct {
	Dir    string   // absolute
	Prefix string   // "" for the source folder; "content" for a content folder kept elsewhere
	Skip   []string // absolute folders inside Dir not to watch (the output folder)
}

// A Watcher reports the paths of files and folders that changed below its
// roots. Paths are relative to the source folder ("content/guides/x.md");
// "." means anything may have changed (the system lost events).
type Watcher interface {
	Changes() <-chan string
	Close() error
}

// rel maps an absolute path to the path it is reported as, or false when
// it is not watched.
func rel(roots []Root, name string) (string, bool) {
	for _, r := range roots {
		sub, err := filepath.Rel(r.Dir, name)
		if err != nil || sub == ".." || strings.HasPrefix(sub, ".."+string(filepath.Separator)) {
			continue
		}
		for _, s := range r.Skip {
			if name == s || strings.HasPrefix(name, s+string(filepath.Separator)) {
				return "", false
			}
		}
		sub = filepath.ToSlash(sub)
		if sub == "." {
			return "", false // the root itself
		}
		for _, part := range strings.Split(sub, "/") {
			if ignore.Name(part) {
				return "", false
			}
		}
		if r.Prefix != "" {
			sub = r.Prefix + "/" + sub
		}
		return sub, true
	}
	return "", false
}

// notifyWatcher watches with the system's notifications (inotify, kqueue,
// ReadDirectoryChangesW) through fsnotify, one watch per folder: it adds
// new folders as they appear, and reports the files already in them.
type notifyWatcher struct {
	w     *fsnotify.Watcher
	roots []Root
	out   chan string
}

// Notify starts watching roots recursively.
func Notify(roots []Root) (Watcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	n := &notifyWatcher{w: w, roots: roots, out: make(chan string, 256)}
	for _, r := range roots {
		if err := n.addTree(r.Dir, false); err != nil {
			w.Close()
			return nil, err
		}
	}
	go n.loop()
	return n, nil
}

func (n *notifyWatcher) Changes() <-chan string { return n.out }
func (n *notifyWatcher) Close() error           { return n.w.Close() }

func (n *notifyWatcher) loop() {
	defer close(n.out)
	for {
		select {
		case ev, ok := <-n.w.Events:
			if !ok {
				return
			}
			n.handle(ev)
		case err, ok := <-n.w.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				n.out <- "."
			}
		}
	}
}

func (n *notifyWatcher) handle(ev fsnotify.Event) {
	if ev.Op == fsnotify.Chmod {
		return // a permission or time change alone: nothing to build
	}
	p, ok := rel(n.roots, ev.Name)
	if !ok {
		return
	}
	if ev.Has(fsnotify.Create) {
		if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
			n.addTree(ev.Name, true)
		}
	}
	n.out <- p
}

// addTree watches dir and the folders below it; with report set it also
// reports the files in them, which were made before the watch began.
func (n *notifyWatcher) addTree(dir string, report bool) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && !report {
				return err
			}
			return nil // vanished meanwhile
		}
		r, watched := rel(n.roots, p)
		if p != dir && !watched {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if err := n.w.Add(p); err != nil && p == dir && !report {
				return err
			}
			return nil
		}
		if report {
			n.out <- r
		}
		return nil
	})
}

// pollWatcher looks at every file's size and modification time at an interval,
// for file systems that send no notifications (network drives, some
// virtual machines' shared folders).
type pollWatcher struct {
	roots []Root
	out   chan string
	stop  chan struct{}
}

type stamp struct {
	size int64
	mod  time.Time
}

// Poll starts polling roots every interval.
func Poll(roots []Root, interval time.Duration) Watcher {
	w := &pollWatcher{roots: roots, out: make(chan string, 256), stop: make(chan struct{})}
	go w.loop(w.scan(), interval)
	return w
}

func (w *pollWatcher) Changes() <-chan string { return w.out }

func (w *pollWatcher) Close() error {
	close(w.stop)
	return nil
}

func (w *pollWatcher) loop(last map[string]stamp, interval time.Duration) {
	defer close(w.out)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-w.stop:
			return
		case <-t.C:
		}
		now := w.scan()
		for p, s := range now {
			if old, ok := last[p]; !ok || old != s {
				w.out <- p
			}
		}
		for p := range last {
			if _, ok := now[p]; !ok {
				w.out <- p
			}
		}
		last = now
	}
}

func (w *pollWatcher) scan() map[string]stamp {
	files := map[string]stamp{}
	for _, r := range w.roots {
		filepath.WalkDir(r.Dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || p == r.Dir {
				return nil
			}
			name, ok := rel(w.roots, p)
			if !ok {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil // its files tell what changed
			}
			if info, err := d.Info(); err == nil {
				files[name] = stamp{info.Size(), info.ModTime()}
			}
			return nil
		})
	}
	return files
}
