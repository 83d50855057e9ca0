package view

import (
	"html/template"

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

// Worksheet is the data of the blank worksheet.
type Worksheet struct {
	Kinds  []timeline.Kind
	Steps  []string // the steps' titles, in the order of the rules
	People []int    // a row to fill in for each
	Lines  []int    // ruled lines for the email
}
