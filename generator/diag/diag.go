// Package diag carries build errors that point at a place in a file.
//
// Every error a user can cause (a bad front matter key, an unknown checklist,
// a template that fails) is reported as an *Error: the path of the file,
// relative to the site's source folder, the 1-based line when one is known,
// and a message that says what is wrong and what to do about it. Printed, it
// reads like a compiler diagnostic:
//
//	content/guides/after.md:12: unknown checklist "x": the checklists are ...
//
// A build collects every error it meets in a List rather than stopping at the
// first, so that an author fixes them all in one pass. List.Err sorts the
// errors by path and line, which keeps the report the same from run to run
// however the work was scheduled.
//
// Packages that parse a document without knowing its file name (the YAML and
// TOML decoder, the markdown converter) return errors with a line only; the
// caller that knows the file calls Locate to fill in the path and, for a
// document embedded at some line of a larger file, to shift the line numbers.
//
// Some findings are errors only because a site wants them to be: a link to
// nothing, a front-matter key Followup does not know. They carry a Kind
// (Warnf), and the build splits its List with the site's Warnings (from
// followup.toml's [checks]; none under --strict): the kinds held there are
// printed as warnings, at their file and line like errors
// ("content/a.md:3: warning: unknown key "keywords" [unknown_keys]"), with
// a closing count by kind (List.Count), and the build succeeds. A step that
// finds only warnings goes on with what it has (a page with an unknown key
// is built without it).
package diag

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Error is a problem at a place in a source file.
type Error struct {
	Path string // file path relative to the source folder, with forward slashes; may be empty
	Line int    // 1-based line; 0 when unknown
	Msg  string // what is wrong and what to do, lower-case, no trailing period
	Err  error  // an underlying error, if any, for errors.Is/As
	// Kind is the check that found it, for a finding a site may make a
	// warning (Warnings); "" for an error that is always one.
	Kind Kind
	// Earlier is an earlier line that Msg names with FirstAt (a key set
	// twice: where it was first set); 0 when none. Locate shifts it with Line.
	Earlier int
}

// FirstAt is how a message names an earlier line: "first at line 3".
func FirstAt(line int) string { return fmt.Sprintf("first at line %d", line) }

// Errorf returns an error at path and line.
func Errorf(path string, line int, format string, args ...any) *Error {
	e := &Error{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
	for _, a := range args {
		if err, ok := a.(error); ok {
			e.Err = err
			break
		}
	}
	return e
}

func (e *Error) Error() string {
	switch {
	case e.Path != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	case e.Path != "":
		return e.Path + ": " + e.Msg
	case e.Line > 0:
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// List is a set of errors from one build. The zero value is empty and ready.
type List []*Error

// Add appends err, flattening Lists and wrapping plain errors. Nil is ignored.
func (l *List) Add(err error) {
	if err == nil {
		return
	}
	var list List
	var e *Error
	switch {
	case errors.As(err, &list):
		*l = append(*l, list...)
	case errors.As(err, &e) && e.Error() == err.Error():
		*l = append(*l, e)
	default:
		*l = append(*l, &Error{Msg: err.Error(), Err: err})
	}
}

// Err returns nil for an empty list, else the list sorted by path and line,
// with exact duplicates removed.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	out := make(List, len(l))
	copy(out, l)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Msg < out[j].Msg
	})
	dedup := out[:1]
	for _, e := range out[1:] {
		if last := dedup[len(dedup)-1]; e.Error() != last.Error() {
			dedup = append(dedup, e)
		}
	}
	return dedup
}

func (l List) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Errors returns the positioned errors inside err: the members of a List, a
// single *Error, or a plain error wrapped without a place.
func Errors(err error) List {
	var l List
	l.Add(err)
	return l
}

// Locate returns err with path set on every error that has none, and every
// line number shifted by lineOffset (for a document that starts after line
// lineOffset of the file). Errors that already name a path are left as they are.
func Locate(err error, path string, lineOffset int) error {
	if err == nil {
		return nil
	}
	l := Errors(err)
	out := make(List, len(l))
	for i, e := range l {
		c := *e
		if c.Path == "" {
			c.Path = path
			if c.Line > 0 {
				c.Line += lineOffset
			}
			if c.Earlier > 0 && lineOffset != 0 {
				c.Msg = strings.Replace(c.Msg, FirstAt(c.Earlier), FirstAt(c.Earlier+lineOffset), 1)
				c.Earlier += lineOffset
			}
		}
		out[i] = &c
	}
	if len(out) == 1 {
		return out[0]
	}
	return out
}
