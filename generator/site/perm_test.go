package site

import (
	"io/fs"
	"path/filepath"
	"syscall"
	"testing"
)

// TestOutputModes builds under two umasks: every folder of the output, its
// root included, is 0777 less the umask and every file 0666 less it, as
// the files a live server rewrites one by one (outdir.Dest.WriteFile).
func TestOutputModes(t *testing.T) {
	for _, umask := range []int{0o022, 0o027} {
		old := syscall.Umask(umask)
		src := t.TempDir()
		dest := filepath.Join(src, "public")
		writeTree(t, src, goodSite)
		_, err := build(src, dest, testOpts)
		if err == nil {
			err = mustDest(t, dest).WriteFile("guides/a/index.html", []byte("rewritten"))
		}
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		wantDir, wantFile := fs.FileMode(0o777&^umask), fs.FileMode(0o666&^umask)
		n := 0
		filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				t.Fatal(err)
			}
			info, _ := d.Info()
			want := wantFile
			if d.IsDir() {
				want = wantDir
			}
			if info.Mode().Perm() != want {
				t.Errorf("umask %03o: %s is %v, want %v", umask, p, info.Mode().Perm(), want)
			}
			n++
			return nil
		})
		if n < 10 {
			t.Fatalf("umask %03o: only %d entries in the output", umask, n)
		}
	}
}
