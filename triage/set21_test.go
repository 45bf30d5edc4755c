package triage

import (
	"slices"
	"testing"
)

// TestOlderFallCannotGetUp: at 65 and over, a fall after which the patient
// cannot get up, stand or walk on the leg is a hip fracture until shown
// otherwise, an emergency (RF-TRAUMA-05) whoever tells it and however
// mildly (h21-013, «راني مليحة غير شوية وجع … ما قدرتش توقف على
// رجلها»); walking on it, or a younger patient, is not.
func TestOlderFallCannotGetUp(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my grandmother is 84, she fell in the kitchen and now she can't stand up",
		"mum fell in the bathroom last night, only a little pain she says, but she cannot walk on her leg",
		"يما طاحت فالدار البارح وقالت غير شوية وجع، اليوم ما قدرتش توقف على رجلها",
		"جدي وقع في الحمام ومش قادر يقوم من الارض",
		"ستي وقعت بالمطبخ وما عم تقدر تمشي",
		"الوالده طاحت امس وما تقدر توقف على رجلها",
		"jiddo wi2e3 bil 7ammam w ma 3am y2dar ymshi",
	} {
		if d := e.Classify(text, Facts{AgeYears: 82, Sex: "f"}); !slices.Contains(d.RedFlags, "RF-TRAUMA-05") {
			t.Errorf("%q: %s %v, want RF-TRAUMA-05", text, d.Urgency, d.RedFlags)
		}
	}
	// told mildly, the leg's weight asked and answered
	w := e.Walk("جدي وقع في البيت وبيشتكي من وجع في وركه", Facts{AgeYears: 80, Sex: "m"}, "",
		answering(map[string]string{"inj_weight": "yes"}))
	if w.Decision.Urgency != Emergency {
		t.Errorf("an 80-year-old's fall, cannot bear weight when asked: %s (asked %v), want an emergency", w.Decision.Urgency, w.Asked)
	}
	for _, c := range []struct {
		text string
		age  int
	}{
		{"my grandmother fell but she got up and is walking fine", 84},
		{"جدي وقع بس قام وبيمشي عادي", 80},
		{"fell playing football and can't walk on my ankle", 25},
		{"طحت فالدرج وما قدرتش نمشي على رجلي", 30},
		{"جدتي ما تقدر توقف الكحة من امس", 80},
	} {
		// a younger patient's fall may still be read as a weak limb
		// (RF-STROKE-02), a gap left as it was; it is not this rule
		if d := e.Classify(c.text, Facts{AgeYears: c.age, Sex: "f"}); slices.Contains(d.RedFlags, "RF-TRAUMA-05") {
			t.Errorf("%q (age %d): %v, not an older person's fall unable to stand", c.text, c.age, d.RedFlags)
		}
	}
}
