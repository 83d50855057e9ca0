package rewrite

import (
	"bytes"
	"io"

	xhtml "golang.org/x/net/html"
)

// IDs returns every id the HTML defines, in order.
func IDs(src []byte) []string { return IDsFrom(bytes.NewReader(src)) }

// IDsFrom is IDs of the HTML read from src.
func IDsFrom(src io.Reader) []string {
	var ids []string
	z := xhtml.NewTokenizer(src)
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return ids
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			for _, more := z.TagName(); more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				if string(k) == "id" && len(v) > 0 {
					ids = append(ids, string(v))
				}
			}
		}
	}
}
