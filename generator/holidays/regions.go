package holidays

import (
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// all returns every calendar, with names in language lang where a
// calendar has them (Spain's in Spanish), else in English. It builds them on
// each call: they hold the library's holiday definitions, and no calendar is
// shared state.
func all(lang string) []Calendar {
	cs := []Calendar{
		{"gb-eaw", "England and Wales bank holidays", gb.Holidays},
		{"gb-sct", "Scotland bank holidays", scotland()},
		{"gb-nir", "Northern Ireland bank holidays", append(gb.Holidays[:len(gb.Holidays):len(gb.Holidays)], stPatrick(), boyne())},
		{"us", "US federal holidays", us.Holidays},
		{"ca", "Canadian statutory holidays", ca.Holidays},
		{"ca-on", "Ontario statutory holidays", []*cal.Holiday{ca.NewYear, familyDay(), ca.GoodFriday, ca.VictoriaDay, ca.CanadaDay, ca.LabourDay, ca.ThanksgivingDay, ca.ChristmasDay, ca.BoxingDay}},
		{"ca-qc", "Quebec statutory holidays", []*cal.Holiday{ca.NewYear, ca.GoodFriday, patriotesDay(), stJeanBaptiste(), ca.CanadaDay, ca.LabourDay, ca.ThanksgivingDay, ca.ChristmasDay}},
		{"ca-bc", "British Columbia statutory holidays", []*cal.Holiday{ca.NewYear, familyDay(), ca.GoodFriday, ca.VictoriaDay, ca.CanadaDay, ca.CivicDay.Clone(&cal.Holiday{Name: "British Columbia Day"}), ca.LabourDay, ca.NationalDayForTruthAndReconciliation, ca.ThanksgivingDay, ca.RemembranceDay, ca.ChristmasDay}},
		{"ca-ab", "Alberta statutory holidays", []*cal.Holiday{ca.NewYear, familyDay(), ca.GoodFriday, ca.VictoriaDay, ca.CanadaDay, ca.LabourDay, ca.ThanksgivingDay, ca.RemembranceDay, ca.ChristmasDay}},
		{"au-act", "Australian Capital Territory public holidays", au.HolidaysACT},
		{"au-nsw", "New South Wales public holidays", au.HolidaysNSW},
		{"au-nt", "Northern Territory public holidays", au.HolidaysNT},
		{"au-qld", "Queensland public holidays", au.HolidaysQLD},
		{"au-sa", "South Australia public holidays", au.HolidaysSA},
		{"au-tas", "Tasmania public holidays", au.HolidaysTAS},
		{"au-vic", "Victoria public holidays", au.HolidaysVIC},
		{"au-wa", "Western Australia public holidays", au.HolidaysWA},
	}
	for _, p := range []string{"mb", "nb", "nl", "ns", "pe", "sk", "nt", "nu", "yt"} {
		cs = append(cs, Calendar{Name: "ca-" + p, Label: "Canadian statutory holidays", list: ca.Holidays})
	}
	for _, st := range usStates() {
		list, label := us.Holidays, "US federal holidays"
		if st == "ma" || st == "me" {
			list, label = append(us.Holidays[:len(us.Holidays):len(us.Holidays)], patriotsDay()), "US federal holidays and Patriots' Day"
		}
		cs = append(cs, Calendar{Name: "us-" + st, Label: label, list: list})
	}
	for _, c := range []struct {
		name, country string
		list          []*cal.Holiday
	}{
		{"ar", "Argentina", ar.Holidays}, {"at", "Austria", at.Holidays}, {"be", "Belgium", be.Holidays},
		{"bg", "Bulgaria", bg.Holidays}, {"br", "Brazil", br.Holidays}, {"ch", "Switzerland", ch.Holidays},
		{"cz", "Czechia", cz.Holidays}, {"de", "Germany", de.Holidays}, {"dk", "Denmark", dk.Holidays},
		{"fr", "France", fr.Holidays}, {"gr", "Greece", gr.Holidays},
		{"hr", "Croatia", hr.Holidays}, {"ie", "Ireland", ie.Holidays}, {"it", "Italy", it.Holidays},
		{"jp", "Japan", jp.Holidays}, {"lt", "Lithuania", lt.Holidays}, {"lv", "Latvia", lv.Holidays},
		{"mw", "Malawi", mw.Holidays}, {"nc", "New Caledonia", nc.Holidays}, {"nl", "the Netherlands", nl.Holidays},
		{"no", "Norway", no.Holidays}, {"nz", "New Zealand", nz.Holidays}, {"pl", "Poland", pl.Holidays},
		{"ro", "Romania", ro.Holidays}, {"ru", "Russia", ru.Holidays}, {"se", "Sweden", se.Holidays},
		{"si", "Slovenia", si.Holidays}, {"sk", "Slovakia", sk.Holidays}, {"ua", "Ukraine", ua.Holidays},
		{"za", "South Africa", za.Holidays},
	} {
		cs = append(cs, Calendar{Name: c.name, Label: "public holidays of " + c.country, list: c.list})
	}
	spainLabel := "public holidays of Spain"
	if lang == "es" {
		spainLabel = "festivos nacionales de España"
	}
	cs = append(cs, Calendar{Name: "es", Label: spainLabel, list: spain(lang)})
	for code, list := range map[string][]*cal.Holiday{
		"de-bw": de.HolidaysBW, "de-by": de.HolidaysBY, "de-be": de.HolidaysBE, "de-bb": de.HolidaysBB,
		"de-hb": de.HolidaysHB, "de-hh": de.HolidaysHH, "de-he": de.HolidaysHE, "de-mv": de.HolidaysMV,
		"de-ni": de.HolidaysNI, "de-nw": de.HolidaysNW, "de-rp": de.HolidaysRP, "de-sl": de.HolidaysSL,
		"de-sn": de.HolidaysSN, "de-st": de.HolidaysST, "de-sh": de.HolidaysSH, "de-th": de.HolidaysTH,
		"ch-zh": ch.HolidaysZH, "ch-be": ch.HolidaysBE, "ch-lu": ch.HolidaysLU, "ch-ur": ch.HolidaysUR,
		"ch-sz": ch.HolidaysSZ, "ch-ow": ch.HolidaysOW, "ch-nw": ch.HolidaysNW, "ch-gl": ch.HolidaysGL,
		"ch-zg": ch.HolidaysZG, "ch-fr": ch.HolidaysFR, "ch-so": ch.HolidaysSO, "ch-bs": ch.HolidaysBS,
		"ch-bl": ch.HolidaysBL, "ch-sh": ch.HolidaysSH, "ch-ar": ch.HolidaysAR, "ch-ai": ch.HolidaysAI,
		"ch-sg": ch.HolidaysSG, "ch-gr": ch.HolidaysGR, "ch-ag": ch.HolidaysAG, "ch-tg": ch.HolidaysTG,
		"ch-vd": ch.HolidaysVD, "ch-ti": ch.HolidaysTI, "ch-vs": ch.HolidaysVS, "ch-ne": ch.HolidaysNE,
		"ch-ge": ch.HolidaysGE, "ch-ju": ch.HolidaysJU,
	} {
		country := "Germany"
		if code[:2] == "ch" {
			country = "Switzerland"
		}
		cs = append(cs, Calendar{Name: code, Label: "public holidays of " + country + " (" + code + ")", list: list})
	}
	return cs
}

func usStates() []string {
	return []string{"al", "ak", "az", "ar", "ca", "co", "ct", "dc", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy"}
}

// ukWeekend moves a day that falls on a weekend to the Monday after.
func ukWeekend() []cal.AltDay {
	return []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 1}}
}

