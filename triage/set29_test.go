package triage

import (
	"slices"
	"testing"
)

// Set 29 was a training set of the ninth session: hidden emergencies told
// by relatives of older people, pilgrims and new mothers. Every emergency
// was caught, three only by the conversation; what follows is what the
// first message had not read, and what it had read that was not there.

// TestFallThenWontWalk: an older person who, since a fall, "just doesn't
// want to walk" is a leg that will not bear weight (RF-TRAUMA-05, a hip
// fracture until shown otherwise); the wording of t29-009 in every
// dialect. A fall after which the person walks, a child who will not
// walk, and an older person who walks less with no fall stay calm.
func TestFallThenWontWalk(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ماما وقعت امبارح في الحمام، بس من ساعتها مش عايزة تمشي خالص وبتقول وركها بيوجعها",
		"امي طاحت امس وما تبي تمشي من يومها",
		"ستي وقعت مبارح وما بدها تمشي",
		"الوالدة طاحت البارح وما بغاتش تمشي",
		"my nan had a fall on Sunday and she just doesn't want to walk since",
		"grandad fell in the garden and won't walk",
		"she fell this morning and refuses to stand",
	} {
		if d := e.Classify(text, Facts{AgeYears: 79}); !slices.Contains(d.RedFlags, "RF-TRAUMA-05") {
			t.Errorf("%q at 79: %s %v, want RF-TRAUMA-05", text, d.Urgency, d.RedFlags)
		}
	}
	for _, c := range []struct {
		text string
		age  int
	}{
		{"my nan had a fall yesterday, she got up and is walking fine", 83},
		{"جدي وقع امبارح بس قام وبيمشي عادي", 80},
		{"my mum doesn't want to walk far in the heat, her knees ache, no fall", 75},
		{"ابني وقع في المدرسة ومش عايز يمشي على رجله", 8},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: c.age}); slices.Contains(d.RedFlags, "RF-TRAUMA-05") {
			t.Errorf("%q at %d: %v; no older person who cannot walk after a fall", c.text, c.age, d.RedFlags)
		}
	}
}

// TestMumAndDadGiveTheAge: «ماما ٧٩ سنة» and "my nan is 83" name whose
// age it is, so the conversation knows an older person fell without
// asking (t29-009 was asked the age first, the crash and the bleeding).
func TestMumAndDadGiveTheAge(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ماما ٧٩ سنة وقعت امبارح ومن ساعتها مش عايزة تمشي",
		"بابا ٨٠ سنة وقع في الحمام وما بدو يمشي",
		"my nan is 83, she fell yesterday and won't walk",
	} {
		w := e.Walk(text, Facts{}, "", answerAll("no"))
		if w.Decision.Urgency != Emergency || slices.Contains(w.Asked, "age_band") {
			t.Errorf("%q: %s, asked %v; want the emergency with no age question", text, w.Decision.Urgency, w.Asked)
		}
	}
}

