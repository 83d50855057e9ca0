package frontmatter

import (
	"fmt"
	"maps"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/urls"
)

// keyAliases are other names Hugo gives a key, in lower case.
var keyAliases = map[string]string{"pubdate": "publishdate", "published": "publishdate", "unpublishdate": "expirydate"}

// foldKeys lower-cases the top-level keys of front matter, as Hugo reads
// them, and gives Hugo's other names their key's.
func foldKeys(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		k.Value = strings.ToLower(k.Value)
		if to, ok := keyAliases[k.Value]; ok {
			k.Value = to
		}
	}
}

// Menu is the menus a page is in, by name, with its entry in each.
type Menu map[string]MenuEntry

// MenuEntry is a page's entry in one menu; its name defaults to the page's
// link title.
type MenuEntry struct {
	Name       string `yaml:"name"`
	Weight     int    `yaml:"weight"`
	Parent     string `yaml:"parent"`
	Identifier string `yaml:"identifier"`
	Pre        string `yaml:"pre"`
	Post       string `yaml:"post"`
	Title      string `yaml:"title"`
}

// DecodeNode reads the three forms Hugo takes: a menu's name, a list of
// names, or a table of names and entries.
func (m *Menu) DecodeNode(n *yaml.Node) error {
	*m = Menu{}
	switch n.Kind {
	case yaml.ScalarNode:
		(*m)[n.Value] = MenuEntry{}
	case yaml.SequenceNode:
		for _, item := range n.Content {
			if item.Kind != yaml.ScalarNode {
				return &diag.Error{Line: item.Line, Msg: "menu: a list of menus holds their names, like [main, footer]"}
			}
			(*m)[item.Value] = MenuEntry{}
		}
	case yaml.MappingNode:
		var entries map[string]*MenuEntry
		if err := decode.Into(n, &entries); err != nil {
			return err
		}
		for name, e := range entries {
			if e == nil {
				e = &MenuEntry{}
			}
			(*m)[name] = *e
		}
	default:
		return fmt.Errorf("menu must be a menu's name, a list of names or a table of entries")
	}
	return nil
}

// hugo applies Hugo's and Zola's keys that stand for others, and checks
// the ones that become part of an address.
func (f *FrontMatter) hugo() error {
	if len(f.Params) > 0 {
		extra := maps.Clone(f.Params)
		maps.Copy(extra, f.Extra)
		f.Extra = extra
	}
	if f.Template != "" && f.Layout == "" {
		f.Layout = strings.TrimSuffix(f.Template, ".html")
	}
	for name, terms := range f.Taxonomies {
		switch name {
		case "tags":
			f.Tags = append(f.Tags, terms...)
		case "categories":
			f.Categories = append(f.Categories, terms...)
		}
	}
	if f.URL != "" {
		clean, err := urls.Clean(f.URL)
		if err != nil {
			return &diag.Error{Line: f.URLLine, Msg: fmt.Sprintf("url %q cannot be used: %v; write the page's address from the site's root, like /guides/call/", f.URL, err)}
		}
		if clean != "" && !strings.HasSuffix(clean, "/") {
			clean += "/"
		}
		f.URL = "/" + clean
	}
	if err := CheckTaskLists(f.TaskLists); err != nil {
		return &diag.Error{Line: f.TaskListsLine, Msg: "task_lists: " + err.Error()}
	}
	switch f.SortBy {
	case "", "weight", "date", "title", "none":
	default:
		return &diag.Error{Line: f.SortByLine, Msg: fmt.Sprintf("sort_by %q: write \"weight\", \"date\", \"title\" or \"none\"", f.SortBy)}
	}
	return nil
}

// SitePath is the site path url gives the page ("guides/call/", "" for
// the home page); ok is false without a url.
func (f *FrontMatter) SitePath() (sitePath string, ok bool) {
	return strings.TrimPrefix(f.URL, "/"), f.URL != ""
}

// CheckTaskLists checks a task_lists setting: "", "auto", "static" or
// "checklist".
func CheckTaskLists(v string) error {
	switch v {
	case "", "auto", "static", "checklist":
		return nil
	}
	return fmt.Errorf("%q: write \"static\" (lists with marks), \"checklist\" (interactive checklists) or \"auto\"", v)
}
