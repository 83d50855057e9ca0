package theme

import "github.com/followup/followup/generator/diag"

// TemplateError turns an error of html/template ("template: NAME:LINE:
// msg") into one at the file NAME names and its line, for templates
// parsed outside a theme (a site's shortcodes); rendering, when set, says
// what was being rendered.
func TemplateError(err error, rendering string) *diag.Error { return templateError(err, rendering) }
