package triage

import (
	"slices"
	"testing"
)

// Set 63 was written blind at the start of a thirteenth-session task:
// Arabic in every dialect group and Arabizi, the less common emergencies
// hidden behind a mild first message (aortic dissection, ectopic
// pregnancy, ketoacidosis, meningitis, a bleed in the head, a clot in the
// lung, a gut bleed told as tiredness, cauda equina, necrotising
// fasciitis, epiglottitis, torsion told as belly pain, compartment
// syndrome, a low sugar told as odd behaviour, a casual overdose, carbon
// monoxide, sepsis in the frail, pre-eclampsia, a baby's green vomit, heat
// stroke), beside look-alikes that are not emergencies. Its first run
// missed two: a Gulf «5athait 12 panadol» (I took 12 Panadol) was never
// asked about the pills, the Gulf and Maghrebi "I took" (خذيت, خديت) not
// being a verb of taking; and a diabetic's garden cut that "hurts far more
// than it looks" with a fever (necrotising fasciitis) had no words for
// pain out of proportion. Others were caught by the wrong road: cauda
// equina by the stroke question, because the Maghrebi «ماكيخرجش البول»
// (the urine does not come out) was no retention. Look-alikes went the
// other way: a month of sciatica with tingling toes was asked the stroke
// question and sent to the emergency number; dark green stool on iron
// tablets was a black stool («غامق», dark, was a black word); and a Gulf
// boy whose breath "tightened" (ضاق نفسه) before four puffs eased it was
// no asthma attack, so routine.

// TestGulfAndMaghrebiTookCountsThePills: "I took" in the Gulf and the
// Maghreb with ten tablets or more asks about the pills (abd_pills), and
// its yes is the overdose; a couple of tablets that eased a headache is not.
func TestGulfAndMaghrebiTookCountsThePills(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"امس خذيت 12 بنادول عشان راسي",
		"ams 5athait 12 panadol 3shan rasi",
		"خديت 15 حبة دوليبران البارح",
		"اخذيت 20 حبه من دوا النوم",
	} {
		if !reachable(e, text, Facts{AgeYears: 24, Sex: "f"}, "", "RF-POISON-01") {
			t.Errorf("%q: the overdose is never reached", text)
		}
	}
	for _, text := range []string{
		"خذيت حبتين بنادول وخف راسي",
		"خديت دوليبران وتحسنت",
	} {
		if d := e.Classify(text, Facts{AgeYears: 24, Sex: "f"}); d.Urgency == Emergency {
			t.Errorf("%q: %v; two tablets for a headache", text, d.RedFlags)
		}
		if present(t, e, text, "pills_counted") {
			t.Errorf("%q: read as ten tablets or more", text)
		}
	}
}

