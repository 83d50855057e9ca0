package view

import "testing"

// TestBasePath checks where the 404 page's links start: base_url's path
// (a language's base_url holds its prefix), else the root, or a language's
// folder, which has a 404 page of its own.
func TestBasePath(t *testing.T) {
	es := &Languages{Current: Language{Code: "es", Prefix: "es/"}}
	en := &Languages{Current: Language{Code: "en"}}
	for _, tt := range []struct {
		site SiteInfo
		want string
	}{
		{SiteInfo{}, "/"},
		{SiteInfo{BaseURL: "https://example.org/guide/"}, "/guide/"},
		{SiteInfo{Languages: en}, "/"},
		{SiteInfo{Languages: es}, "/es/"},
		{SiteInfo{BaseURL: "https://example.org/guide/es/", Languages: es}, "/guide/es/"},
	} {
		if got := tt.site.BasePath(); got != tt.want {
			t.Errorf("BasePath of %+v = %q, want %q", tt.site, got, tt.want)
		}
	}
}
