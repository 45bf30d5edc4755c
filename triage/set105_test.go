package triage

import "testing"

// Training set 105 (seventeenth session): plain emergencies told plainly in
// the first message, and their everyday look-alikes, half in English and
// half in Arabic. Its first run caught all 28 emergencies from the first
// message; the one urgency it missed is the family below.

// TestAPadChangedAboutEveryHour: a period whose pad is changed every hour
// or two is seen the same day (UR-GYN-02; NHS: Heavy periods; the
// service's policy: without faintness, urgent) when the pad is told first
// and the hour a few words after, "about" or "since when" between:
// «كنبدل الفوطة تقريبا كل ساعة من البارح» (h105-040) was routine. The
// Levantine first person «عم غير» (I am changing) is read as the verb it
// is, not the "but" of «غير». A wet towel on a feverish head every hour is
// no period, a heavy day of every month stays NG88's booked visit, and a
// bleed that will not stop, told beside the pad, stays RF-BLEED-01.
func TestAPadChangedAboutEveryHour(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 38, Sex: "f"}
	amberOf(t, e, "UR-GYN-02", true, f,
		"السلام، الدورة جاتني قوية بزاف هاد المرة، كنبدل الفوطة تقريبا كل ساعة من البارح، ولكن ما كنحسش بالدوخة وما طحتش. ماشي حاملة.",
		"كنبدل الفوطة تقريبا كل ساعة",
		"my period is heavy, I have to change my pad roughly every hour",
		"changing my pad almost every hour since yesterday",
		"اغير الفوطه يمكن كل ساعه من امس",
		"بغير الفوطة تقريبا كل ساعة",
		"عم غير الفوطة تقريبا كل ساعة",
		"الدورة نازلة كتير هالمرة وعم غير الفوطة تقريبا كل ساعتين",
		"عم غير كل ساعه",
		"nbadel l serviette ta9riban kol sa3a, ldora 9wiya",
		"el dawra ti2ila, b8ayer el fota ta2riban kol sa3a",
	)
	amberOf(t, e, "UR-GYN-02", false, f,
		"كنبدل الفوطة المبلولة لولدي على راسو تقريبا كل ساعة، عندو السخانة",
		"every month on the heavy days I change my pad about every hour",
		"I change my pad every 4 hours, normal flow",
		"I change my babys nappy every hour, he has diarrhoea",
	)
	redFlagIs(t, e, "RF-BLEED-01", true, f,
		"heavy bleeding wont stop, changing pads almost every hour",
		"Im bleeding heavily and changing my pad roughly every hour",
		"نزيف قوي ما بيوقف، بغير الفوطة تقريبا كل ساعة",
	)
	// a faint with it is still RF-CONSC-02's
	redFlagIs(t, e, "RF-CONSC-02", true, f,
		"changing my pad almost every hour, I fainted this morning",
	)
	// «عم» before «غير» keeps «غير» a verb only there: «من غير» is still
	// "without", and elsewhere «غير» still breaks the sentence
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 30},
		"حرقت ايدي بالمي السخنة، حرق صغير من غير فقاقيع",
	)
}
