// Package downloads provides the page that offers the editions, and the
// offline copy:
//
//	downloads/                    the editions the site has, with their files
//	                              (layout downloads, .Data a *view.Downloads)
//	downloads/<site>-offline.zip  the site to read from disk ([outputs] offline; offline.go)
//
// <site> is edition.Slug. The page is made when the guide has pages with
// content and the site has at least one edition, or the offline copy;
// SiteInfo.Downloads then leads to it. The editions are what the other
// providers declare (model.Plan.Edition: the print edition, the packet,
// the EPUB, the workbook, with the PDFs Build prints): this package names
// none of their files and imports none of them.
package downloads

import (
	"bytes"
	"errors"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/view"
)

// Path is the site path of the downloads page.
const Path = edition.Downloads

// Zip is the site path of the offline copy's archive.
func Zip(m *model.Model) string { return Path + edition.Slug(m) + "-offline.zip" }

// offer is what the downloads page offers: the editions the other
// providers declared (model.Plan.Edition), and the offline copy.
type offer struct {
	editions []model.Edition
	offline  bool
}

func offers(m *model.Model, editions []model.Edition) offer {
	if len(edition.Pages(m.Content)) == 0 {
		return offer{}
	}
	return offer{editions: editions, offline: m.Config.Outputs.Offline}
}

// has returns the edition of a kind, and whether the site has it.
func (o offer) has(kind model.EditionKind) (model.Edition, bool) {
	for _, e := range o.editions {
		if e.Kind == kind {
			return e, true
		}
	}
	return model.Edition{}, false
}

// any reports whether there is something to offer: the workbook alone is
// not, as the site's menu leads to it.
func (o offer) any() bool {
	for _, e := range o.editions {
		if e.Kind != model.WorkbookEdition {
			return true
		}
	}
	return o.offline
}

// Has reports whether the site has the downloads page, given the
// editions the providers declared.
func Has(m *model.Model, editions []model.Edition) bool {
	return offers(m, editions).any() && m.Theme.Has("downloads")
}

// HasOffline reports whether the site has the offline copy.
func HasOffline(m *model.Model) bool {
	return offers(m, nil).offline && (!m.HasCalculator || m.Theme.Has("plan-offline"))
}

// New returns the provider of one build's downloads page and offline copy.
func New() model.Provider { return &provider{} }

type provider struct {
	m       *model.Model
	offer   offer
	offline *offlineCopy // nil without one
}

func (d *provider) Provide(m *model.Model, p model.Plan) {
	d.m, d.offer = m, offers(m, p.Editions())
	if !d.offer.any() {
		return
	}
	if err := edition.NeedLayout(m, "downloads", "print, handouts, epub and offline"); err != nil {
		p.Error(err)
	} else {
		p.Add(model.Output{File: Path + "index.html", Claim: "the downloads page", HTML: true, Phase: model.Late, Run: func(b *bytes.Buffer) error {
			return d.render(b, false)
		}})
	}
	if !d.offer.offline {
		return
	}
	if m.HasCalculator {
		if err := edition.NeedLayout(m, "plan-offline", "offline"); err != nil {
			p.Error(err)
			return
		}
	}
	d.planOffline(p)
}

// render renders downloads/, or the offline copy's version of it, which
// offers what the copy holds and points online for the rest.
func (d *provider) render(b *bytes.Buffer, offline bool) error {
	m, o := d.m, d.offer
	title, err1 := m.Strings.T("downloads.title")
	desc, err2 := m.Strings.T("downloads.description")
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	pg := &content.Page{Kind: content.KindPage, Title: title, Path: Path, Parent: m.Content.Home, Description: desc}
	link := func(target string, ok bool) string {
		if !ok {
			return ""
		}
		return m.Linker.Rel(Path, target)
	}
	offered := func(kind model.EditionKind) string {
		e, ok := o.has(kind)
		return link(e.Path, ok)
	}
	pdf := func(kind model.EditionKind) string {
		e, _ := o.has(kind)
		return link(e.PDF, e.PDF != "" && !offline)
	}
	data := &view.Downloads{Offline: offline, Online: m.Config.BaseURL,
		Print: offered(model.PrintEdition), Packet: offered(model.PacketEdition), EPUB: offered(model.EPUBEdition),
		Zip: link(Zip(m), d.offline != nil && !offline), Workbook: offered(model.WorkbookEdition), Evergreen: link(edition.Evergreen, m.HasCalculator),
		GuidePDF: pdf(model.PrintEdition), PacketPDF: pdf(model.PacketEdition)}
	return m.Render(b, "downloads", view.PageData{Page: pg, Kind: "downloads", Data: data}, view.Render{})
}
