package locale

import (
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

// translator returns the CLDR data of a locale named as go-playground/locales
// names its packages ("es_ES", "es"), or nil for one this package does not
// carry. Each locale is a package of its own, so the list is the binary's
// choice: the languages of Spain, English, Spanish, German, French,
// Italian, Portuguese and Dutch, with their main regions.
func translator(name string) locales.Translator {
	switch name {
	case "ca":
		return ca.New()
	case "ca_ES":
		return ca_ES.New()
	case "de":
		return de.New()
	case "de_AT":
		return de_AT.New()
	case "de_CH":
		return de_CH.New()
	case "de_DE":
		return de_DE.New()
	}
	return translatorEnToPt(name)
}

// translatorEnToPt is the rest of translator's list, from en to pt (one switch would be over 80 lines).
func translatorEnToPt(name string) locales.Translator {
	switch name {
	case "en":
		return en.New()
	case "en_AU":
		return en_AU.New()
	case "en_CA":
		return en_CA.New()
	case "en_GB":
		return en_GB.New()
	case "en_IE":
		return en_IE.New()
	case "en_IN":
		return en_IN.New()
	case "en_NZ":
		return en_NZ.New()
	case "en_US":
		return en_US.New()
	case "en_ZA":
		return en_ZA.New()
	case "es":
		return es.New()
	case "es_419":
		return es_419.New()
	case "es_AR":
		return es_AR.New()
	case "es_CL":
		return es_CL.New()
	case "es_CO":
		return es_CO.New()
	case "es_ES":
		return es_ES.New()
	case "es_MX":
		return es_MX.New()
	case "es_US":
		return es_US.New()
	case "eu":
		return eu.New()
	case "eu_ES":
		return eu_ES.New()
	case "fr":
		return fr.New()
	case "fr_BE":
		return fr_BE.New()
	case "fr_CA":
		return fr_CA.New()
	case "fr_CH":
		return fr_CH.New()
	case "fr_FR":
		return fr_FR.New()
	case "gl":
		return gl.New()
	case "gl_ES":
		return gl_ES.New()
	case "it":
		return it.New()
	case "it_IT":
		return it_IT.New()
	case "nl":
		return nl.New()
	case "nl_BE":
		return nl_BE.New()
	case "nl_NL":
		return nl_NL.New()
	case "pt":
		return pt.New()
	case "pt_BR":
		return pt_BR.New()
	case "pt_PT":
		return pt_PT.New()
	}
	return nil
}

// Languages returns the base languages this package carries, sorted: a tag
// of any other language is an error.
func Languages() []string {
	return []string{"ca", "de", "en", "es", "eu", "fr", "gl", "it", "nl", "pt"}
}
