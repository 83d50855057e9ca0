package view

import (
	"html/template"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/content"
)

// Workbook is the .Data of workbook/ (layout workbook).
type Workbook struct {
	Entries []*WorkbookEntry
}

// WorkbookEntry is one checklist in the workbook, and the .Data of its
// own page workbook/<id>/ (layout checklist).
type WorkbookEntry struct {
	Checklist *checklist.Checklist
	Page      *content.Page   // its own page, workbook/<id>/
	HTML      template.HTML   // the checklist, rendered for the page it is shown on
	Guides    []*content.Page // the pages that show it, in reading order
}
