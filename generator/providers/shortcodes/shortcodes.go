// Package shortcodes provides the shortcodes Hugo has built in, and a
// site's own, so that Hugo content builds as its authors wrote it. It adds
// no outputs.
//
// The built-ins, as Hugo documents them:
//
//	{{< ref "guides/call.md" >}}, relref   the relative address of a page (from the page, else the content folder)
//	{{< figure src="a.png" alt="..." caption="..." link="..." >}}
//	{{< details summary="More" open=true >}}markdown{{< /details >}}
//	{{< highlight go >}}code{{< /highlight >}}   highlighted like fenced code
//	{{< param "colour" >}}                  a key of the page's params (or extra)
//	{{% comment %}}...{{% /comment %}}      nothing
//	{{< qr text="https://..." >}}           a QR code (package qrcode), as SVG
//	{{< youtube ID >}}, vimeo, instagram, x (user, id), gist (user, id)
//
// The last five are links with a title (title="..." or a default), never
// a third-party script or frame: the site's pages run none.
//
// A site's own shortcode is a Go template at layouts/shortcodes/NAME.html
// or layouts/_shortcodes/NAME.html (the theme's, under themes/THEME/, come
// after the site's; a site's shortcode replaces a built-in of its name).
// It is executed with .Name, .Inner (what a paired call encloses: HTML for
// {{% %}}, else the text), .Get (a position, 0 first, or a name), .Params
// (the named arguments, or the positional ones), .IsNamedParams, .Page (the
// page, *content.Page), .Site, and the functions markdownify, safeHTML,
// default, lower, upper, trim and replace. A template that does not parse
// is an error at its file and line.
package shortcodes

import (
	"bytes"
	"fmt"
	"html"
	"maps"
	"net/url"
	"slices"
	"strings"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/edition/qrcode"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
)

// New returns the provider of Hugo's shortcodes and the site's own.
func New() model.Provider { return provider{} }

type provider struct{}

func (provider) Provide(m *model.Model, p model.Plan) {
	all := builtins(embedWords{
		video: func(service string) (string, error) { return m.Strings.T("embed.video", "Service", service) },
		post:  func(service string) (string, error) { return m.Strings.T("embed.post", "Service", service) },
		gist:  func(service string) (string, error) { return m.Strings.T("embed.gist", "Service", service) },
	})
	own, err := siteTemplates(m)
	p.Error(err)
	maps.Copy(all, own) // a site's shortcode replaces the built-in of its name
	for _, name := range slices.Sorted(maps.Keys(all)) {
		p.Shortcode(name, all[name])
	}
}

// embedWords title an embed's link when its call gives no title, in the
// site's language: "Video on YouTube", "Post on X", "Gist on GitHub".
type embedWords struct {
	video, post, gist func(service string) (string, error)
}

func builtins(w embedWords) map[string]markdown.ShortcodeFunc {
	return map[string]markdown.ShortcodeFunc{
		"ref": ref, "relref": ref, "figure": figure, "details": details,
		"highlight": highlight, "param": param, "comment": comment, "qr": qr,
		"youtube": embed("YouTube", w.video, func(c *markdown.Call) string {
			return "https://www.youtube.com/watch?v=" + url.QueryEscape(arg(c, "id", 0))
		}),
		"vimeo": embed("Vimeo", w.video, func(c *markdown.Call) string { return "https://vimeo.com/" + url.PathEscape(arg(c, "id", 0)) }),
		"instagram": embed("Instagram", w.post, func(c *markdown.Call) string {
			return "https://www.instagram.com/p/" + url.PathEscape(arg(c, "id", 0)) + "/"
		}),
		"x": embed("X", w.post, xURL), "twitter": embed("X", w.post, xURL), "tweet": embed("X", w.post, xURL),
		"gist": embed("GitHub", w.gist, func(c *markdown.Call) string {
			u := "https://gist.github.com/" + url.PathEscape(arg(c, "user", 0)) + "/" + url.PathEscape(arg(c, "id", 1))
			if f := arg(c, "file", 2); f != "" {
				u += "#file-" + url.PathEscape(strings.ReplaceAll(f, ".", "-"))
			}
			return u
		}),
	}
}

// arg is the named argument key, else positional argument i.
func arg(c *markdown.Call, key string, i int) string {
	if v, ok := c.Named[key]; ok {
		return v
	}
	return c.Arg(i)
}

func xURL(c *markdown.Call) string {
	return "https://x.com/" + url.PathEscape(arg(c, "user", 0)) + "/status/" + url.PathEscape(arg(c, "id", 1))
}

// embed makes the shortcode of a service whose players Hugo embeds: here a
// link to it, with the call's title (else what says the service is) and the
// service's name.
func embed(service string, what func(service string) (string, error), address func(*markdown.Call) string) markdown.ShortcodeFunc {
	return func(c *markdown.Call, _ *markdown.Context) (markdown.Output, error) {
		if arg(c, "id", 0) == "" {
			return markdown.Output{}, fmt.Errorf("%s needs the id of the post or video: {{< %s ID >}}", c.Name, c.Name)
		}
		title := c.Named["title"]
		if title == "" {
			var err error
			if title, err = what(service); err != nil {
				return markdown.Output{}, err
			}
		}
		return markdown.Output{Block: true, HTML: fmt.Appendf(nil, `<p class="embed"><a href="%s">%s</a> (%s)</p>`,
			html.EscapeString(address(c)), html.EscapeString(title), service)}, nil
	}
}

