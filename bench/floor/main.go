// Command floor measures the floor of a clean build on a corpus: reading
// every markdown file and converting it with goldmark alone (GitHub
// extensions, typographer, heading ids), on every core, writing nothing.
// The shared harness's README quotes this figure (1.55 s for 10k pages on
// its machine); bench/compare.sh prints it beside the builds.
//
//	go run ./bench/floor DIR
package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: floor CORPUS_DIR")
		os.Exit(2)
	}
	start := time.Now()
	var files []string
	filepath.WalkDir(os.Args[1], func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Typographer), goldmark.WithParserOptions(parser.WithAutoHeadingID()))
	work := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			var out bytes.Buffer
			for f := range work {
				src, err := os.ReadFile(f)
				if err != nil {
					panic(err)
				}
				out.Reset()
				if err := md.Convert(src, &out); err != nil {
					panic(err)
				}
			}
		})
	}
	for _, f := range files {
		work <- f
	}
	close(work)
	wg.Wait()
	fmt.Printf("floor: read and converted %d files with goldmark alone in %.2f s\n", len(files), time.Since(start).Seconds())
}
