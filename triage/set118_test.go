package triage

import "testing"

// Sealed set 118 (eighteenth session), opened after its end run: the
// families its misses showed, each in words not from the set.

// TestQuicklyInArabiziIsNoFit: the Levant's "b sir3a" (quickly, «بسرعة»)
// was read «صرعة», a fit: "albi 3am yde2 b sir3a" (my heart beats fast
// after coffee, s118-019) was RF-SEIZ-01.
func TestQuicklyInArabiziIsNoFit(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-SEIZ-01", false, Facts{},
		"b7es albi 3am yde2 b sir3a kam d2i2a w ba3den byerja3 tabi3i",
		"albi bid2 bsir3a lamma eshrab 2ahwe",
		"kan yetnaffas bser3a shwaya",
	)
	if !present(t, e, "b7es albi 3am yde2 b sir3a", "palpitations") {
		t.Error("a heart beating fast in Arabizi is not palpitations")
	}
}

// TestASmallHardBallInTheBreastIsALump: «كورة صغيرة جامدة في صدري» (a small
// hard ball in my breast, s118-010, painless, at 46) is a new breast lump,
// seen soon (UR-BREAST-02, NICE NG12 1.3.1); a ball played with is not.
func TestASmallHardBallInTheBreastIsALump(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "", Facts{Sex: "f", AgeYears: 46},
		"لقيت حاجة زي كورة صغيرة جامدة في صدري الشمال ناحية الباط، مش بتوجعني",
		"حسيت كوره قاسيه في صدري اليمين",
	)
	if present(t, e, "ابني كان يلعب كوره وطاح على صدره", "breast_lump") {
		t.Error("a football and a fall on the chest read as a breast lump")
	}
}

// TestAPeriodSoakingThroughIsUrgentNotABleedThatWillNotStop: a period told
// as soaking through a pad, the hour "roughly" apart or not told, with no
// faintness, is UR-GYN-02's (NHS: Heavy periods; the settled note), not
// RF-BLEED-01: s118-049 was sent to the emergency number. Bleeding that
// will not stop from a wound still is one.
func TestAPeriodSoakingThroughIsUrgentNotABleedThatWillNotStop(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "obstetrics_gynecology", Facts{Sex: "f", AgeYears: 32},
		"Period started yesterday and it's the heaviest I've ever had - I'm soaking through a super pad roughly every hour since this morning. Feel OK otherwise",
		"my period is so heavy I'm soaking through pads and my jeans, not dizzy",
	)
	redFlagIs(t, e, "RF-BLEED-01", true, Facts{}, "cut my hand with a knife, blood wont stop", "bleeding heavily, soaking through towels")
}
