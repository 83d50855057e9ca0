//go:build !unix

package site

import "os"

func writeFile(name string, data []byte) error { return os.WriteFile(name, data, filePerm) }
