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