// scotland: New Year's Day and 2 January, Good Friday, the early May and
// spring bank holidays, the first Monday of August, St Andrew's Day,
// Christmas and Boxing Day, and the one-off UK days.
func scotland() []*cal.Holiday {
	jan2 := &cal.Holiday{Name: "2nd January", Type: cal.ObservanceBank, Month: time.January, Day: 2, Func: cal.CalcDayOfMonth,
		Observed: []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}, {Day: time.Monday, Offset: 1}}}
	andrew := &cal.Holiday{Name: "St Andrew's Day", Type: cal.ObservanceBank, Month: time.November, Day: 30, Func: cal.CalcDayOfMonth, Observed: ukWeekend()}
	return []*cal.Holiday{gb.NewYear, jan2, gb.GoodFriday, gb.EarlyMay, gb.VEDay, gb.CoronationDay, gb.SpringHoliday, gb.SpringHoliday2022,
		gb.PlatinumJubilee, gb.SummerHolidayScotland, andrew, gb.ChristmasDay, gb.BoxingDay}
}

func stPatrick() *cal.Holiday {
	return &cal.Holiday{Name: "St Patrick's Day", Type: cal.ObservanceBank, Month: time.March, Day: 17, Func: cal.CalcDayOfMonth, Observed: ukWeekend()}
}

func boyne() *cal.Holiday {
	return &cal.Holiday{Name: "Battle of the Boyne (Orangemen's Day)", Type: cal.ObservanceBank, Month: time.July, Day: 12, Func: cal.CalcDayOfMonth, Observed: ukWeekend()}
}

// patriotsDay is the third Monday of April, in Massachusetts and Maine.
func patriotsDay() *cal.Holiday {
	return &cal.Holiday{Name: "Patriots' Day", Type: cal.ObservancePublic, Month: time.April, Weekday: time.Monday, Offset: 3, Func: cal.CalcWeekdayOffset}
}

// familyDay is the third Monday of February (Ontario, Alberta, and British
// Columbia since 2019, which had it a week earlier before).
func familyDay() *cal.Holiday {
	return &cal.Holiday{Name: "Family Day", Type: cal.ObservancePublic, Month: time.February, Weekday: time.Monday, Offset: 3, Func: cal.CalcWeekdayOffset}
}

// patriotesDay is Quebec's National Patriots' Day: the Monday before 25 May.
func patriotesDay() *cal.Holiday {
	return ca.VictoriaDay.Clone(&cal.Holiday{Name: "National Patriots' Day"})
}

// stJeanBaptiste is Quebec's Fête nationale, 24 June (moved to Monday 25
// when it falls on a Sunday).
func stJeanBaptiste() *cal.Holiday {
	return &cal.Holiday{Name: "Fête nationale (St-Jean-Baptiste Day)", Type: cal.ObservancePublic, Month: time.June, Day: 24, Func: cal.CalcDayOfMonth,
		Observed: []cal.AltDay{{Day: time.Sunday, Offset: 1}}}
}
