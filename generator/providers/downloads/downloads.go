// Package downloads provides the page that offers the editions, and the
// offline copy:
//
//	downloads/                    the editions the site has, with their files
//	                              (layout downloads, .Data a *view.Downloads)
//	downloads/<site>-offline.zip  the site to read from disk ([outputs] offline; offline.go)
//
// <site> is edition.Slug. The page is made when the guide has pages with
// content and the site has at least one edition; SiteInfo.Downloads then
// leads to it.
package downloads

import (
	"bytes"
	"errors"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/ebook"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/providers/packet"
	"github.com/followup/followup/generator/providers/printed"
	"github.com/followup/followup/generator/providers/workbook"
	"github.com/followup/followup/generator/view"
)

// Path is the site path of the downloads page.
const Path = edition.Downloads

// Zip is the site path of the offline copy's archive.
func Zip(m *model.Model) string { return Path + edition.Slug(m) + "-offline.zip" }

// offer is what the downloads page offers: the editions the site has.
type offer struct {
	print, packet, epub, offline bool
}

func offers(m *model.Model) offer {
	if len(edition.Pages(m.Content)) == 0 {
		return offer{}
	}
	out := m.Config.Outputs
	return offer{print: out.Print && m.Theme.Has("print"), packet: out.Handouts && m.Theme.Has("packet"), epub: out.EPUB, offline: out.Offline}
}

func (o offer) any() bool { return o.print || o.packet || o.epub || o.offline }

// Has reports whether the site has the downloads page.
func Has(m *model.Model) bool { return offers(m).any() && m.Theme.Has("downloads") }

// HasOffline reports whether the site has the offline copy.
func HasOffline(m *model.Model) bool {
	o := offers(m)
	return o.offline && (!m.HasCalculator || m.Theme.Has("plan-offline"))
}

// PDF is a PDF that Build prints after the build (Options.PDF): the page
// it prints and the file it writes, site paths of the output.
type PDF struct{ Page, Out string }

// PDFs are the PDFs Build prints: the print edition and the packet, when
// the site has them. The core claims their files, which nothing renders.
func PDFs(m *model.Model) []PDF {
	if !m.PDF {
		return nil
	}
	var pdfs []PDF
	o := offers(m)
	if o.print {
		pdfs = append(pdfs, PDF{printed.Path + "index.html", Path + edition.Slug(m) + "-guide.pdf"})
	}
	if o.packet {
		pdfs = append(pdfs, PDF{packet.Path + "index.html", Path + edition.Slug(m) + "-handouts.pdf"})
	}
	return pdfs
}

// New returns the provider of one build's downloads page and offline copy.
func New() model.Provider { return &provider{} }

type provider struct {
	m       *model.Model
	offer   offer
	offline *offlineCopy // nil without one
}

func (d *provider) Provide(m *model.Model, p model.Plan) {
	d.m, d.offer = m, offers(m)
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
	data := &view.Downloads{Offline: offline, Online: m.Config.BaseURL,
		Print: link(printed.Path, o.print), Packet: link(packet.Path, o.packet),
		EPUB: link(ebook.File(m), o.epub), Zip: link(Zip(m), d.offline != nil && !offline),
		Workbook: link(workbook.Path, len(m.Lists.Lists) > 0), Evergreen: link(edition.Evergreen, m.HasCalculator)}
	for _, f := range PDFs(m) {
		if f.Page == printed.Path+"index.html" {
			data.GuidePDF = link(f.Out, !offline)
		} else {
			data.PacketPDF = link(f.Out, !offline)
		}
	}
	return m.Render(b, "downloads", view.PageData{Page: pg, Kind: "downloads", Data: data}, view.Render{})
}
