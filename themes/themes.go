// Package themes embeds the default theme in the followup binary, so that
// `followup build --source ANY-FOLDER` works on markdown that has no theme
// of its own. The files under default/ are the theme: layouts/ (html/template
// files) and static/ (copied to the site as they are).
package themes

import (
	"embed"
	"io/fs"
)

//go:embed all:default
var files embed.FS

// Default returns the default theme's files.
func Default() fs.FS {
	sub, err := fs.Sub(files, "default")
	if err != nil {
		panic(err) // the embedded folder is fixed at compile time
	}
	return sub
}
