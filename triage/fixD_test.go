package triage

import (
	"slices"
	"testing"
)

// Fifteenth-session fixes: medicines asked about, and fewer questions for
// children (docs/TRIAGE-HISTORY.md).

// TestAQuestionAboutOnesOwnMedicineIsThePharmacists: whether a painkiller
// goes with one's own medicine, and what to do about one dose forgotten,
// are answered as self-care (pharmacist advice: NHS, BNF) when nothing
// worrying is told; the blood thinner named does not make a back pain a
// heart complaint (h80-038, h80-039). Overdoses, a child's doses, insulin,
// dialysis and a bleed on the blood thinner stay as they were.
func TestAQuestionAboutOnesOwnMedicineIsThePharmacists(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 70}
	urgencyIs(t, e, SelfCare, "general_practice", old,
		// may a painkiller be taken with it
		"can I take paracetamol with my warfarin for back ache",
		"can i take panadol with my warfrin for my back pain",
		"is it safe to take ibuprofen with my blood pressure tablets, i have a headache",
		"اقدر اخذ بنادول مع دوا السيولة؟ ظهري يعورني شوي",
		"ينفع اخد بنادول مع الوارفارين؟ ضهري واجعني شوية",
		"فيني اخد بنادول مع دوا الضغط؟ راسي عم يوجعني شوي",
		"واش نقدر ناخد دوليبران مع دوا الطونسيو؟ عندي وجع الراس شوية",
		"momken akhod panadol ma3 dawa el daght? dahri waga3ni shwaya",
		"mama btekhod warfarin, w 3anda waja3 daher khafeef men embere7 la2enno shalet ghasil ta2eel. fiya tekhod panadol?",
		// one dose forgotten
		"missed one blood pressure pill yesterday, what do I do",
		"I forgot to take my thyroid tablet this morning, should I take two tomorrow?",
		"نسيت آخذ حبة الضغط امس، وش اسوي؟",
		"نسيت اخد حباية الضغط امبارح، اعمل ايه؟",
		"نسيت اخد حبة الضغط مبارح، هلأ منيحة وما في اشي. بوخد حبتين اليوم ولا لأ؟",
		"نسيت ناخد الدوا ديال الطونسيو البارح، اش ندير؟",
		"nsit akhod 7abbet el daght mbare7, shu a3mel?",
		// the stool dark or hard on iron
		"my stool is dark since I started iron tablets",
		"constipated since starting iron tablets 2 weeks ago",
		"من بديت حبوب الحديد صار البراز غامق",
		"من ساعة ما بدأت حبوب الحديد البراز بقى لونه غامق وعندي امساك",
		"ابي عم ياخد حب حديد من اسبوعين وصار عندو امساك وبرازو لونو غامق. غير هيك منيح وعم ياكل",
	)
	// look-alikes, as they were
	classifiedAs(t, e, true, old,
		"I took 10 paracetamol by mistake",
		"black tarry stool on iron tablets",
		"can I take paracetamol for chest pain",
	)
	urgencyIs(t, e, Routine, "pediatrics", Facts{}, "I gave my son two doses of calpol by mistake")
	urgencyIs(t, e, Urgent, "endocrinology", Facts{AgeYears: 40},
		"I forgot my insulin this morning and my sugar is 300",
		"نسيت ابرة الانسولين اليوم",
	)
	urgencyIs(t, e, Urgent, "nephrology", old, "missed my dialysis yesterday")
	urgencyIs(t, e, Urgent, "cardiology", old, "on warfarin, my gums bleed, can I take paracetamol?")
	urgencyIs(t, e, Routine, "cardiology", old, "on warfarin, need INR check")
	// pills missed for days are no single dose: a review
	urgencyIs(t, e, Routine, "", old, "I missed my blood pressure pills for two weeks", "نسيت حبوب الضغط من اسبوع")
	// the Gulf's «وش» (what) is no face; «وشه» still is
	if present(t, e, "نسيت آخذ حبة الضغط امس، وش اسوي؟", "face") {
		t.Errorf("«وش اسوي» read as a face")
	}
	if !present(t, e, "وشه احمر ومنفخ", "face") {
		t.Errorf("«وشه» not read as a face")
	}
}

