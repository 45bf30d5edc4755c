package triage

import (
	"slices"
	"testing"
)

// Set 32 was sealed: written blind at the start of the tenth session and
// run once by figures on the tree the session began from. It missed two
// emergencies and sent six patients to the emergency number who needed
// less; each is fixed here in general, with the wordings that must still
// fire beside the ones that must not.

// TestPillsTakenAfterAQuarrelAreAsked: a teenager who took "some" of her
// mother's Panadol to sleep the night of a fight with her father may have
// overdosed on purpose (h32-005; NICE CKS poisoning, CG16 self-harm). The
// words do not say how many or why, so the question is asked; a headache
// after a row treated with two tablets is told apart by its answer.
func TestPillsTakenAfterAQuarrelAreAsked(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها ١٦ سنه اتخانقت مع ابوها امبارح بالليل وقالت انها خدت شوية برشام بنادول من بتوعي علشان تنام. هي دلوقتي كويسه",
		"my daughter had a big fight with her dad last night and then took some of my sleeping tablets, she seems ok now",
		"ولدي تهاوش مع اخوه وشرب حبوب نوم، الحين عادي",
	} {
		w := e.Walk(text, Facts{}, "", answering(map[string]string{"abd_pills": "yes"}))
		if !slices.Contains(w.Asked, "abd_pills") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want abd_pills asked and an emergency on yes", text, w.Asked, w.Decision.Urgency)
		}
	}
	w := e.Walk("had an argument with my husband and got a headache, took 2 panadol", Facts{AgeYears: 35}, "", answerMild)
	if w.Decision.Urgency == Emergency {
		t.Errorf("two tablets for a headache after a row, answered no: %s %v", w.Decision.Urgency, w.Decision.RedFlags)
	}
}

