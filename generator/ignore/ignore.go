// Package ignore says which files of a source folder no part of a build
// reads. It is a leaf, so that the loaders of content and themes and the
// live server's watcher agree without importing one another.
package ignore

import "strings"

// Name reports the names of files and folders no part of a build reads,
// anywhere in the source folder: hidden ones, and what editors leave while
// saving (backups "name~", swap files ".swp" and ".swx", "#name#",
// temporary files ".tmp", ".crdownload" and JetBrains' "___jb_", vim's
// "4913" probe). The live server reports changes to everything else, and
// its Builder acts on those a build reads.
func Name(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") ||
		strings.HasSuffix(name, ".tmp") || strings.HasSuffix(name, ".crdownload") ||
		strings.Contains(name, "___jb_") || name == "4913" ||
		(strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"))
}
