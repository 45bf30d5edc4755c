package triage

import (
	"slices"
	"testing"
)

// Set 54 was written blind at the start of a twelfth-session task: the
// boundaries a nurse must tell apart between urgent, routine and self-care
// (a cough of weeks and one with fever and breathlessness, cystitis in a
// young woman and in a man or with loin pain, a settling fever and one with
// fewer wet nappies, a sprain walked on and one that cannot be, a spreading
// redness and an old itchy patch, a toothache and a swollen face, a tension
// headache and one that wakes with vomiting, refills and follow-ups). Its
// first run missed one emergency: a Levantine wife's «وجع فجأه بخاصرته
// اليمين قوي كتير ... وحرارته 39» (her husband's sudden loin pain with
// fever) was not read at all, as the loin was known only with "my"
// («خاصرتي»), never "his". It sent two non-emergencies to the emergency
// number: a second-language "better if I not wake up" (a refill of
// sertraline) read as a person who does not wake, and the Maghreb's «ماشي
// ناعسة» (not sleepy) read as a drowsy toddler. The other wrong urgencies
// were words not read: fewer wet nappies told against the usual count and
// in Darija, the Maghreb's sprain (تفكع) taken for a swollen leg and a clot,
// a redness «عم يمتد لفوق» (stretching up the arm), a duration glued to its
// pronoun («صارلها شهر», "sarlha shahr") and stitches to come out after an
// operation. Each is fixed here in general, beside the wording that must
// still fire and the wording that must not.

// TestTheLoinWithItsPronoun: the loin is the loin whoever's it is
// («بخاصرته», «خاصرتها», «خواصري»); a sudden severe loin pain with fever is
// the emergency (NICE NG118), and a loin pain denied is none.
func TestTheLoinWithItsPronoun(t *testing.T) {
	e := mustLoad(t)
	text := "مرحبا، زوجي عمره 45 اجاه وجع فجأه بخاصرته اليمين قوي كتير ما عم يقدر يقعد، وحرارته 39 وعم يرجف وبستفرغ"
	if d := e.Classify(text, Facts{AgeYears: 45, Sex: "m"}); d.Urgency != Emergency {
		t.Errorf("%q: %s %v; want emergency", text, d.Urgency, d.RedFlags)
	}
	for _, text := range []string{"امي عندها وجع بخاصرتها من امبارح", "ابوي يشتكي من الم في خاصرته", "عندي وجع بخواصري"} {
		if !present(t, e, text, "flank_pain") {
			t.Errorf("%q: no loin pain read", text)
		}
	}
	for _, text := range []string{"ما في وجع بخاصرته ولا حرارة", "زوجي عنده حرقة بالبول، ما عنده وجع بخاصرته"} {
		if present(t, e, text, "flank_pain") {
			t.Errorf("%q: a denied loin pain read", text)
		}
	}
}

// TestSecondLanguageNotWakingIsAWish: "better if I not wake up" is the
// writer's passive wish (UR-MH-02, the plan is asked), not someone who
// cannot be woken; a father who "not wake up" still is.
func TestSecondLanguageNotWakingIsAWish(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Hello, I need refill of my sertraline 50mg. Honestly last weeks I feel very low again and sometimes I think better if I not wake up. I dont have any plan",
		"I hope I not wake up tomorrow",
	} {
		d := e.Classify(text, Facts{AgeYears: 31})
		if slices.Contains(d.RedFlags, "RF-CONSC-01") || !present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: %s %v; a wish not to wake, not unconsciousness", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"my father is sleeping and I shake him but he not wake up", "she is not waking up even when I shake her"} {
		if d := e.Classify(text, Facts{}); !slices.Contains(d.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %s %v; someone who does not wake is an emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestMaghrebiMashiBeforeAnAdjective: the Maghreb's ماشي before a word is
// "not": «ماشي ناعسة» is no drowsy child, «ماشي سخانة» no fever; the same
// words without it still are.
func TestMaghrebiMashiBeforeAnAdjective(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, concept string }{
		{"بنتي عندها عامين فيها السخانة، ماشي ناعسة، كتلعب شوية", "drowsy"},
		{"ولدي ماشي ناعس، غير عيان شوية", "drowsy"},
		{"عندي الرواح هادي جوج ايام، ماشي سخانة، كنتنفس مزيان", "fever"},
	} {
		if present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s read", c.text, c.concept)
		}
	}
	for _, c := range []struct{ text, concept string }{
		{"ولدي عندو السخانة وناعس بزاف", "drowsy"},
		{"بنتي فيها السخانة من البارح", "fever"},
	} {
		if !present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s not read", c.text, c.concept)
		}
	}
	if d := e.Classify("ولدي عندو عامين عندو السخانة وناعس بزاف", Facts{AgeYears: 2}); d.Urgency != Emergency {
		t.Errorf("a drowsy feverish toddler: %s; want emergency", d.Urgency)
	}
}

