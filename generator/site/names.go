package site

import (
	"errors"
	"io/fs"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
)

// checkContentDir is an error when the source folder has no content/: a
// build of it would be a home page with nothing on it, most likely from
// the wrong folder.
func checkContentDir(src fs.FS) error {
	info, err := fs.Stat(src, content.Dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return diag.Errorf(content.Dir+"/", 0, "the source folder has no content/ folder, where the pages are: build from the site's folder (or give it with --source), write a first page with followup new content/_index.md, or start a site with followup init")
	case err == nil && !info.IsDir():
		return diag.Errorf(content.Dir, 0, "is a file, not the folder of the pages: move it away and write the pages under content/")
	}
	return nil
}
