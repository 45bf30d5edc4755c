package triage

import (
	"slices"
	"testing"
)

// playedTo plays each text's conversation, answering a yes/no question
// "yes" when it asks one of the findings in yes and "no" otherwise (the
// first option of any other question), and checks the decision's urgency.
func playedTo(t *testing.T, e *Engine, want Urgency, f Facts, yes []string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		answers := map[string]string{}
		var asked []string
		var d Decision
		for range 20 {
			dd, q, more := e.Step(text, f, "", answers)
			d = dd
			if !more {
				break
			}
			asked = append(asked, q.ID)
			switch {
			case q.Kind != KindYesNo:
				answers[q.ID] = q.Options[0].Value
			case slices.ContainsFunc(q.Findings, func(id string) bool { return slices.Contains(yes, id) }):
				answers[q.ID] = "yes"
			default:
				answers[q.ID] = "no"
			}
		}
		if d.Urgency != want {
			t.Errorf("%q with %v: %s %v after %v; want %s", text, yes, d.Urgency, d.RedFlags, asked, want)
		}
	}
}

// TestAStomachBugInDiabetesAsksAboutKetoacidosis: a person with diabetes
// who names a stomach bug, or only feels unwell, is on a sick day, when
// ketoacidosis starts (Diabetes UK sick day rules; NICE NG17 1.5): the
// DKA question is asked, and being sick with it is an emergency (h92-015,
// "a bit under the weather, tummy bug going round work", asked only the
// safety screen).
func TestAStomachBugInDiabetesAsksAboutKetoacidosis(t *testing.T) {
	e := mustLoad(t)
	texts := []string{
		"can i get a repeat of my insulin pens please, also been a bit under the weather, tummy bug going round work",
		"type 1 diabetic here, think ive got a stomach bug",
		"im diabetic and feeling unwell today",
		"ولدي عنده سكر نوع اول وجته نزلة معوية",
		"انا عندي السكر وجاني فيروس في المعدة",
		"بنتي عندها سكري وعندها برد بالمعدة",
		"عندي السكر وفيا فيروس فالكرش",
		"3andi sokkar w 3andi nazla ma3awiya",
	}
	f := Facts{AgeYears: 24, Sex: "f"}
	for _, text := range texts {
		if !slices.Contains(askedOf(e, text, f), "diab_dka") {
			t.Errorf("%q: the DKA question is not asked (%v)", text, askedOf(e, text, f))
		}
	}
	playedTo(t, e, Emergency, f, []string{"vomiting", "drowsy"}, texts...)
	// a stomach bug with no diabetes is no ketoacidosis
	classifiedAs(t, e, false, Facts{AgeYears: 30}, "think i have a stomach bug, runs since last night, drinking fine")
	if slices.Contains(askedOf(e, "think i have a stomach bug", Facts{AgeYears: 30}), "diab_dka") {
		t.Errorf("the DKA question asked with no diabetes")
	}
}