// TestHisStoolIsStool: «برازه صاير اسود» (his stool has turned black) is a
// black stool, whoever's it is (h32-033, an old man on warfarin).
func TestHisStoolIsStool(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ابوي عمره ٧٨ وياخذ وارفارين، لاحظنا ان برازه صاير اسود من كم يوم واليوم دايخ شوي",
		"امي برازها اسود من امس",
	} {
		if d := e.Classify(text, Facts{}); !slices.Contains(d.RedFlags, "RF-BLEED-02") {
			t.Errorf("%q: %s %v; want RF-BLEED-02", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestExaggerationIsNoDread: "I feel like I'm dying" in the same sentence
// as the writer's own "OMG ... literally" tells how bad a pain is (h32-004,
// a kidney infection still drinking), and a back "on fire" is no burn;
// the same words said plainly with a fever are still the dread of sepsis,
// and clothes on fire are still a burn.
func TestExaggerationIsNoDread(t *testing.T) {
	e := mustLoad(t)
	text := "OMG my back is literally on fire, I feel like I'm dying 😭 had cystitis for 3 days and now my right side round the back is killing me and I was 38.6 last night. Still drinking and keeping stuff down."
	d := e.Classify(text, Facts{AgeYears: 24})
	if d.Urgency == Emergency || slices.Contains(d.AmberFlags, "UR-BURN-01") {
		t.Errorf("%s %v %v; want urgent, no sepsis and no burn", d.Urgency, d.RedFlags, d.AmberFlags)
	}
	if d := e.Classify("I have a fever and chills and I feel like I'm dying", Facts{AgeYears: 30}); !slices.Contains(d.RedFlags, "RF-SEPSIS-01") {
		t.Errorf("the dread of sepsis said plainly: %s %v; want RF-SEPSIS-01", d.Urgency, d.RedFlags)
	}
	if d := e.Classify("his clothes caught fire, his arm is burnt", Facts{AgeYears: 30}); d.Urgency.Rank() < Urgent.Rank() {
		t.Errorf("clothes on fire: %s; want at least urgent", d.Urgency)
	}
}

// TestHeavyPeriodsAreNoBleedNow: flooding through pads "every hour or two
// on the heavy days" for a year is heavy menstrual bleeding, a booked visit
// (NICE NG88), not RF-BLEED-01 (h32-023); a wound soaking through towels
// still is.
func TestHeavyPeriodsAreNoBleedNow(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Every month it's like a crime scene, I'm flooding through super tampons and pads every hour or two on the heavy days. Been like this about a year.",
		"الدوره عندي غزيره من سنه، نزيف قوي كل شهر",
	} {
		if d := e.Classify(text, Facts{AgeYears: 41, Sex: "f"}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; heavy periods are no emergency", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("bleeding heavily from a cut on my hand, soaking through towels", Facts{AgeYears: 30}); !slices.Contains(d.RedFlags, "RF-BLEED-01") {
		t.Errorf("a wound soaking through towels: %s %v; want RF-BLEED-01", d.Urgency, d.RedFlags)
	}
}

// TestASmallBurnThatStings: a coin-sized oil burn with a small blister that
// "تحرق بزاف" (stings a lot) and «ماشي كبيرة» (not big) is neither a large
// nor a severe burn (h32-030); a burn told severe or bigger than the hand
// still is.
func TestASmallBurnThatStings(t *testing.T) {
	e := mustLoad(t)
	text := "سلام، تحرقت بالزيت وانا نقلي، بقعة صغيرة قد الدورو فوق يدي حمرا وطلعت فيها فقاعة صغيرة. ماشي كبيرة بصح تحرق بزاف"
	if d := e.Classify(text, Facts{AgeYears: 44}); d.Urgency == Emergency || slices.Contains(d.Complaints, "womens_health") {
		t.Errorf("%s %v %v; no emergency, and the coin is no period", d.Urgency, d.RedFlags, d.Complaints)
	}
	for _, c := range []struct{ text, want string }{
		{"I have a bad burn on my arm from the oven", "RF-BURN-01"},
		{"عندي حرق شديد في رجلي من الماي الحار", "RF-BURN-01"},
		{"the burn is big, bigger than my hand, with blisters", "RF-BURN-02"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 40}); !slices.Contains(d.RedFlags, c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
}

// TestBreathlessOnlyWithEffort: a child with asthma who "بتنهج لما تجري"
// and "بتتكلم عادي" (h32-037), a mother with heart failure more breathless
// on the stairs who "can talk normal" (h32-034), and a man with COPD who
// «يتنهج اكثر من العادة لما يمشي» with a cough (h32-045) need to be seen
// today, not the emergency number; breathlessness at rest or too severe to
// speak still is one.
func TestBreathlessOnlyWithEffort(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		age  int
	}{
		{"بنتي ٧ سنين عندها ربو وليها يومين بتكح كتير بالليل وبتاخد البخاخه الزرقا كل ٣ او ٤ ساعات. بتتكلم عادي وبتلعب بس بتنهج لما تجري", 7},
		{"My mother 69 years has heart failure. For one week her legs are swelling more and she is more breathless climbing stairs. She can talk normal and sitting she is fine.", 69},
		{"بوي عنده الانسداد الرئوي من سنين ويدخن. من ثلاث ايام زادت الكحة والبلغم ولى اخضر، ويتنهج اكثر من العادة لما يمشي للحوش. يتكلم عادي وما عندهش سخانة", 66},
	} {
		w := e.Walk(c.text, Facts{AgeYears: c.age}, "", answerMild)
		if w.Decision.Urgency != Urgent {
			t.Errorf("%q: %s %v after %v; want urgent", c.text, w.Decision.Urgency, w.Decision.RedFlags, w.Asked)
		}
	}
	for _, text := range []string{
		"severe shortness of breath, getting worse",
		"كنتنهج بزاف",
		"my dad has a fever and a cough and he is breathing very fast",
		// speech told as not normal is no reassurance
		"severe shortness of breath, she is not talking normally",
		"ابوي عنده ضيق تنفس شديد وما يقدر يتكلم عادي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency != Emergency {
			t.Errorf("%q: %s; want emergency", text, d.Urgency)
		}
	}
}

// TestFewerNappies: «والحفاضات اقل من العادة» of a baby with vomiting and
// diarrhoea is decreased urine output, a sign of dehydration to be seen
// today (UR-CHILD-01; NICE CG84); h32-010 was told to look after him at
// home.
func TestFewerNappies(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدي عمره ١٠ شهور من امس يستفرغ وعنده اسهال ماي ماي ٦ او ٧ مرات، والحفاضات اقل من العاده يمكن ثنتين من الصبح",
		"my 8 month old has diarrhoea and his nappies are less wet than usual",
	} {
		if d := e.Classify(text, Facts{}); d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-CHILD-01") {
			t.Errorf("%q: %s %v; want urgent by UR-CHILD-01", text, d.Urgency, d.AmberFlags)
		}
	}
}

// TestMaghrebiArabizi: "kan9ya kolchi" (I vomit everything) is vomiting,
// and "kat", the Maghrebi mark of the present written apart from its verb,
// is no cat (h32-058, h32-016).
func TestMaghrebiArabizi(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("salam doctor, ana 7amla f chhar 3, men lbara7 kan9ya kolchi, ma9dertch nchrab 7ta lma", Facts{AgeYears: 25, Sex: "f"})
	if d.Urgency != Urgent || !slices.Contains(d.Complaints, "vomiting") {
		t.Errorf("pregnant, vomiting everything, no fluids kept: %s %v; want urgent vomiting", d.Urgency, d.Complaints)
	}
	d = e.Classify("bent khti 3andha 6 snin tal3o liha 7bob f jesmha kaml, kat7ekhom bzaf. kat akol w tal3ab 3adi", Facts{})
	if slices.Contains(d.AmberFlags, "UR-BITE-01") {
		t.Errorf("chickenpox in a child who eats and plays: %v; no animal bite", d.AmberFlags)
	}
}

