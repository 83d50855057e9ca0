package diag

import "io/fs"

// NotAFile is the error for an input that is a named pipe, a socket or a
// device: a build reads files only, and never opens one of these (opening
// a FIFO to read waits for a writer, for ever).
type NotAFile struct{ Mode fs.FileMode }

func (e NotAFile) Error() string {
	what := "not a regular file"
	switch {
	case e.Mode&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case e.Mode&fs.ModeSocket != 0:
		what = "a socket"
	case e.Mode&fs.ModeDevice != 0:
		what = "a device"
	}
	return "it is " + what + ", not a file: remove it, or put a file in its place"
}

// OutsideLink is the error for an input that is a symbolic link (or lies
// in a folder that is one) leading out of the site folder: a build reads
// only what is inside it.
type OutsideLink struct{}

func (OutsideLink) Error() string {
	return "it is a symbolic link leading out of the site folder, which a build does not follow: copy the file into the site folder instead of linking to it"
}
