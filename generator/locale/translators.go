package locale

import (
	"slices"
	"strings"

	"github.com/go-playground/locales"
	"github.com/go-playground/locales/ca"
	"github.com/go-playground/locales/ca_ES"
	"github.com/go-playground/locales/de"
	"github.com/go-playground/locales/de_AT"
	"github.com/go-playground/locales/de_CH"
	"github.com/go-playground/locales/de_DE"
	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/en_AU"
	"github.com/go-playground/locales/en_CA"
	"github.com/go-playground/locales/en_GB"
	"github.com/go-playground/locales/en_IE"
	"github.com/go-playground/locales/en_IN"
	"github.com/go-playground/locales/en_NZ"
	"github.com/go-playground/locales/en_US"
	"github.com/go-playground/locales/en_ZA"
	"github.com/go-playground/locales/es"
	"github.com/go-playground/locales/es_419"
	"github.com/go-playground/locales/es_AR"
	"github.com/go-playground/locales/es_CL"
	"github.com/go-playground/locales/es_CO"
	"github.com/go-playground/locales/es_ES"
	"github.com/go-playground/locales/es_MX"
	"github.com/go-playground/locales/es_US"
	"github.com/go-playground/locales/eu"
	"github.com/go-playground/locales/eu_ES"
	"github.com/go-playground/locales/fr"
	"github.com/go-playground/locales/fr_BE"
	"github.com/go-playground/locales/fr_CA"
	"github.com/go-playground/locales/fr_CH"
	"github.com/go-playground/locales/fr_FR"
	"github.com/go-playground/locales/gl"
	"github.com/go-playground/locales/gl_ES"
	"github.com/go-playground/locales/it"
	"github.com/go-playground/locales/it_IT"
	"github.com/go-playground/locales/nl"
	"github.com/go-playground/locales/nl_BE"
	"github.com/go-playground/locales/nl_NL"
	"github.com/go-playground/locales/pt"
	"github.com/go-playground/locales/pt_BR"
	"github.com/go-playground/locales/pt_PT"
)

// translators are the CLDR data this package carries, by the name
// go-playground/locales gives its packages ("es_ES", "es"). Each locale is
// a package of its own, so the list is the binary's choice: the languages
// of Spain, English, Spanish, German, French, Italian, Portuguese and
// Dutch, with their main regions.
func translators() []struct {
	name string
	new  func() locales.Translator
} {
	return []struct {
		name string
		new  func() locales.Translator
	}{
		{"ca", ca.New},
		{"ca_ES", ca_ES.New},
		{"de", de.New},
		{"de_AT", de_AT.New},
		{"de_CH", de_CH.New},
		{"de_DE", de_DE.New},
		{"en", en.New},
		{"en_AU", en_AU.New},
		{"en_CA", en_CA.New},
		{"en_GB", en_GB.New},
		{"en_IE", en_IE.New},
		{"en_IN", en_IN.New},
		{"en_NZ", en_NZ.New},
		{"en_US", en_US.New},
		{"en_ZA", en_ZA.New},
		{"es", es.New},
		{"es_419", es_419.New},
		{"es_AR", es_AR.New},
		{"es_CL", es_CL.New},
		{"es_CO", es_CO.New},
		{"es_ES", es_ES.New},
		{"es_MX", es_MX.New},
		{"es_US", es_US.New},
		{"eu", eu.New},
		{"eu_ES", eu_ES.New},
		{"fr", fr.New},
		{"fr_BE", fr_BE.New},
		{"fr_CA", fr_CA.New},
		{"fr_CH", fr_CH.New},
		{"fr_FR", fr_FR.New},
		{"gl", gl.New},
		{"gl_ES", gl_ES.New},
		{"it", it.New},
		{"it_IT", it_IT.New},
		{"nl", nl.New},
		{"nl_BE", nl_BE.New},
		{"nl_NL", nl_NL.New},
		{"pt", pt.New},
		{"pt_BR", pt_BR.New},
		{"pt_PT", pt_PT.New},
	}
}

// translator returns the CLDR data of a locale named as go-playground/locales
// names its packages, or nil for one this package does not carry.
func translator(name string) locales.Translator {
	for _, t := range translators() {
		if t.name == name {
			return t.new()
		}
	}
	return nil
}

// Languages returns the base languages this package carries, sorted: a tag
// of any other language is an error.
func Languages() []string {
	var langs []string
	for _, t := range translators() {
		base, _, _ := strings.Cut(t.name, "_")
		langs = append(langs, base)
	}
	slices.Sort(langs)
	return slices.Compact(langs)
}
