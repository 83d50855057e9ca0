package view

import (
	"html/template"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/markdown"
)

// PrintEdition is the .Data of print/ (layout print).
type PrintEdition struct {
	Chapters []*PrintChapter
}

// PrintChapter is one page of the guide in the print edition.
type PrintChapter struct {
	Page     *content.Page
	Title    string
	Anchor   string             // the id of its heading
	HTML     template.HTML      // its content, rewritten
	Sections []markdown.Heading // its level 2 headings, with their ids in the edition
}

// Downloads is the .Data of downloads/ (layout downloads).
type Downloads struct {
	Offline   bool   // the offline copy's own version of the page
	Online    string // the site's address, "" without a base URL
	Print     string // links, "" for editions the site does not have
	Packet    string
	EPUB      string
	Zip       string
	GuidePDF  string
	PacketPDF string
	Workbook  string
	Evergreen string
}