// ref writes the relative address of a page: {{< ref "guides/call.md#when" >}}.
func ref(c *markdown.Call, ctx *markdown.Context) (markdown.Output, error) {
	dest := arg(c, "path", 0)
	if dest == "" || ctx.Links == nil {
		return markdown.Output{}, fmt.Errorf("%s needs a page: {{< %s \"guides/call.md\" >}}", c.Name, c.Name)
	}
	href, _, err := ctx.Links.Resolve(dest)
	if err != nil && !strings.HasPrefix(dest, "/") { // Hugo tries the content folder next
		if h, _, err2 := ctx.Links.Resolve("@/" + strings.TrimPrefix(dest, "./")); err2 == nil {
			href, err = h, nil
		}
	}
	if err != nil {
		return markdown.Output{}, err
	}
	return markdown.Output{HTML: []byte(html.EscapeString(href))}, nil
}

func figure(c *markdown.Call, ctx *markdown.Context) (markdown.Output, error) {
	src := c.Named["src"]
	if src == "" {
		return markdown.Output{}, fmt.Errorf("figure needs src=\"...\", the image")
	}
	src, err := resolve(ctx, src)
	if err != nil {
		return markdown.Output{}, err
	}
	var b bytes.Buffer
	b.WriteString("<figure")
	if class := c.Named["class"]; class != "" {
		fmt.Fprintf(&b, ` class="%s"`, html.EscapeString(class))
	}
	img := fmt.Sprintf(`<img src="%s" alt="%s" loading="lazy">`, html.EscapeString(src), html.EscapeString(c.Named["alt"]))
	if link := c.Named["link"]; link != "" {
		link, err := resolve(ctx, link)
		if err != nil {
			return markdown.Output{}, err
		}
		img = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(link), img)
	}
	b.WriteString(">" + img)
	if caption := c.Named["caption"]; caption != "" || c.Named["title"] != "" {
		b.WriteString("<figcaption>")
		if t := c.Named["title"]; t != "" {
			fmt.Fprintf(&b, "<strong>%s</strong> ", html.EscapeString(t))
		}
		b.WriteString(inline(c.RenderMarkdown(caption)) + "</figcaption>")
	}
	b.WriteString("</figure>")
	return markdown.Output{Block: true, HTML: b.Bytes()}, nil
}

// resolve resolves a link the page writes, leaving it as written when the
// page has no resolver.
func resolve(ctx *markdown.Context, dest string) (string, error) {
	if ctx.Links == nil {
		return dest, nil
	}
	href, _, err := ctx.Links.Resolve(dest)
	if err != nil && href == "" {
		return "", err
	}
	return href, nil
}

// inline strips the paragraph markdown puts around one line.
func inline(h string) string {
	h = strings.TrimSpace(h)
	if strings.HasPrefix(h, "<p>") && strings.HasSuffix(h, "</p>") && strings.Count(h, "<p>") == 1 {
		return h[3 : len(h)-4]
	}
	return h
}

// innerHTML is a paired call's inner text as HTML: converted for {{% %}},
// else converted here as markdown.
func innerHTML(c *markdown.Call) string {
	if c.InnerHTML {
		return c.Inner
	}
	return c.RenderMarkdown(c.Inner)
}

func details(c *markdown.Call, _ *markdown.Context) (markdown.Output, error) {
	summary := c.Named["summary"]
	if summary == "" {
		summary = "Details"
	}
	open := ""
	if c.Named["open"] == "true" {
		open = " open"
	}
	return markdown.Output{Block: true, HTML: fmt.Appendf(nil, "<details%s><summary>%s</summary>\n%s</details>", open, inline(c.RenderMarkdown(summary)), innerHTML(c))}, nil
}

func highlight(c *markdown.Call, _ *markdown.Context) (markdown.Output, error) {
	var b bytes.Buffer
	markdown.Highlight(&b, strings.TrimPrefix(c.Inner, "\n"), c.Arg(0))
	return markdown.Output{Block: true, HTML: b.Bytes()}, nil
}

func param(c *markdown.Call, ctx *markdown.Context) (markdown.Output, error) {
	pg, _ := ctx.Page.(*content.Page)
	name := c.Arg(0)
	if pg == nil || name == "" {
		return markdown.Output{}, fmt.Errorf("param needs the name of a key of the page's params: {{< param \"colour\" >}}")
	}
	v, ok := pg.Extra[name]
	if !ok {
		return markdown.Output{}, fmt.Errorf("param %q: the page has no such key in its params or extra", name)
	}
	return markdown.Output{HTML: []byte(html.EscapeString(fmt.Sprint(v)))}, nil
}

func comment(*markdown.Call, *markdown.Context) (markdown.Output, error) {
	return markdown.Output{}, nil
}

func qr(c *markdown.Call, _ *markdown.Context) (markdown.Output, error) {
	text := c.Named["text"]
	if text == "" {
		text = strings.TrimSpace(c.Inner)
	}
	if text == "" {
		return markdown.Output{}, fmt.Errorf("qr needs text=\"...\", what the code holds")
	}
	code, err := qrcode.Encode(text)
	if err != nil {
		return markdown.Output{}, fmt.Errorf("qr: %v", err)
	}
	alt := c.Named["alt"]
	if alt == "" {
		alt = "QR code: " + text
	}
	var b bytes.Buffer
	if err := code.SVG(&b, qrcode.Options{Class: "qr", Label: alt}); err != nil {
		return markdown.Output{}, err
	}
	return markdown.Output{Block: true, HTML: b.Bytes()}, nil
}
