package markdown

import (
	"bytes"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// linkOnly registers nodeRenderer.link alone.
type linkOnly struct{ r *nodeRenderer }

func (l linkOnly) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindLink, l.r.link)
}

// TestLinkAsGoldmark: links render byte for byte as goldmark's own
// renderer writes them, safe or not, with titles and attributes.
func TestLinkAsGoldmark(t *testing.T) {
	for _, src := range []string{
		`[a](https://example.com/x?y=1&z=2 "T<i>tle")`,
		`[a](/guides/thank-you-email/#when)`,
		`[a](<with space> 'single')`,
		`[a](JavaScript:alert(1))`, `[a](VBSCRIPT:x)`, `[a](File:///etc/passwd)`,
		`[a](data:text/html,<b>)`, `[a](DATA:image/PNG;base64,AAAA)`, `[a](data:image/svg+xml,x)`, `[a](data:image/)`,
		`[a](javascr%C4%B0pt:x)`, `[a](héllo/wörld)`, `[a](#frag "\"q\"")`,
		"[a](/x){.button #go}", `[*em* and ` + "`code`" + `](/y)`, `[a][ref]` + "\n\n[ref]: /r \"R\"",
	} {
		for _, unsafe := range []bool{false, true} {
			var opts []renderer.Option
			if unsafe {
				opts = append(opts, html.WithUnsafe())
			}
			want := convertWith(t, src, opts)
			ours := append(opts, renderer.WithNodeRenderers(util.Prioritized(linkOnly{&nodeRenderer{allowHTML: unsafe}}, 100)))
			if got := convertWith(t, src, ours); got != want {
				t.Errorf("%s (unsafe %v):\n got %s\nwant %s", src, unsafe, got, want)
			}
		}
	}
}

func convertWith(t *testing.T, src string, opts []renderer.Option) string {
	md := goldmark.New(goldmark.WithParserOptions(parser.WithAttribute()), goldmark.WithRendererOptions(opts...))
	var b bytes.Buffer
	if err := md.Convert([]byte(src), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// FuzzDangerousURL: dangerousURL answers as goldmark's IsDangerousURL.
func FuzzDangerousURL(f *testing.F) {
	for _, s := range []string{"javascript:x", "JAVASCRIPT:", "data:image/png;", "data:image/svg", "Data:Image/Jpeg;", "file:", "vbscript", "https://x", "javascr\u0130pt:", "\u212a"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, url []byte) {
		if got, want := dangerousURL(url), html.IsDangerousURL(url); got != want {
			t.Errorf("dangerousURL(%q) = %v, goldmark says %v", url, got, want)
		}
	})
}
