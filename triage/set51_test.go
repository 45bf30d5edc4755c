package triage

import (
	"slices"
	"testing"
)

// Set 51 was written blind at the start of a twelfth-session task: English
// through the whole conversation, half native (UK, US, Australian, expats in
// the Gulf), half second-language (South Asian, Filipino, Nigerian,
// Indonesian, Egyptian, Turkish, Bangladeshi); many older patients and
// relatives, chronic illness follow-ups and medicine questions. Its first
// run caught every emergency and sent one non-emergency to the emergency
// number (fever after a stay in a malaria area: the project's settled
// policy, not changed). What it got wrong was read wrongly: "had thoughts
// about not being here anymore" was no thought of death, so the urgent
// same-day help and the plan question never came; "back's killing me" lost
// its back (the apostrophe makes "backs", a word of another phrase, so the
// singular was never tried); "i sit in AC room and drink water" was no
// cooling, so the tiredness of a heat exhaustion that had passed stayed a
// GP visit; COPD with green phlegm and a fever had no rule; ankles swollen
// since amlodipine were a DVT, and an injury made urgent by the "yes" to
// side effects; a mild fever after a vaccine was a vaccine appointment.
// Each is fixed here in general, beside the wording that must still fire.

// TestThoughtsOfNotBeingHere: thoughts of no longer being here are a
// passive thought of death (UR-MH-02, urgent) that asks about a plan; a
// plan is the emergency. Not being somewhere is not.
func TestThoughtsOfNotBeingHere(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"honestly i'm in a dark place rn. had thoughts about not being here anymore, no plan or anything",
		"I keep having thoughts of not being here",
		"sometimes I wish I wasn't here anymore",
		"my dad says he doesn't want to be around anymore",
	} {
		if !present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: not read as a passive thought of death", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 30}); d.Urgency != Urgent && d.Urgency != Emergency {
			t.Errorf("%q: %s; want at least urgent", text, d.Urgency)
		}
	}
	d := e.Assess("had thoughts about not being here anymore", Facts{AgeYears: 19, Sex: "m"}, map[string]string{"mh_plan": "yes"})
	if d.Urgency != Emergency {
		t.Errorf("not being here, with a plan: %s %v; want emergency", d.Urgency, d.RedFlags)
	}
	for _, text := range []string{
		"sorry for not being here for the appointment yesterday, my knee still hurts",
		"my mum is not here anymore, she went back home, can I book for myself",
	} {
		if present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: read as a thought of death", text)
		}
	}
}

// TestBacksKillingMe: "back's" is the back; a back killing the writer after
// gardening who walks fine is a mechanical back pain for self-care (NICE
// NG59). A back that backs something is no pain.
func TestBacksKillingMe(t *testing.T) {
	e := mustLoad(t)
	text := "back's killing me after a day of gardening, stiff as a board. can still walk around fine tho"
	if !present(t, e, text, "back_pain") {
		t.Errorf("%q: back pain not read", text)
	}
	if d := e.Classify(text, Facts{AgeYears: 50}); d.Urgency != SelfCare {
		t.Errorf("%q: %s; want self_care", text, d.Urgency)
	}
	if present(t, e, "my husband backs me up, he will bring me", "back_pain") {
		t.Error("backing someone up read as a back pain")
	}
}

// TestACRoomIsCooling: the AC room, the aircond, are out of the heat; with
// water drunk and "now ok", a heat exhaustion that passed is self-care.
// Without the cooling, heat illness is still urgent.
func TestACRoomIsCooling(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"bhai i feel dizzy and tired after working in sun today. i sit in AC room and drink water, now i am ok.",
		"felt dizzy in the sun at work, sat in the aircond and drank water, now ok already",
	} {
		if !present(t, e, text, "cooled_down") {
			t.Errorf("%q: cooling not read", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 27}); d.Urgency != SelfCare {
			t.Errorf("%q: %s; want self_care", text, d.Urgency)
		}
	}
	text := "working in the sun all day, no AC in our room, feeling dizzy and vomiting"
	if d := e.Classify(text, Facts{AgeYears: 27}); d.Urgency == SelfCare || d.Urgency == Routine {
		t.Errorf("%q: %s; heat illness not cooled is urgent at least", text, d.Urgency)
	}
}

