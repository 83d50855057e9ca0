package timeline

import (
	"bytes"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"github.com/followup/followup/generator/locale"
)

// TestICSSpanish writes a Spanish plan (the shipped Spanish texts, Spain's
// calendar) and parses it back with golang-ical: Spanish titles and
// descriptions with LANGUAGE=es-ES, UIDs of their own, Spain's holidays.
func TestICSSpanish(t *testing.T) {
	r, err := Default(testHelpers).WithCalendar("es", "es")
	if err != nil {
		t.Fatal(err)
	}
	es, err := r.Translate("data/timeline.es.toml", spanishTexts(t), "es", testHelpers)
	if err != nil {
		t.Fatal(err)
	}
	// Interview on Friday 4 December 2026: Monday 7 is a working day
	// nationally, Tuesday 8 (Inmaculada Concepción) is not.
	p, err := es.Plan(d(t, "2026-12-04"), "soon", Date{})
	if err != nil {
		t.Fatal(err)
	}
	loc := locale.Must("es-ES")
	var b bytes.Buffer
	opts := ICSOptions{Build: d(t, "2026-11-20"), Language: "es-ES", Name: "Plan de seguimiento: entrevista el " + loc.Day(p.Interview),
		CalDesc: "Días laborables contados sin fines de semana ni " + es.Counts() + ".", GuideLabel: "Más en la guía: ",
		GuideURL: func(g string) string { return "https://example.org/es/" + strings.TrimSuffix(g, ".md") }}
	if err := WriteICS(&b, p, opts); err != nil {
		t.Fatal(err)
	}
	checkLines(t, b.Bytes())
	cal := parseICS(t, b.Bytes())
	name := cal.CalendarProperties[0]
	for _, cp := range cal.CalendarProperties {
		if cp.IANAToken == "X-WR-CALNAME" {
			name = cp
		}
	}
	if name.Value != "Plan de seguimiento: entrevista el viernes, 4 de diciembre de 2026" || name.ICalParameters["LANGUAGE"][0] != "es-ES" {
		t.Errorf("X-WR-CALNAME = %q %v", name.Value, name.ICalParameters)
	}
	events := cal.Events()
	if len(events) != len(p.Steps) {
		t.Fatalf("%d events, want %d", len(events), len(p.Steps))
	}
	want := map[string][2]string{ // UID: SUMMARY, DTSTART
		"20261204-soon.es-before-leaving@followup.invalid":      {"Preguntas antes de salir", "20261204"},
		"20261204-soon.es-hand-delivered-note@followup.invalid": {"Nota entregada en mano", "20261204"},
		"20261204-soon.es-thank-you-email@followup.invalid":     {"Correo de agradecimiento", "20261204"},
		// three working days after Friday 4: Mon 7, Wed 9, Thu 10 (8 December is a holiday)
		"20261204-soon.es-first-call@followup.invalid": {"Primera llamada de seguimiento", "20261210"},
	}
	for _, e := range events {
		uid := prop(e, ics.ComponentPropertyUniqueId)
		summary := e.GetProperty(ics.ComponentPropertySummary)
		desc := e.GetProperty(ics.ComponentPropertyDescription)
		if summary.ICalParameters["LANGUAGE"][0] != "es-ES" || desc.ICalParameters["LANGUAGE"][0] != "es-ES" {
			t.Errorf("%s: LANGUAGE %v, %v", uid, summary.ICalParameters, desc.ICalParameters)
		}
		if !strings.Contains(desc.Value, "Más en la guía: https://example.org/es/guides/") || !strings.HasSuffix(desc.Value, "festivos nacionales de España.") {
			t.Errorf("%s: DESCRIPTION = %q", uid, desc.Value)
		}
		if w, ok := want[uid]; ok {
			if summary.Value != w[0] || prop(e, ics.ComponentPropertyDtStart) != w[1] {
				t.Errorf("%s: SUMMARY %q, DTSTART %s; want %q, %s", uid, summary.Value, prop(e, ics.ComponentPropertyDtStart), w[0], w[1])
			}
			delete(want, uid)
		}
	}
	for uid := range want {
		t.Errorf("no event %s", uid)
	}
}
