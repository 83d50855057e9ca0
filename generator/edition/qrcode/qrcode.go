// Package qrcode draws QR codes as inline SVG, for printed pages that lead
// back to their online versions.
//
// The code is made by rsc.io/qr (small, dependency-free, BSD) at error
// correction level M, which survives a smudged or folded sheet, and drawn
// with a quiet zone of four modules on every side, the minimum the QR
// standard asks for. Each row's runs of dark modules become one path, so
// the SVG stays small (a typical address gives about 2 kB) and crisp at any
// print size; shape-rendering="crispEdges" keeps screens from blurring the
// module edges.
//
// The SVG is an image with a name: role="img", an aria-label and a <title>
// naming the address it encodes, so a screen reader says where the code
// leads rather than nothing. Print the address as text beside it too: not
// every reader has a phone at hand.
package qrcode

import (
	"fmt"
	"html"
	"io"
	"strings"

	"rsc.io/qr"
)

// Quiet is the width of the blank margin around the code, in modules.
const Quiet = 4

// Code is an encoded address: a square grid of modules.
type Code struct {
	Text string
	Size int // modules on a side, without the quiet zone
	code *qr.Code
}

// Encode encodes text (an address) at error correction level M.
func Encode(text string) (*Code, error) {
	c, err := qr.Encode(text, qr.M)
	if err != nil {
		return nil, fmt.Errorf("qr code for %q: %w", text, err)
	}
	return &Code{Text: text, Size: c.Size, code: c}, nil
}

// Dark reports whether the module at column x, row y is dark; outside the
// code (the quiet zone) it is false.
func (c *Code) Dark(x, y int) bool { return c.code.Black(x, y) }

// Options say how an SVG is drawn.
type Options struct {
	// Class is the svg element's class attribute; the page's CSS gives the
	// printed size (at least 2 cm, so that phones read it).
	Class string
	// Label names the code for screen readers; "" gives "QR code: <text>".
	Label string
}

// SVG writes the code as an inline <svg> element. Its coordinates are
// modules: the viewBox is Size+2*Quiet on a side, with the code at Quiet.
func (c *Code) SVG(w io.Writer, o Options) error {
	label := o.Label
	if label == "" {
		label = "QR code: " + c.Text
	}
	side := c.Size + 2*Quiet
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d"`, side, side)
	if o.Class != "" {
		fmt.Fprintf(&b, ` class="%s"`, html.EscapeString(o.Class))
	}
	fmt.Fprintf(&b, ` role="img" aria-label="%s" shape-rendering="crispEdges">`, html.EscapeString(label))
	fmt.Fprintf(&b, `<title>%s</title>`, html.EscapeString(label))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/>`, side, side)
	b.WriteString(`<path fill="#000" d="`)
	for y := range c.Size {
		for x := 0; x < c.Size; {
			if !c.Dark(x, y) {
				x++
				continue
			}
			run := 1
			for x+run < c.Size && c.Dark(x+run, y) {
				run++
			}
			fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", x+Quiet, y+Quiet, run, run)
			x += run
		}
	}
	b.WriteString(`"/></svg>`)
	_, err := io.WriteString(w, b.String())
	return err
}