// TestNotEatingAfterADayInTheSun: not eating after a day's work in the sun
// is how heat illness is told (NHS: Heat exhaustion and heatstroke, "loss
// of appetite and feeling sick"): the heat questions are asked, and new
// confusion or hot dry skin is heat stroke (h92-016).
func TestNotEatingAfterADayInTheSun(t *testing.T) {
	e := mustLoad(t)
	texts := []string{
		"dad was working in the sun all day and now he's off his food",
		"ابويا كان بيشتغل في الغيط طول النهار في الشمس ودلوقتي نايم ومش عايز ياكل",
		"ابوي اشتغل طول اليوم بالشمس والحين ما يبي ياكل",
		"بيي كان عم يشتغل بالشمس كل النهار وهلق ما بدو ياكل",
		"بابا خدام فالشمس نهار كامل ودابا ما بغاش ياكل",
	}
	f := Facts{AgeYears: 63, Sex: "m"}
	playedTo(t, e, Emergency, f, []string{"confusion_new", "hot_dry_skin"}, texts...)
	for _, text := range texts {
		if d := e.Classify(text, f); d.Urgency == Emergency {
			t.Errorf("%q: %s %v from the words alone", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAWoundAfterAnOperation: a wound red in the days after surgery is
// asked about spreading redness and fast breathing; both are sepsis from
// a surgical site infection (NICE NG51, NG125; h92-006). "3adi" (normal)
// is no bite, and «عملية زايدة» in Arabizi is an operation.
func TestAWoundAfterAnOperation(t *testing.T) {
	e := mustLoad(t)
	texts := []string{
		"I had an operation 5 days ago and the incision is a bit red",
		"عملت عملية من ٥ ايام والجرح محمر شوية عادي؟",
		"عملت عملية فتق من خمس ايام والجرح احمر شويه",
		"درت عملية هادي 5 ايام والجرح حمر شوية واش عادي؟",
		"sawait 3amaliya gabl 5 ayam w aljer7 shway a7mar, 3adi?",
	}
	f := Facts{AgeYears: 34, Sex: "m"}
	playedTo(t, e, Emergency, f, []string{"skin_spreading_redness", "breathing_fast", "fever"}, texts...)
	playedTo(t, e, Urgent, f, []string{"skin_spreading_redness"}, texts...)
	for _, w := range []string{"3adi wala la?", "aljer7 a7mar 3adi?", "3ady walla la"} {
		if present(t, e, w, "bite_word") {
			t.Errorf("%q read as a bite", w)
		}
	}
	// the blue inhaler in Arabizi is no bruise (h41-034 once "3adi" no
	// longer read as a bite)
	for _, w := range []string{"katst3mel lbakhakha zar9a kol 3 sway3", "البخاخه زرقه"} {
		if present(t, e, w, "injury") || present(t, e, w, "blue_word") {
			t.Errorf("%q read as an injury or blue skin", w)
		}
	}
	if !present(t, e, "sawait 3amaliyat zaeda gabl 5 ayam", "recent_hospital") {
		t.Errorf("«3amaliyat zaeda» not read as an operation")
	}
}

// TestATesticleAcheThatCameOnSlowly: a testicle pain told as coming on
// over days is not settled as the sudden pain of a torsion by the words;
// the question asks it (NICE CKS Scrotal pain and swelling; h92-030). A
// sudden one stays an emergency from the words.
func TestATesticleAcheThatCameOnSlowly(t *testing.T) {
	e := mustLoad(t)
	slow := []string{
		"pain in my testicle for 3 days, came on gradually, and burning when i pee",
		"3indi alam fe el5esya min 3 ayam shway shway w 7ar9a ma3 el bol",
		"عندي وجع في الخصية من ٣ ايام جا شوي شوي وحرقة بالبول",
		"عندي وجع فالخصية من 3 ايام جا بالشوية وحريق فالبول",
	}
	f := Facts{AgeYears: 28, Sex: "m"}
	classifiedAs(t, e, false, f, slow...)
	playedTo(t, e, Emergency, f, []string{"testicle_pain"}, slow...)
	classifiedAs(t, e, true, f, "my testicle suddenly started hurting an hour ago", "خصيتي تعورني مره فجأة")
}

// TestACalfSinceComingBackFromATrip: a calf painful on one side since
// coming back from a trip is a possible clot after a journey (the policy's
// settled note; NICE NG158 1.1; h92-009, "cramp in the calf since I came
// back from Manila 2 days ago"); coming back from the gym or work is no
// journey.
func TestACalfSinceComingBackFromATrip(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 41, Sex: "f"}
	trips := []string{
		"I have cramp in the calf since I came back from Manila 2 days ago",
		"my calf has been sore since we got back from Lahore",
		"عندي شد في سمانة رجلي من رجعت من السفر",
		"بطة رجلي تعورني من يوم رجعت من السفر",
		"سمانة رجلي كتوجعني ملي رجعت من السفر",
	}
	playedTo(t, e, Emergency, f, []string{"calf_swelling_one_side"}, trips...)
	for _, text := range trips {
		if !present(t, e, text, "trip_return") {
			t.Errorf("%q: the trip's return not read", text)
		}
	}
	for _, text := range []string{"my calf is sore since i came back from the gym", "رجلي توجعني من رجعت من الشغل"} {
		if present(t, e, text, "trip_return") {
			t.Errorf("%q read as a journey", text)
		}
	}
	playedTo(t, e, Urgent, f, []string{"calf_swelling_one_side"}, "my calf is sore since i came back from the gym")
}
