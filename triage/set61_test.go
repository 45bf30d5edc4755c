package triage

import (
	"slices"
	"testing"
)

// Set 61 was written blind at the start of a thirteenth-session task:
// exact urgency at the boundaries between urgent, routine and self-care
// (a child's fever, a cold, a water infection, a sprain, hives, a refill,
// a lump, a headache, a red eye, an earache, a cut, a dental abscess, back
// pain, diarrhoea, reflux, anxiety, a chronic review). Its first run
// caught its six emergencies in both modes but sent two non-emergencies
// to the emergency number from words read out of their sense: «طوله ٣ سم»
// (a cut 3 cm long) read سم as poison, and two months of heartburn that
// «بيخف شوي وبترجع» (eases a little and comes back) was vomiting beside a
// chest burning. Three more were off by one step: the skin «ورا الركب»
// (behind the knees) of a child's eczema was the knees' pain, a hot joint;
// "3youni el tnein 7amra" (both my eyes are red) read tnein as طنين, a
// ringing in the ear, and a conjunctivitis went to ENT; a 2-year-old with
// 38.9 "playing a bit but clingy" was home care. And «ما استفرغت واقدر
// اشرب» (I have not vomited and I can drink) was vomiting and "cannot
// drink": the negation was taken by the "can" after the vomiting.

// TestCentimetresAreNoPoison: «سم» after a count is centimetres.
func TestCentimetresAreNoPoison(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انجرحت بالسكين وانا اقطع لحم، الجرح في باطن الكف طوله تقريبا ٣ سم ومفتوح شوي",
		"ابني انجرح في ركبته جرح طوله 2 سم",
		"طلعتلي كتلة في رقبتي حجمها ١ سم",
		"عندي جرح بايدي حوالي سم ونص ومفتوح",
		"الجرح طولو شي 4 سم والدم وقف",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); slices.Contains(d.RedFlags, "RF-POISON-01") {
			t.Errorf("%q: %v; centimetres are no poison", text, d.RedFlags)
		}
	}
	for _, text := range []string{
		"ولدي شرب سم الفار",
		"ابني بلع سم",
		"بنتي شربت كلوركس",
	} {
		if d := e.Classify(text, Facts{AgeYears: 4}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestEasesAndComesBackIsNoVomiting: a burning that eases and "comes
// back" (+رجع after an easing verb, any person, a word between) is the
// complaint returning, not vomiting (NICE CG184: reflux without alarm
// signs is a routine review).
func TestEasesAndComesBackIsNoVomiting(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"صرلي شهرين عم تجيني حموضة وحرقة بصدري بعد الاكل، عم آخد مضاد حموضة وبيخف شوي وبترجع",
		"حرقة بصدري من شهر، باخد دوا بيخف شوية وبيرجع تاني",
		"عندي حرقة في صدري من اسابيع، تهدى شوي وترجع",
		"حموضة في صدري كل يوم، ترتاح شوية وترجع",
	} {
		d := e.Classify(text, Facts{AgeYears: 42})
		if slices.Contains(d.RedFlags, "RF-CHEST-01") {
			t.Errorf("%q: %v; a burning that comes back is no vomiting", text, d.RedFlags)
		}
		if a := e.read(text); a.present[e.lex.index["vomiting"]] {
			t.Errorf("%q: read as vomiting", text)
		}
	}
	for _, text := range []string{
		"حرقة في صدري وعم استفرغ",
		"صدري يحرقني ورجعت مرتين",
	} {
		if d := e.Classify(text, Facts{AgeYears: 58}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestSkinBehindTheKneesIsNoJoint: eczema behind the knees or in the
// elbow's bend is the skin's (NICE CG57), a routine review; a hot red
// swollen knee is still UR-JOINT-01.
func TestSkinBehindTheKneesIsNoJoint(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ابني عنده ٣ سنين عنده حساسية جلد من زمان، ناشف واحمر ورا الركب وفي الكوع وبيهرش كتير بالليل",
		"بنتي جلدها ناشف واحمر خلف الركب وبتحك",
		"my son has red itchy dry skin behind the knees for months",
	} {
		if d := e.Classify(text, Facts{AgeYears: 3}); slices.Contains(d.RedFlags, "UR-JOINT-01") || d.Urgency == Urgent || d.Urgency == Emergency {
			t.Errorf("%q: %s %v; want the skin's routine", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"ركبتي منتفخة وحارة وحمرا",
		"ركبتي بتوجعني ووارمة وحمرا من امبارح",
	} {
		if d := e.Classify(text, Facts{AgeYears: 50}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestFeverishChildPlayingOnlyALittle: a child under five with a fever
// who plays only "a bit" is less active than usual, NICE NG143's amber,
// seen today (UR-CHILD-06); running about and eating is still home care.
func TestFeverishChildPlayingOnlyALittle(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my daughter is 2, temp 38.9 since lunch, still drinking ok, shes playing a bit but clingy",
		"ولدي عمره سنتين عنده حراره ٣٩ ويلعب شوي بس",
		"بنتي عندها ٣ سنين سخنة من امبارح وبتلعب شوية",
		"ولدي عندو عامين فيه السخانة وكيلعب شويا",
	} {
		if d := e.Classify(text, Facts{AgeYears: 2}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my son is 4, temp of 38.5 since yesterday, runny nose, he is running round and eating",
		"ولدي عمره ٣ سنين حرارته ٣٨ بس يلعب وياكل عادي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 3}); d.Urgency == Urgent || d.Urgency == Emergency {
			t.Errorf("%q: %s %v; want home care", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestNegatedComplaintBeforeCanKeepsItsNegation: "not X and I can Y" is
// no X and an ability, not X and "cannot Y"; "I cannot Y" still is.
func TestNegatedComplaintBeforeCanKeepsItsNegation(t *testing.T) {
	e := mustLoad(t)
	vomiting, cannot := e.lex.index["vomiting"], e.lex.index["cannot"]
	for _, text := range []string{
		"ما استفرغت واقدر اشرب",
		"ma astafragt w a9dar ashrab",
		"ما يوجعني واقدر امشي",
		"ما كحيت واقدر انام",
	} {
		a := e.read(text)
		if a.present[vomiting] || a.present[cannot] {
			t.Errorf("%q: vomiting %v, cannot %v; want neither", text, a.present[vomiting], a.present[cannot])
		}
	}
	for _, text := range []string{"ما اقدر اشرب", "ما عاد اقدر امشي", "ma a9dar ashrab"} {
		if a := e.read(text); !a.present[cannot] {
			t.Errorf("%q: not read as cannot", text)
		}
	}
}

// TestBothEyesInArabizi: "el tnein" is both, not a ringing in the ear.
func TestBothEyesInArabizi(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"3youni el tnein 7amra w mlazze2in el sob7",
		"3ayni tnein 7amrin mn embare7",
		"el tneen 3younah 7amra",
	} {
		a := e.read(text)
		if a.present[e.lex.index["ear_other"]] {
			t.Errorf("%q: read as an ear complaint", text)
		}
		if !a.present[e.lex.index["eye"]] {
			t.Errorf("%q: the eye not read", text)
		}
	}
}
