package timeline

import (
	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/markdown"
)

// testHelpers are the Helpers the site loads its rules with.
var testHelpers = Helpers{CheckInline: markdown.CheckInline, PlainText: markdown.PlainText, ChecklistID: checklist.ValidID}
