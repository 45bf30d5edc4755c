package triage

import (
	"slices"
	"testing"
)

// Set 55 was written blind and sealed at the start of the thirteenth
// session, and run by figures only at its start, in its middle and at its
// end (docs/TRIAGE-HISTORY.md, "held-out set 55, sealed"). Opened after the last
// run, its misses were: a heart attack told as "a heavy burny feeling
// behind my boobs" with an achy jaw (the burn of UR-BURN-01, and no chest),
// a girl of 16 who "swallowed a whole sheet of her nan's sleeping tabs"
// (no tablets read), and, sent too high, «قلبي بيوقف من الخوف» before an
// interview, «اتخنقت شويه» of an asthma the inhaler eased, «خالص» (at all)
// read as a severe belly pain, and mosquito bites on the legs read as a
// red calf. Each is fixed here in general, beside the wording that must
// not fire.

// TestTheChestToldByTheBreasts: a heaviness "behind my boobs" is in the
// chest, and a "burny" feeling is a pain's quality, not a burn.
func TestTheChestToldByTheBreasts(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 58, Sex: "f"},
		"heavy burny feeling behind my boobs that wont shift and my jaw aches",
		"pressure between my breasts going into my left arm",
	)
	for _, text := range []string{
		"a burny feeling in my stomach after spicy food",
		"burny pain when I pee",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30, Sex: "f"}); slices.Contains(d.AmberFlags, "UR-BURN-01") {
			t.Errorf("%q: %v; a burny feeling is no burn", text, d.AmberFlags)
		}
	}
}

// TestASheetOfTabletsSwallowed: a blister sheet or a packet swallowed, and
// tablets told as "tabs", are an overdose.
func TestASheetOfTabletsSwallowed(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 16},
		"she swallowed a whole sheet of her nan's sleeping tabs an hour ago",
		"my son took a whole packet of paracetamol",
		"he swallowed a strip of his dad's tablets",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"I keep tabs on my blood pressure every morning",
		"how many of my meds can I take with food",
	)
}

// TestAHeartThatWillStopFromFear: the fright idiom told of what is coming
// is no mood to ask about thoughts of suicide.
func TestAHeartThatWillStopFromFear(t *testing.T) {
	e := mustLoad(t)
	text := "قلبي بيوقف من الخوف باجر عندي انترفيو شغل. ابي شي طبيعي يهديني"
	w := e.Walk(text, Facts{AgeYears: 27, Sex: "m"}, "", answering(nil))
	if slices.Contains(w.Asked, "mh_suicidal") || w.Decision.Urgency == Emergency {
		t.Errorf("%q: asked %v, %s; want no mood questions and no emergency", text, w.Asked, w.Decision.Urgency)
	}
}

// TestChokedABitIsShortOfBreath: «اتخنقت شويه» before an inhaler that
// helped is breathlessness, not unable to breathe; choking told plainly
// still is.
func TestChokedABitIsShortOfBreath(t *testing.T) {
	e := mustLoad(t)
	text := "عندي ربو واتخنقت شويه، خدت البخاخه الزرقا وبقيت احسن وبتكلم عادي بس صدري بيصفر"
	if d := e.Classify(text, Facts{AgeYears: 32, Sex: "f"}); d.Urgency == Emergency || slices.Contains(d.RedFlags, "RF-BREATH-01") {
		t.Errorf("%q: %s %v; an eased attack is urgent", text, d.Urgency, d.RedFlags)
	}
	classifiedAs(t, e, true, Facts{AgeYears: 30}, "ابني بيتخنق ومش قادر ياخد نفسه", "اتخنقت ومش قادره اتنفس خالص")
}

// TestAToiletNotGoneToAtAll: Egypt's «خالص» after a toilet not gone to is
// "at all", not a severe belly pain; a severe pain told with it still is.
func TestAToiletNotGoneToAtAll(t *testing.T) {
	e := mustLoad(t)
	text := "بابا عنده ٧٨ سنه وعنده بروستاتا، من امبارح مدخلش الحمام خالص وبطنه من تحت منفوخه وبتوجعه"
	if d := e.Classify(text, Facts{AgeYears: 78, Sex: "m"}); slices.Contains(d.RedFlags, "RF-ABD-02") {
		t.Errorf("%q: %v; «خالص» is at all", text, d.RedFlags)
	}
	// a severe belly pain at 80 is still the emergency
	classifiedAs(t, e, true, Facts{AgeYears: 80, Sex: "m"}, "جدي عنده ٨٠ سنه وبطنه بتوجعه وجع جامد خالص")
}

// TestBitesOnTheLegsAreNoRedCalf: red spots from mosquito bites on the
// legs are the bites', not a calf red with a clot.
func TestBitesOnTheLegsAreNoRedCalf(t *testing.T) {
	e := mustLoad(t)
	text := "الناموس كلاني برشا البارح فالبحر، عندي حبوب حمر تحك في ساقيا وذراعاتي"
	if d := e.Classify(text, Facts{AgeYears: 20, Sex: "f"}); d.Urgency.Rank() > Routine.Rank() {
		t.Errorf("%q: %s %v %v; mosquito bites are home care", text, d.Urgency, d.RedFlags, d.AmberFlags)
	}
	classifiedAs(t, e, true, Facts{AgeYears: 40}, "my left calf is red and swollen after the flight")
}
