package triage

import "testing"

// Training set 114 (seventeenth session): elderly parents, a son or a
// daughter writing, in Gulf and Egyptian Arabic mostly and in English. The
// tests below hold the families its first run showed, each in several
// spellings and dialects, most not in the set.

// TestAWeakHeartIsNoWeakLimb: a weak heart (heart failure), weak blood,
// weak sight or hearing is no weakness of the limb named beside it:
// «عنده القلب ضعيف ... ورجليه وارمين» (h114-003) read "weak" beside the
// legs, and "my mum has a weak heart and her legs are cold" was
// RF-STROKE-02. A limb told weak stays the stroke sign.
func TestAWeakHeartIsNoWeakLimb(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 80}
	for _, text := range []string{
		"بابا ٨٠ سنه وعنده القلب ضعيف، بقاله يومين نفسه قصير ورجليه وارمين",
		"بابا عنده القلب ضعيف ورجليه باردين",
		"ابوي قلبه ضعيف ورجوله منتفخه",
		"ابوي عنده ضعف في عضلة القلب ورجوله باردة",
		"my mum has a weak heart and her legs are cold",
		"his heart is weak and his ankles swell in the evening",
		"عندها ضعف دم ورجليها باردين",
		"امي عندها ضعف نظر وركبتها توجعها",
	} {
		if present(t, e, text, "limb_weakness") {
			t.Errorf("%q: read as a weak limb", text)
		}
	}
	redFlagIs(t, e, "RF-STROKE-02", false, old,
		"my mum has a weak heart and her legs are cold",
		"بابا عنده القلب ضعيف ورجليه باردين",
	)
	redFlagIs(t, e, "RF-STROKE-02", true, old,
		"بابا عنده القلب ضعيف ومن الصبح رجله اليمين ضعيفه",
		"he has a weak heart and since this morning his right arm is weak",
		"ابوي يده اليمين ضعيفه فجاه",
	)
}