// TestFewerWetNappiesInAFeverishChild: a feverish child under five passing
// less urine than usual is seen today even when smiling or playing (NICE
// NG143 amber, UR-CHILD-08); one drinking and weeing normally is home care.
func TestFewerWetNappiesInAFeverishChild(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		age  int
	}{
		{"My 14 month old has had a temperature for 2 days, calpol brings it down but she's only had 2 wet nappies today instead of her usual 6 or so. still smiling at me though", 1},
		{"السلام عليكم، بنتي عندها عامين، السخانة ليها من البارح، والكوش ما بقاش كيتبل بزاف. ماشي ناعسة، كتلعب شوية", 2},
		{"ابني عنده سنتين وسخن من امبارح وبيعمل بيبي اقل من العادي", 2},
	} {
		d := e.Classify(c.text, Facts{AgeYears: c.age})
		if d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-CHILD-08") {
			t.Errorf("%q: %s %v; want urgent UR-CHILD-08", c.text, d.Urgency, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"My son is 3, had a temp of 38.5 yesterday. Today he's drinking loads and weeing normally, running around playing",
		"ابني عنده ٤ سنين، كان سخن امبارح ونزلت، النهارده بيلعب وبيشرب كويس وبيعمل بي بي عادي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 3}); d.Urgency != SelfCare {
			t.Errorf("%q: %s %v; a settling fever in a well child is self-care", text, d.Urgency, d.AmberFlags)
		}
	}
}

// TestMaghrebiSprain: «تفكعات ليا رجلي» is a sprain (an injury), so a leg
// a little swollen after it and walked on is self-care, not a clot; a leg
// swollen and painful after a long journey still is UR-DVT-01's.
func TestMaghrebiSprain(t *testing.T) {
	e := mustLoad(t)
	text := "تفكعات ليا رجلي فالدروج البارح، شوية منفوخة ولكن كنمشي عليها عادي، الوجع خفيف"
	if d := e.Classify(text, Facts{AgeYears: 36, Sex: "f"}); d.Urgency != SelfCare || slices.Contains(d.AmberFlags, "UR-DVT-01") {
		t.Errorf("%q: %s %v; a sprain walked on is self-care", text, d.Urgency, d.AmberFlags)
	}
	if d := e.Classify("رجلي منتفخة وتعورني بعد رحلة طويلة", Facts{AgeYears: 50}); !slices.Contains(d.AmberFlags, "UR-DVT-01") {
		t.Errorf("a swollen painful leg after a journey: %s %v; want UR-DVT-01", d.Urgency, d.AmberFlags)
	}
}

// TestRednessStretchingUp: a redness that «يمتد» (stretches, creeps up)
// is spreading, a skin infection (UR-SKIN-01); one that does not is not.
func TestRednessStretchingUp(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"في احمرار بإيدي حوالين خرمشة من قطة، صار سخن وعم يمتد لفوق بسرعة من مبارح لليوم، وفي شوية حرارة",
		"الاحمرار حوالين الجرح قاعد يمتد",
	} {
		if d := e.Classify(text, Facts{AgeYears: 33}); !slices.Contains(d.AmberFlags, "UR-SKIN-01") {
			t.Errorf("%q: %s %v; want UR-SKIN-01", text, d.Urgency, d.AmberFlags)
		}
	}
	if present(t, e, "في احمرار خفيف حوالين الجرح بس ما عم يمتد", "redness_growing") {
		t.Errorf("a redness that does not spread read as spreading")
	}
}

// TestGluedSinceWithPronoun: «صارلها شهر», "sarlha shahr" is a duration
// (a cough of a month is routine, NICE CKS Cough); a cough of two days is
// still self-care.
func TestGluedSinceWithPronoun(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"عندي كحة صارلها شهر", "hala doc, 3indi ka7a sarlha shahr ta2riban, ma fi 7arara wala dam"} {
		if d := e.Classify(text, Facts{AgeYears: 55}); d.Urgency != Routine {
			t.Errorf("%q: %s; a cough of a month is routine", text, d.Urgency)
		}
	}
	if d := e.Classify("عندي كحة صارلها يومين", Facts{AgeYears: 30}); d.Urgency != SelfCare {
		t.Errorf("a cough of two days: %s; want self-care", d.Urgency)
	}
}

// TestStitchesOutIsAFollowUp: stitches to come out after an operation are
// a planned visit (routine); a cut that needs stitches is still urgent.
func TestStitchesOutIsAFollowUp(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Good morning doctor. I had gallbladder operation 12 days ago, wound is healing ok, no redness, no fever. When I can remove the stitches?",
		"عملت عملية من اسبوعين وبدي فك القطب",
	} {
		if d := e.Classify(text, Facts{AgeYears: 46}); d.Urgency != Routine {
			t.Errorf("%q: %s %v; a stitch removal is routine", text, d.Urgency, d.Complaints)
		}
	}
	if d := e.Classify("deep cut on my leg that needs stitches", Facts{AgeYears: 30}); d.Urgency != Urgent {
		t.Errorf("a cut that needs stitches: %s; want urgent", d.Urgency)
	}
}
