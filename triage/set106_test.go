package triage

import "testing"

// Training set 106 (seventeenth session): plain emergencies told plainly
// in the first message, in Arabic only (Gulf, Egyptian, Levantine,
// Maghrebi and Arabizi), with their look-alikes. All 28 emergencies were
// caught at the first run; the tests below hold the families its misses
// showed.

// TestTheGulfsAteParticipleBeforePills: the Gulf's participle «ماكل» (has
// eaten) right before pills that were found or are someone else's is a
// child who swallowed a medicine, RF-POISON-02 (NHS: Poisoning - children;
// NPIS: treat as swallowed until proven otherwise). «لقيناه ماكل من حبوب
// جدته حق الضغط» (h106-003) was asked a question first. «ماكل» is also «ما
// كل» (did not eat): not eating, then a medicine given, is no poisoning.
func TestTheGulfsAteParticipleBeforePills(t *testing.T) {
	e := mustLoad(t)
	toddler := Facts{AgeYears: 3}
	redFlagIs(t, e, "RF-POISON-02", true, toddler,
		"ولدي عمره ٣ سنين لقيناه ماكل من حبوب جدته حق الضغط، ما ندري كم حبه اكل الشريط كان فيه ١٠ والحين باقي ٣ بس. هو الحين عادي يلعب بس خايفين",
		"ولدي ماكل حبوب جدته",
		"بنتي ماكله من حبوب امها",
		"لقيته ماكل ٣ حبات من الدرج",
		"ابني شرب دوا جدو",
		"weldi lgeenah maakil min 7boob yadda",
	)
	redFlagIs(t, e, "RF-POISON-02", false, toddler,
		"ولدي ماكل من امس ولقيته تعبان وعطيته دوا الحراره",
		"ولدي ماكل غداه وبعدين عطيته حبوب الحديد حقته",
		"ولدي ماكل شي من امس واعطيته دوا جده للكحه",
	)
}
