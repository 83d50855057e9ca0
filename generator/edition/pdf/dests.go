package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
)

// Destinations reads the named destinations of a PDF Chromium printed,
// and returns the sheet (1 for the first) each one is on. Chromium names
// a destination after every element id that a link of the page leads to,
// in the catalog's /Dests dictionary, each an array that starts with the
// page's object; the pages are the leaves of the /Pages tree, in order.
func Destinations(data []byte) (map[string]int, error) {
	objs := objects(data)
	catalog := catalogRe.FindSubmatch(data)
	if catalog == nil {
		return nil, errors.New("the PDF has no catalog")
	}
	var pages []int
	var walk func(n, depth int) error
	walk = func(n, depth int) error {
		body, ok := objs[n]
		if !ok || depth > 32 {
			return fmt.Errorf("the PDF's page tree is broken at object %d", n)
		}
		kids := kidsRe.FindSubmatch(body)
		if kids == nil {
			pages = append(pages, n)
			return nil
		}
		for _, ref := range refRe.FindAllSubmatch(kids[1], -1) {
			k, _ := strconv.Atoi(string(ref[1]))
			if err := walk(k, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	root, _ := strconv.Atoi(string(catalog[1]))
	if err := walk(root, 0); err != nil {
		return nil, err
	}
	sheet := map[int]int{}
	for i, n := range pages {
		sheet[n] = i + 1
	}
	dests := map[string]int{}
	if catalog[2] == nil {
		return dests, nil // no link leads within the document
	}
	d, _ := strconv.Atoi(string(catalog[2]))
	for _, m := range destRe.FindAllSubmatch(objs[d], -1) {
		n, _ := strconv.Atoi(string(m[2]))
		if s, ok := sheet[n]; ok {
			dests[pdfName(m[1])] = s
		}
	}
	return dests, nil
}

var (
	objRe     = regexp.MustCompile(`(?m)^(\d+) 0 obj\b`)
	catalogRe = regexp.MustCompile(`/Type /Catalog\s*/Pages (\d+) 0 R(?:\s*/Dests (\d+) 0 R)?`)
	kidsRe    = regexp.MustCompile(`/Kids \[([^\]]*)\]`)
	refRe     = regexp.MustCompile(`(\d+) 0 R`)
	destRe    = regexp.MustCompile(`/([^\s/\[\]()<>{}%]+) \[(\d+) 0 R`)
)

// objects returns the text of each numbered object of the file, up to
// its endobj (streams included, which the patterns never match).
func objects(data []byte) map[int][]byte {
	objs := map[int][]byte{}
	for _, loc := range objRe.FindAllSubmatchIndex(data, -1) {
		n, _ := strconv.Atoi(string(data[loc[2]:loc[3]]))
		body := data[loc[1]:]
		if end := bytes.Index(body, []byte("endobj")); end >= 0 {
			body = body[:end]
		}
		objs[n] = body
	}
	return objs
}

// pdfName decodes a PDF name's #xx escapes: "part#2D1" is "part-1".
func pdfName(b []byte) string {
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}