// TestABackThatBrokeIsAnAche: «ضهري انكسر» after lifting a gas cylinder
// is how much a strained back aches (h32-035), no fracture; a back broken
// in a fall still is an injury.
func TestABackThatBrokeIsAnAche(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("يا جماعه ضهري انكسر امبارح شلت جرة غاز ومن وقتها مش قادر اتحرك منيح", Facts{AgeYears: 35})
	if slices.Contains(d.AmberFlags, "UR-INJ-01") {
		t.Errorf("a strained back: %s %v; no fracture", d.Urgency, d.AmberFlags)
	}
	if d := e.Classify("ابوي وقع من السلم وظهره انكسر ومش قادر يتحرك", Facts{AgeYears: 70}); d.Urgency.Rank() < Urgent.Rank() {
		t.Errorf("a back broken in a fall: %s; want at least urgent", d.Urgency)
	}
}

// TestAnAgeToldOnItsOwn: "45 years" told as a phrase of its own, as a
// form is filled in, is an age, not how long the complaint has lasted (a
// pilgrim's blisters from walking were 45 years old, routine, h32-017);
// after a complaint it is still how long.
func TestAnAgeToldOnItsOwn(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, age, duration string }{
		{"i am pilgrim from surabaya, 45 years. my feet have blisters from walking", "40to64y", ""},
		{"Male, 45 years. Blisters on my feet", "40to64y", ""},
		{"my mother, 70 years, has a cough", "65plus", ""},
		{"back pain, 20 years, getting worse", "", "months"},
	} {
		got := e.Prefill(c.text, Facts{}, "general")
		if got["age_band"] != c.age || got["duration"] != c.duration {
			t.Errorf("%q: age %q, duration %q; want %q, %q", c.text, got["age_band"], got["duration"], c.age, c.duration)
		}
	}
}

// TestPuffedIsBreathless: "puffed" is how British English says
// breathless; ten days after a caesarean it is a clot in the lung until
// shown otherwise (RF-PE-01), and "walking to the kitchen" does not make
// fast breathing with a fever mere effort.
func TestPuffedIsBreathless(t *testing.T) {
	e := mustLoad(t)
	if d := e.Classify("Getting really puffed just walking to the kitchen, had a c-section 10 days ago", Facts{}); !slices.Contains(d.RedFlags, "RF-PE-01") {
		t.Errorf("%s %v; want RF-PE-01", d.Urgency, d.RedFlags)
	}
	if d := e.Classify("my dad has a fever and he is breathing fast, he cant even walk to the bathroom", Facts{AgeYears: 70}); d.Urgency != Emergency {
		t.Errorf("fast breathing with a fever: %s; want emergency", d.Urgency)
	}
}

// TestAJointThatOnlyHurtsBadly: a knee "killing me" for a year, worse on
// the stairs, is osteoarthritis for a booked visit (NICE NG226), not the hot
// swollen joint of UR-JOINT-01 (h32-044); a joint that is hot or red, or
// newly and badly painful or swollen (UR-JOINT-02), still is one.
func TestAJointThatOnlyHurtsBadly(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("My knee is killing me o, both knees but right one worse, especially climbing stairs. I am 58 years, it has been like this for about one year and getting worse small small. No injury.", Facts{})
	if slices.Contains(d.AmberFlags, "UR-JOINT-01") {
		t.Errorf("a knee aching for a year: %s %v; no hot joint", d.Urgency, d.AmberFlags)
	}
	for _, text := range []string{
		"bad pain and swelling in my big toe joint, red and hot",
		"my knee is swollen and the pain is severe",
		"ركبتي منتفخه بزاف وتوجعني",
		"ركبتي منتفخة وحارة وحمرا",
	} {
		if d := e.Classify(text, Facts{AgeYears: 50}); !slices.Contains(d.AmberFlags, "UR-JOINT-01") && !slices.Contains(d.AmberFlags, "UR-JOINT-02") {
			t.Errorf("%q: %s %v; want UR-JOINT-01 or UR-JOINT-02", text, d.Urgency, d.AmberFlags)
		}
	}
}

// TestLiterallyIsMeant: "literally" alone marks no exaggeration; the dread
// of sepsis told with it still counts.
func TestLiterallyIsMeant(t *testing.T) {
	e := mustLoad(t)
	if d := e.Classify("I literally feel like I'm dying, fever 40 and shivering", Facts{AgeYears: 25}); d.Urgency != Emergency {
		t.Errorf("%s %v; want emergency", d.Urgency, d.RedFlags)
	}
}
