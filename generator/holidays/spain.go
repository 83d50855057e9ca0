package holidays

import (
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/es"
)

// spain is Spain's national holidays, the days of rickar/cal's es list
// (checked against the BOE's resolutions of the Dirección General de
// Trabajo for 2026 and the rules of Real Decreto 2001/1983, art. 45, for
// 2027) under the names the BOE gives them, in Spanish for lang "es" and
// in English otherwise.
//
// The ten days are the national ones: 1 January, 6 January, Good Friday,
// 1 May, 15 August, 12 October, 1 November, 6 December, 8 December and
// 25 December. The regions (comunidades autónomas) may replace 6 January
// (none has), and a national day that falls on a Sunday may be moved by a
// region to the Monday after: in 2026, 1 November and 6 December (Monday 2
// November and Monday 7 December in some regions); in 2027, 15 August
// (Monday 16 August). Those Mondays, Maundy Thursday (every region but
// Catalonia and Valencia in 2026), 19 March, 25 July and each region's own
// day are regional, so this national calendar has none of them: a site in
// one region adds its days in [[holidays]].
func spain(lang string) []*cal.Holiday {
	days := []struct {
		h       *cal.Holiday
		en, esp string
	}{
		{es.AñoNuevo, "New Year's Day", "Año Nuevo"},
		{es.Reyes, "Epiphany", "Epifanía del Señor"},
		{es.ViernesSanto, "Good Friday", "Viernes Santo"},
		{es.Trabajador, "Labour Day", "Fiesta del Trabajo"},
		{es.Asunción, "Assumption of Mary", "Asunción de la Virgen"},
		{es.FiestaNacionalDeEspaña, "National Day of Spain", "Fiesta Nacional de España"},
		{es.TodosLosSantos, "All Saints' Day", "Todos los Santos"},
		{es.Constitucion, "Constitution Day", "Día de la Constitución Española"},
		{es.InmaculadaConcepcion, "Immaculate Conception", "Inmaculada Concepción"},
		{es.Navidad, "Christmas Day", "Natividad del Señor"},
	}
	list := make([]*cal.Holiday, len(days))
	for i, d := range days {
		name := d.en
		if lang == "es" {
			name = d.esp
		}
		list[i] = d.h.Clone(&cal.Holiday{Name: name})
	}
	return list
}
