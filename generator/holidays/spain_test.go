package holidays

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSpain checks Spain's national days against the BOE: the resolution of
// the Dirección General de Trabajo for 2026 (1 November and 6 December fall
// on a Sunday; some regions move them to the Monday, which is theirs, not
// the nation's) and the days Real Decreto 2001/1983 fixes for 2027 (Easter
// on 28 March; 15 August on a Sunday). Names are the BOE's, in Spanish for
// "es" and in English otherwise.
func TestSpain(t *testing.T) {
	es2026 := []string{
		"01-01 Año Nuevo", "01-06 Epifanía del Señor", "04-03 Viernes Santo", "05-01 Fiesta del Trabajo",
		"08-15 Asunción de la Virgen", "10-12 Fiesta Nacional de España", "11-01 Todos los Santos",
		"12-06 Día de la Constitución Española", "12-08 Inmaculada Concepción", "12-25 Natividad del Señor"}
	en2027 := []string{
		"01-01 New Year's Day", "01-06 Epiphany", "03-26 Good Friday", "05-01 Labour Day",
		"08-15 Assumption of Mary", "10-12 National Day of Spain", "11-01 All Saints' Day",
		"12-06 Constitution Day", "12-08 Immaculate Conception", "12-25 Christmas Day"}
	tests := []struct {
		lang  string
		year  int
		label string
		want  []string
	}{
		{"es", 2026, "festivos nacionales de España", es2026},
		{"es", 2027, "festivos nacionales de España", []string{
			"01-01 Año Nuevo", "01-06 Epifanía del Señor", "03-26 Viernes Santo", "05-01 Fiesta del Trabajo",
			"08-15 Asunción de la Virgen", "10-12 Fiesta Nacional de España", "11-01 Todos los Santos",
			"12-06 Día de la Constitución Española", "12-08 Inmaculada Concepción", "12-25 Natividad del Señor"}},
		{"en", 2027, "public holidays of Spain", en2027},
		{"fr", 2027, "public holidays of Spain", en2027}, // no French names: English
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.lang, tt.year), func(t *testing.T) {
			c, ok := LookupIn("es", tt.lang)
			if !ok {
				t.Fatal(`LookupIn("es") found nothing`)
			}
			var got []string
			for _, d := range c.Year(tt.year) {
				got = append(got, fmt.Sprintf("%02d-%02d %s", d.Month, d.Day, d.Name))
			}
			if !slices.Equal(got, tt.want) || c.Label != tt.label {
				t.Errorf("LookupIn(es, %s).Year(%d) = %q\n%s\nwant %q\n%s", tt.lang, tt.year, c.Label, strings.Join(got, "\n"), tt.label, strings.Join(tt.want, "\n"))
			}
		})
	}
	// Lookup is English: a site whose plans are in English names Spain's days in English.
	if c, _ := Lookup("es"); c.Year(2026)[1].Name != "Epiphany" {
		t.Errorf(`Lookup("es").Year(2026)[1] = %q, want Epiphany`, c.Year(2026)[1].Name)
	}
}
