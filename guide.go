// Package followup holds the guide this repository ships, for `followup
// init`: content/, checklists/ and data/timeline.toml with its translations
// (data/timeline.<code>.toml), embedded in the
// followup binary so that a new site starts as a copy of them, to edit.
// The generator itself is under generator/ and cmd/followup.
package followup

import (
	"embed"
	"io/fs"
)

//go:embed all:content checklists data/timeline*.toml
var guide embed.FS

// Guide returns the shipped guide's files: content/, checklists/ and
// data/timeline*.toml, at their paths in this repository.
func Guide() fs.FS { return guide }