// TestCOPDWithFeverAndPhlegm: COPD with coloured phlegm and a fever is an
// infective exacerbation, seen the same day (UR-RESP-03, NICE NG114); a
// stable COPD review is not.
func TestCOPDWithFeverAndPhlegm(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Morning. I've got COPD and my chest has got worse over 2 days, phlegm gone green and I'm a bit more puffed than usual. Temp 38.1",
		"my dad has emphysema, his sputum is yellow and he has a fever",
	} {
		d := e.Classify(text, Facts{AgeYears: 70})
		if !slices.Contains(d.AmberFlags, "UR-RESP-03") || d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent by UR-RESP-03", text, d.Urgency, d.AmberFlags)
		}
	}
	text := "G'day, need a COPD review, running low on my inhalers. Chest's the same as it always is. No fever"
	if d := e.Classify(text, Facts{AgeYears: 70}); slices.Contains(d.AmberFlags, "UR-RESP-03") {
		t.Errorf("%q: %v; a stable COPD review", text, d.AmberFlags)
	}
	if !present(t, e, "I'm a bit more puffed than usual", "breathless") {
		t.Error("more puffed than usual: breathlessness not read")
	}
}

// TestAmlodipineAnkles: ankles swollen since amlodipine are the medicine's
// (BNF), a routine review, even after a "yes" to side effects; one calf
// swollen is still a possible clot whatever medicine is named, and a leg
// swollen after a long flight still UR-DVT-01.
func TestAmlodipineAnkles(t *testing.T) {
	e := mustLoad(t)
	text := "Had chest pain last year, cardiologist said heart's fine. Need a refill of atorvastatin. Also my ankles swell a bit since I started amlodipine - normal?"
	for _, ans := range []map[string]string{nil, {"refill_problems": "yes"}} {
		if d := e.Assess(text, Facts{AgeYears: 47, Sex: "m"}, ans); d.Urgency != Routine {
			t.Errorf("%q %v: %s %v %v; want routine", text, ans, d.Urgency, d.AmberFlags, d.Complaints)
		}
	}
	for _, text := range []string{
		"my left calf is swollen and painful since I started amlodipine last week",
		"my leg is swollen and painful after a long flight",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); d.Urgency != Urgent && d.Urgency != Emergency {
			t.Errorf("%q: %s; a possible clot is urgent", text, d.Urgency)
		}
	}
}

// TestFeverAfterAVaccine: a low fever the day after a vaccine in a child
// told playing and eating is self-care (NHS: vaccine side effects); a baby
// under 3 months with a fever is still an emergency, and a child under
// five not told to be well still urgent (UR-CHILD-04).
func TestFeverAfterAVaccine(t *testing.T) {
	e := mustLoad(t)
	text := "hello doctor my baby girl 3 yrs have small fever 37.9 from vaccine yesterday, she is playing and eating ok"
	if d := e.Classify(text, Facts{AgeYears: 3, Sex: "f"}); d.Urgency != SelfCare {
		t.Errorf("%q: %s %v; want self_care", text, d.Urgency, d.Complaints)
	}
	if d := e.Classify("my 2 month old had her jabs today and now has a fever of 38.2", Facts{AgeMonths: 2}); d.Urgency != Emergency {
		t.Errorf("a fever at 2 months after jabs: %s; want emergency", d.Urgency)
	}
	if d := e.Classify("my son has fever 38.5 after his vaccine", Facts{AgeYears: 2}); d.Urgency != Urgent && d.Urgency != Emergency {
		t.Errorf("a child under five with fever after a vaccine, not told well: %s; want urgent", d.Urgency)
	}
	if d := e.Classify("need to book my flu vaccine", Facts{AgeYears: 40}); d.Urgency != Routine {
		t.Errorf("booking a vaccine: %s; want routine", d.Urgency)
	}
}
