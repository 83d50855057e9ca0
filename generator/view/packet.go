package view

import (
	"html/template"
	"strings"

	"github.com/followup/followup/generator/timeline"
)

// Packet is the .Data of handouts/ (layout packet).
type Packet struct {
	Cover     *PacketPart
	Parts     []*PacketPart
	Worksheet *Worksheet
}

// PacketPart is one part of the packet.
type PacketPart struct {
	Number  int
	Kind    string // "guide", "checklists", "timeline", "worksheet"
	Title   string
	Anchor  string
	HTML    template.HTML
	QR      template.HTML // the QR code's SVG, "" without a base URL
	Address string        // the online page's address without its scheme, printed beside the code
}

// AddressParts splits Address after each slash, "guide.example.org/",
// "guides/", "thank-you-email/": the layout lets it wrap only between them.
func (pp *PacketPart) AddressParts() []string {
	parts := strings.SplitAfter(pp.Address, "/")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}

// Worksheet is the data of the blank worksheet.
type Worksheet struct {
	Kinds  []timeline.Kind
	Steps  []string // the steps' titles, in the order of the rules
	People []int    // a row to fill in for each
	Lines  []int    // ruled lines for the email
}
