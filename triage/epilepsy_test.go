package triage

import (
	"slices"
	"testing"
)

// TestAKnownEpilepsysUsualFit: NHS tells a family not to call 999 for the
// usual fit of someone with epilepsy that stopped and from which they came
// back to themselves; a first fit, one longer than usual, one after another
// or one without waking is still a 999 call.
func TestAKnownEpilepsysUsualFit(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my brother has epilepsy, yesterday he had a seizure like usual about two minutes then slept and woke up fine. we want a review of his medicine",
		"ابني عنده صرع من زمان، مبارح اجته نوبة متل العادة تقريبا دقيقتين وبعدين نام وفاق منيح",
		"اخوي عنده صرع، امس جاته نوبه مثل العاده دقيقتين ونام وصحي طبيعي، نبي موعد نراجع الدوا",
		"خويا عندو الصرع، البارح جاتو نوبة كيف العادة دقيقة ومن بعد فاق عادي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 25}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; a usual fit, over and recovered from, is not a 999 call", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my daughter had a seizure for the first time, it stopped after 2 minutes and she woke up fine",
		"he has epilepsy, he had his usual seizure, woke up fine but then another one",
		"she has epilepsy, had her usual seizure but longer than usual, 7 minutes, now she is ok",
		"اخوي عنده صرع جاته نوبه مثل العاده وما صحي للحين",
		"ابني بيتشنج دلوقتي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 25}); d.Urgency != Emergency || !slices.ContainsFunc(d.RedFlags, func(r string) bool { return r == "RF-SEIZ-01" || r == "RF-SEIZ-02" }) {
			t.Errorf("%q: %s %v; want a seizure red flag", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAttacksThatAreNotFits: an asthma or panic attack («جاته نوبة ربو»,
// «جاتها نوبة هلع»), coughing or sneezing fits and a fit of crying are not
// seizures; the Levantine and Maghrebi "a fit came to him" («اجته نوبة»)
// is one.
func TestAttacksThatAreNotFits(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I get coughing fits at night for 2 weeks",
		"my toddler had a fit of crying and tantrums all day",
		"sneezing fits every morning, hay fever",
		"ولدي جاته نوبه ربو امس وخذ البخاخ وارتاح",
		"جاتها نوبة هلع في السوق",
		"اجتني نوبة ضحك ما وقفت",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); slices.Contains(d.RedFlags, "RF-SEIZ-01") {
			t.Errorf("%q: %v; not a seizure", text, d.RedFlags)
		}
	}
	for _, text := range []string{
		"ابني اجته نوبة وصار يرجف كله",
		"خويا جاتو نوبة وطاح فالارض",
		"he had a fit and was shaking all over",
		"had a fit while coughing, shaking all over",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); !slices.Contains(d.RedFlags, "RF-SEIZ-01") {
			t.Errorf("%q: %s %v; want RF-SEIZ-01", text, d.Urgency, d.RedFlags)
		}
	}
}