// askedOf plays a conversation answering "no" (and the first option of
// any other question) and returns the questions asked.
func askedOf(e *Engine, text string, f Facts) []string {
	answers := map[string]string{}
	var asked []string
	for range 20 {
		q, ok := e.NextQuestion(text, f, "", answers)
		if !ok {
			break
		}
		asked = append(asked, q.ID)
		if q.Kind == KindYesNo {
			answers[q.ID] = "no"
		} else {
			answers[q.ID] = q.Options[0].Value
		}
	}
	return asked
}

// TestAChildsScreenIsNotAskedTwice: a febrile child asked whether drowsy
// or floppy, whether a rash fades, whether the ribs suck in and whether
// the nappies are dry has been asked the child's safety screen (NICE
// NG143's red features), and is not asked it again; with a bleed, an
// injury or a wound told the screen is asked. The emergencies stay.
func TestAChildsScreenIsNotAskedTwice(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text   string
		f      Facts
		screen bool
	}{
		{"my son is 3, fever of 39 since yesterday", Facts{AgeYears: 3}, false},
		{"ولدي عمره ٤ سنين حرارته ٣٩ من امس وما يبا ياكل", Facts{AgeYears: 4}, false},
		{"ابني عنده سنتين سخن من امبارح ومش عايز ياكل", Facts{AgeYears: 2}, false},
		{"بنتي عمرها ٣ سنين عندها حرارة من يومين", Facts{AgeYears: 3}, false},
		{"بنتي عندها عامين فيها السخانة من البارح، شنو نديرو؟", Facts{AgeYears: 2}, false},
		{"binti 3umrha 3 snin 3indha 7arara min 5 ayyam, tenzil bil panadol w terja3", Facts{AgeYears: 3}, false},
		// told with a bleed, an injury or a wound: the screen's heavy
		// bleeding is asked
		{"my son is 3, fever of 39 since yesterday and a nosebleed this morning", Facts{AgeYears: 3}, true},
		{"ابني ٣ سنين عنده اسهال وسخونية والنهارده لقيت دم مع البراز", Facts{AgeYears: 3}, true},
	} {
		got := askedOf(e, c.text, c.f)
		if slices.Contains(got, "screen_child") != c.screen {
			t.Errorf("%q: asked %v; screen_child asked: want %v", c.text, got, c.screen)
		}
	}
	// a "yes" to the family's own red features is still an emergency
	for _, q := range []string{"fever_drowsy", "fever_rash", "child_breathing"} {
		d := e.Assess("my son is 3, fever of 39 since yesterday", Facts{AgeYears: 3}, map[string]string{q: "yes"})
		if d.Urgency != Emergency {
			t.Errorf("yes to %s: %s", q, d.Urgency)
		}
	}
}

// TestAMonthNamedAsAPointIsNoLongDuration: "since September" is weeks to
// months (set 82), but a month named as a past point ("in September I
// had...") and the start of this month are no long duration.
func TestAMonthNamedAsAPointIsNoLongDuration(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text    string
		chronic bool
	}{
		{"Since September I get tummy aches most mornings", true},
		{"من ايلول وانا عندي وجع ببطني الصبح", true},
		{"من شهر سبتمبر عندي وجع في بطني", true},
		{"in September I had a bad cough, now I have a fever since yesterday", false},
		{"in september i had my tonsils out, now my throat hurts since this morning", false},
		{"في سبتمبر كان عندي كحة، اليوم عندي حرارة من امس", false},
		{"بشهر ايلول كان معي رشح، هلق عندي حرارة من مبارح", false},
		{"since the start of this month I have a cough", false},
		{"I have a cough since early this month", false},
		{"من اول الشهر عندي كحة", false},
	} {
		if got := present(t, e, c.text, "chronic"); got != c.chronic {
			t.Errorf("%q: chronic %v, want %v", c.text, got, c.chronic)
		}
	}
}
