package triage

import (
	"slices"
	"testing"
)

// Set 45 (mental health, medicines and poisons) was written blind at the
// start of the eleventh session. Its first run missed two emergencies; the
// readings that missed them are fixed here in general, each beside the
// wording that must keep its own reading.

// TestLipsAndTongueSwellingOnAMedicine: lips «منفوخين» (both lips swollen,
// the plural the lexicon did not know), a tongue «عم يكبر» (getting bigger)
// and «صعبة البلع» (hard to swallow, the adjective first) are angioedema,
// here on an ACE inhibitor (h45-029; NHS angioedema: call 999 when the
// tongue or throat swells). The Maghreb's «ماشي منفوخين» (not swollen,
// h23-052) and a tongue's pain that grows stay what they were.
func TestLipsAndTongueSwellingOnAMedicine(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بلشت دوا للضغط من شهر واليوم الصبح فقت شفافي منفوخين كتير وهلق لساني كمان عم يكبر وصعبة البلع شوي",
		"شفايفي منفوخين من الصبح بعد الدوا الجديد",
		"لساني قاعد يكبر ومش قادر اتكلم منيح",
		"my tongue is getting bigger since I took the new tablet",
		"his lips are swollen and his tongue is swelling",
	} {
		if d := e.Classify(text, Facts{AgeYears: 58}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency (angioedema)", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"كليت الفريز وطلعو ليا حبوب حمرين كيحكوني فالدراع والكرش. شفايفي ماشي منفوخين وكنتنفس مزيان",
		"عندي قرحة في لساني والوجع عم يزيد",
		"ابني عم يكبر وصار يتكلم كتير",
	} {
		if d := e.Classify(text, Facts{AgeYears: 23}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; no swelling of the airway", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAWishToSleepForeverAndAffairsInOrder: "I just want to sleep forever"
// is a passive wish to be dead (UR-MH-02), never someone who cannot be woken
// (h45-004 was RF-CONSC-01's); with the bank sorted and letters written to
// the children it is a farewell, intent told calmly (h45-032; RF-MH-01; NHS
// Help for suicidal thoughts: putting affairs in order). Being tired enough
// to sleep forever is no wish, and a man who went to sleep and did not wake
// is still unresponsive.
func TestAWishToSleepForeverAndAffairsInOrder(t *testing.T) {
	e := mustLoad(t)
	passive := "everything feels pointless, I keep thinking I just want to sleep forever and not wake up. I wouldnt actually do anything"
	if d := e.Classify(passive, Facts{AgeYears: 31}); d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-MH-02") {
		t.Errorf("%q: %s %v %v; want UR-MH-02, urgent", passive, d.Urgency, d.RedFlags, d.AmberFlags)
	}
	for _, text := range []string{
		"Not urgent really, can you cancel my appointment. I just want to sleep forever tbh. Ive sorted the bank stuff and written to the kids",
		"I wrote my will and wrote to my kids, it's all sorted",
		"بدي نام للابد. رتبت اموري وكتبت لولادي",
		"my dad went to sleep and did not wake up, he is not responding",
	} {
		if d := e.Classify(text, Facts{AgeYears: 47}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"so tired after the night shift I could sleep forever",
		"I sorted the bank stuff today, can I book a blood test",
	} {
		if d := e.Classify(text, Facts{AgeYears: 35}); d.Urgency == Emergency || slices.Contains(d.AmberFlags, "UR-MH-02") {
			t.Errorf("%q: %s %v %v; no wish to die", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
}