// TestFallAndGoneIsAFaint: «طاح وغاب شوية» (fell and was "gone" a
// moment), the Maghreb's and the Gulf's way to tell a faint, is a
// collapse (RF-CONSC-02 at 69, t29-014); gone from school or work is not.
func TestFallAndGoneIsAFaint(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بابا كنا فالطواف، طاح وغاب شوية، دقيقة ولا جوج، ومن بعد فاق",
		"ابوي طاح وغاب عن الدنيا شوي وبعدين صحى",
		"my dad went down in the kitchen and was out for a minute",
	} {
		if d := e.Classify(text, Facts{AgeYears: 69}); !slices.Contains(d.RedFlags, "RF-CONSC-02") {
			t.Errorf("%q at 69: %s %v, want RF-CONSC-02", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"ولدي طاح وغاب عن المدرسة يومين بسبب الزكام",
		"ابوي طاح على ركبته وغاب عن الشغل اسبوع",
	} {
		if d := e.Classify(text, Facts{AgeYears: 69}); slices.Contains(d.RedFlags, "RF-CONSC-02") {
			t.Errorf("%q: %v; away from school or work is no faint", text, d.RedFlags)
		}
	}
}

// TestLandedOnTheHand: a fall told by where it ended ("missed a step and
// landed on her hand") is an injury, and a swollen wrist after it a
// possible fracture (UR-INJ-01, t29-024 was routine); it is no plane
// landing. A wrist that is not swollen and used normally stays calm.
func TestLandedOnTheHand(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("One of our ladies missed a step on the stairs and landed on her hand. Wrist is swollen and really sore", Facts{AgeYears: 60})
	if !slices.Contains(d.AmberFlags, "UR-INJ-01") {
		t.Errorf("landed on her hand, swollen wrist: %s %v, want UR-INJ-01", d.Urgency, d.AmberFlags)
	}
	d = e.Classify("my son missed the last step and landed on his wrist, it is a bit sore but not swollen and he can use it fine", Facts{AgeYears: 12})
	if d.Urgency != SelfCare && d.Urgency != Routine {
		t.Errorf("a wrist not swollen, used fine: %s %v", d.Urgency, d.AmberFlags)
	}
	// the plane's landing is still a journey
	d = e.Classify("we landed from Lagos two days ago and now I have a fever", Facts{AgeYears: 40})
	if !slices.Contains(d.RedFlags, "RF-TRAVEL-01") {
		t.Errorf("a fever after landing from Lagos: %s %v, want RF-TRAVEL-01", d.Urgency, d.RedFlags)
	}
}

// TestDrySkinIsNoHeat: dry skin is no heat stroke's hot dry skin: a
// pilgrim's "skin very dry and itchy" went to the emergency number
// (RF-HEAT-01), and an older woman's «جلدها ناشف كتير» read hot dry skin
// (t29-038). Skin told hot, or sweating stopped, still is.
func TestDrySkinIsNoHeat(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I'm on hajj, after the days in the sun at Arafat my skin is very dry and itchy on my arms, what cream?",
		"انا حاج وبعد عرفة والشمس جلدي ناشف وايد ويحكني، وش احط؟",
		"إمي عمرها ٧٠، جلدها ناشف كتير بالشتوية وبيحكها شوي عالإجرين",
	} {
		if d := e.Classify(text, Facts{}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; dry skin is no heat stroke", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my dad is at arafat, his skin is hot and dry and he is confused",
		"ابوي في عرفات جلده ناشف وحار وما يعرق",
	} {
		if d := e.Classify(text, Facts{}); !slices.Contains(d.RedFlags, "RF-HEAT-01") {
			t.Errorf("%q: %s %v, want RF-HEAT-01", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestHeatStillUnwellAfterCooling: heat exhaustion out of the heat and
// drinking is home care only once it works; "a bit better, but still
// tired" is seen the same day (UR-HEAT-03, t29-018 was self-care). Cooled
// and fine now stays home care.
func TestHeatStillUnwellAfterCooling(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"كنت امشي للجمرات في الشمس، جاني صداع ودوخة خفيفة وعرق كثير. الحين في الخيمة تحت المكيف وشربت موية وتحسنت شوي، بس للحين تعبان",
		"dizzy and sweating loads after the jamarat in the sun, sat in the shade and drank water but still feel awful",
		"دايخ وعرقان بعد الشمس، قعدت في التكييف وشربت مية بس لسه تعبان",
	} {
		if d := e.Classify(text, Facts{AgeYears: 45}); !slices.Contains(d.AmberFlags, "UR-HEAT-03") {
			t.Errorf("%q: %s %v, want UR-HEAT-03", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"felt dizzy and sweaty after tawaf in the heat, sat in the aircon and drank water, feel fine now",
		"رجعت من الجمرات تعبانه وعرقانه، شربت موية وقاعده تحت المكيف",
	} {
		if d := e.Classify(text, Facts{AgeYears: 45}); d.Urgency == Urgent || d.Urgency == Emergency {
			t.Errorf("%q: %s %v; cooled and drinking, no worse", text, d.Urgency, d.AmberFlags)
		}
	}
}