// TestDarkGreenOrBrownStoolIsNoBlackStool: a stool called dark beside green
// or brown (iron tablets) is not a bleed; dark alone, black, or tar still is.
func TestDarkGreenOrBrownStoolIsNoBlackStool(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بدأت حبوب حديد والبراز بقى لونه غامق شويه اخضر غامق",
		"البراز بني غامق عادي",
		"البراز لونه اخضر داكن من الحديد",
		"my poo is dark green since the iron tablets",
	} {
		if d := e.Classify(text, Facts{AgeYears: 33, Sex: "f"}); slices.Contains(d.RedFlags, "RF-BLEED-02") {
			t.Errorf("%q: read as a black stool", text)
		}
	}
	for _, text := range []string{
		"البراز لونه غامق وانا دايخ",
		"البراز اسود زي القطران",
		"الغايط كحل",
		"my poo has been really dark, almost black",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); !slices.Contains(d.RedFlags, "RF-BLEED-02") {
			t.Errorf("%q: %s %v; want RF-BLEED-02", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestUrineThatWillNotComeOutWithBackPain: back pain with the urine that
// "does not come out", in every dialect, is cauda equina (RF-BACK-01), even
// told far apart in one long sentence; urine passing normally is not.
func TestUrineThatWillNotComeOutWithBackPain(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ضهري كيضرني وماكيخرجش البول",
		"ضهري واجعني والبول مش بينزل",
		"ظهري يعورني والبول ما يطلع",
		"ضهري عم يوجعني والبول ما عم يطلع",
		"my back is killing me and the urine wont come",
		"ضهري عاود ضرني بحال ديما، ولكن هاد المرة حتى الرجلين بجوج فيهم التنميل، وملي كنمشي للطواليت ماكنحسش مزيان وماكيخرجش البول",
	} {
		if d := e.Classify(text, Facts{AgeYears: 46}); !slices.Contains(d.RedFlags, "RF-BACK-01") {
			t.Errorf("%q: %s %v; want RF-BACK-01", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"ضهري يعورني والبول يطلع عادي",
		"back pain, peeing normally",
		"البول حارقني وضهري مشدود شوي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 46}); slices.Contains(d.RedFlags, "RF-BACK-01") {
			t.Errorf("%q: read as cauda equina", text)
		}
	}
}

// TestSciaticaTinglingOfWeeksIsNoStroke: back pain of weeks running down a
// leg with tingling in it is not asked the stroke question; a numb leg
// with a back pain of a day still is.
func TestSciaticaTinglingOfWeeksIsNoStroke(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 48, Sex: "m"}
	for _, text := range []string{
		"ضهري واجعني من شهر والوجع بينزل على رجلي اليمين ومعاه شوية تنميل في صوابع رجلي",
		"my back hurts for 3 weeks and the pain goes down my left leg with tingling in my foot",
	} {
		if reachable(e, text, f, "", "RF-STROKE-02") {
			t.Errorf("%q: sciatica of weeks sent to the stroke rule", text)
		}
	}
	for _, text := range []string{
		"my back hurts since yesterday and my leg went numb",
		"ضهري بيوجعني من امبارح ورجلي فيها تنميل",
	} {
		if !reachable(e, text, Facts{AgeYears: 70, Sex: "m"}, "", "RF-STROKE-02") {
			t.Errorf("%q: a new numb leg is never asked about a stroke", text)
		}
	}
}

// TestPainOutOfProportionToAWound: a wound or a skin infection that hurts
// far more than it looks is necrotising fasciitis until shown otherwise
// (RF-SKIN-01); a wound that hurts a little, or looks worse than it
// feels, is not.
func TestPainOutOfProportionToAWound(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"small cut on my leg two days ago and it hurts way more than it looks",
		"عندي جرح صغير في رجلي من يومين الحين يعورني وايد اكثر من شكله",
		"الجرح صغير بس بيوجعني اكتر من شكله بكتير",
		"الجرح زغير بس الوجع اكتر من قد الجرح",
		"الجرح صغير ولكن كيضرني كتر من الجرح بزاف",
	} {
		if d := e.Classify(text, Facts{AgeYears: 55}); !slices.Contains(d.RedFlags, "RF-SKIN-01") {
			t.Errorf("%q: %s %v; want RF-SKIN-01", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"a small cut that hurts a little",
		"جرح صغير ويوجع شوي",
		"the wound looks worse than it feels",
		"راسي يوجعني اكتر من امبارح",
	} {
		if d := e.Classify(text, Facts{AgeYears: 55}); slices.Contains(d.RedFlags, "RF-SKIN-01") {
			t.Errorf("%q: read as pain out of proportion", text)
		}
	}
}

// TestBreathTightenedBeforeTheReliever: «ضاق نفسه» (his breath tightened)
// told before the reliever is an asthma attack, eased or not; a tight
// breath with no asthma or inhaler named is not.
func TestBreathTightenedBeforeTheReliever(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدي عنده ربو، بعد الكوره ضاق نفسه وكح، عطيناه البخاخ الازرق وارتاح",
		"بنتي ضاق نفسها وعطيناها الفنتولين وتحسنت",
		"عندو الربو وضاق نفسو، عطيتو البخاخ وتهنى",
	} {
		if !present(t, e, text, "asthma_attack") {
			t.Errorf("%q: no asthma attack read", text)
		}
	}
	for _, text := range []string{
		"عندي ربو وابي تجديد البخاخ",
		"ضاق نفسي من الزحمه في السوق",
	} {
		if present(t, e, text, "asthma_attack") {
			t.Errorf("%q: read as an asthma attack", text)
		}
	}
}
