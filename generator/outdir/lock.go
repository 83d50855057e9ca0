package outdir

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// Who holds a destination folder, written into its lock file.
const (
	holderBuild = "build"
	holderServe = "serve"
)

// Lock keeps other followup processes out of the folder until unlock is
// called: `followup serve` holds it for as long as it runs, as it writes
// into the folder after every save; Replace holds it while it replaces the
// folder. The lock is a file that says who holds it, named after the
// folder's path in a folder of the user's own (lockFile), not next to the
// output, where a web root would serve it.
//
// A build (Replace) waits for another build of the same folder to finish.
// A folder that serve holds is refused at once with an error that says so,
// as is a second serve: waiting would last until the server stops.
func (d Dest) Lock() (unlock func(), err error) { return lockDest(d.dir, holderServe) }

func lockDest(dest, holder string) (func(), error) {
	if err := os.MkdirAll(filepath.Dir(dest), dirPerm); err != nil {
		return nil, err
	}
	path, err := lockFile(dest)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("cannot create the lock file %s: %w", path, err)
	}
	busy, err := flock(f, false)
	if err == nil && busy {
		who, pid := readHolder(f)
		if who == holderServe || holder == holderServe {
			f.Close()
			return nil, busyError(dest, who, pid)
		}
		_, err = flock(f, true) // another build: wait for it
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("cannot lock %s: %w", path, err)
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(holder+" "+strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() {
		f.Truncate(0)
		funlock(f)
		f.Close()
	}, nil
}

// lockFile returns the lock file of the output folder dest (an absolute
// path): <hash of dest>.lock in $XDG_RUNTIME_DIR/followup, else in
// followup-<uid> in the system's temporary folder, made 0700 and refused
// when another user owns it or can write into it.
func lockFile(dest string) (string, error) {
	dir := filepath.Join(os.TempDir(), "followup-"+strconv.Itoa(os.Getuid()))
	if run := os.Getenv("XDG_RUNTIME_DIR"); run != "" && filepath.IsAbs(run) {
		dir = filepath.Join(run, "followup")
	}
	if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("cannot create the folder of lock files %s: %w", dir, err)
	}
	info, err := os.Lstat(dir)
	if err != nil {
		return "", err
	}
	if !info.IsDir() || info.Mode().Perm()&0o022 != 0 || !ownedBySelf(info) {
		return "", fmt.Errorf("%s, the folder of followup's lock files, is not a folder of this user's only: remove it", dir)
	}
	sum := sha256.Sum256([]byte(dest))
	return filepath.Join(dir, hex.EncodeToString(sum[:12])+".lock"), nil
}

// readHolder reads who holds a lock file, and their process id: "" and 0
// when it does not say (a holder that has not written it yet).
func readHolder(f *os.File) (string, int) {
	buf := make([]byte, 64)
	n, _ := f.ReadAt(buf, 0)
	who, pid, _ := bytes.Cut(bytes.TrimSpace(buf[:n]), []byte(" "))
	id, _ := strconv.Atoi(string(pid))
	return string(who), id
}

// busyError says who holds a folder and what to do.
func busyError(dest, who string, pid int) error {
	by := "another followup"
	switch who {
	case holderServe:
		by = "followup serve"
	case holderBuild:
		by = "followup build"
	}
	if pid > 0 {
		by += fmt.Sprintf(" (process %d)", pid)
	}
	return fmt.Errorf("%s is in use by %s: stop it, or give this command another folder with --dest", dest, by)
}
