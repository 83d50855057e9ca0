//go:build !unix

package outdir

import "os"

func writeFile(name string, data []byte) error { return os.WriteFile(name, data, filePerm) }
