package triage

import (
	"slices"
	"testing"
)

// Set 38 was written blind on everyday alarming words: well patients who
// write "dying", "can't breathe", "almost had heart attack", and calm
// patients hiding an emergency behind "probably nothing". Each test reads
// the wording class in the set's words and in other writers', and checks
// the wording that does mean danger still fires.

// TestEverydayWordsThatAreNoEmergency38: a burn cooled under the tap
// (h38-032), a heart attack as a figure of speech (h38-033), a fear of
// going blind (h38-031), "passed out on the sofa" meaning asleep
// (h38-036) and a heavy meal before heartburn (h38-008).
func TestEverydayWordsThatAreNoEmergency38(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text  string
		age   int
		never string
	}{
		{"حرقت ايدي بالطنجرة، حطيتها تحت المي البارد ربع ساعة، الحرق قد الشيكل", 35, "RF-BREATH-07"},
		{"burned my hand on the pan, held it under cold water for 20 minutes", 35, "RF-BREATH-07"},
		{"When I saw my blood pressure 152/96 on the pharmacy machine I almost had heart attack haha. I feel fine", 50, "RF-CHEST-03"},
		{"the bill nearly gave me a heart attack lol, anyway I need a sick note", 40, "RF-CHEST-03"},
		{"Mum has a blistery rash on her forehead and a red sore eye. She's convinced she's going blind lol", 68, "RF-EYE-01"},
		{"I passed out on the sofa at 10 and woke up at 6 with a stiff back", 70, "RF-CONSC-02"},
		{"Passed out on the couch watching tv, neck sore this morning", 70, "RF-CONSC-02"},
		{"نفس الحرقان في صدري بيجي بعد الاكل التقيل وبيروح بالفوار", 45, "RF-CHEST-02"},
		{"I get burning in my chest after a heavy meal, antacids help", 45, "RF-CHEST-02"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: c.age}); slices.Contains(d.RedFlags, c.never) {
			t.Errorf("%q: %s %v; %s must not fire", c.text, d.Urgency, d.RedFlags, c.never)
		}
	}
	for _, c := range []struct {
		text string
		age  int
		want string
	}{
		{"ابني طاح في المسبح وكان تحت المي دقيقة", 4, "RF-BREATH-07"},
		{"my son was under water for a minute in the pool", 4, "RF-BREATH-07"},
		{"I think I'm having a heart attack", 60, "RF-CHEST-03"},
		{"I'm going blind in one eye, it happened suddenly", 60, "RF-EYE-01"},
		{"my mum passed out in the kitchen", 80, "RF-CONSC-02"},
		{"بعد الاكل حسيت صدري تقيل وعرقان", 55, "RF-CHEST-02"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: c.age}); !slices.Contains(d.RedFlags, c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
}

// TestCantBreatheThroughABlockedNose38: "can't breathe" through a nose a
// cold has blocked does not answer the breathing questions "yes" for the
// patient (h38-004, h23-007, h12-006: the blue-lips question was asked and
// its "not sure" sent a cold to the emergency number); breathlessness or
// a struggle to breathe said apart still does.
func TestCantBreatheThroughABlockedNose38(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my nose is so blocked from this cold I cant breathe",
		"والله اختنقت من هالزكام، خشمي مسكر ما اقدر اتنفس منه ابد",
	} {
		path := e.Classify(text, Facts{}).Pathway
		if v := e.Prefill(text, Facts{}, path)["fever_breath"]; v == "yes" {
			t.Errorf("%q: the words answered fever_breath %q; the breathing is to be asked", text, v)
		}
	}
	if d := e.Classify("I can't breathe and my lips are going blue", Facts{AgeYears: 30}); d.Urgency != Emergency {
		t.Errorf("can't breathe with blue lips: %s %v; want emergency", d.Urgency, d.RedFlags)
	}
	if d := e.Classify("my nose is blocked from a cold and I am short of breath and wheezing, I can't breathe", Facts{AgeYears: 30}); d.Urgency != Emergency {
		t.Errorf("breathless beside a blocked nose: %s %v; want emergency", d.Urgency, d.RedFlags)
	}
}

// TestHiddenEmergencies38: a teenager's paracetamol told by its Maghreb
// brand after a row, in the Maghreb's "she took" (h38-013: «تخاصمات مع
// بابا وشربات شي حبوب ديال الدوليبران»), is asked whether she took too
// many; stool "really dark, almost black" on ibuprofen is a bleed
// (h38-022). Stool that is dark brown or green, or dark urine, is not.
func TestHiddenEmergencies38(t *testing.T) {
	e := mustLoad(t)
	text := "سمح ليا، ختي تخاصمات مع بابا البارح وشربات شي حبوب ديال الدوليبران. دابا لاباس عليها"
	if _, q, ok := e.Step(text, Facts{AgeYears: 17, Sex: "f"}, "", map[string]string{}); !ok || q.ID != "abd_pills" {
		t.Errorf("pills after a row: asked %q; want abd_pills", q.ID)
	}
	if d := e.Classify("ولدي شرب جافيل", Facts{AgeYears: 3}); !slices.Contains(d.RedFlags, "RF-POISON-01") {
		t.Errorf("bleach drunk: %v; want RF-POISON-01", d.RedFlags)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"my poo has been really dark, almost black, for two days. I take ibuprofen", true},
		{"my stools are black and sticky", true},
		{"my pee is dark and my poo is pale", false},
		{"poo is dark brown, is that normal?", false},
		{"my poop is dark green after spinach", false},
	} {
		d := e.Classify(c.text, Facts{AgeYears: 58})
		if got := slices.Contains(d.RedFlags, "RF-BLEED-02"); got != c.want {
			t.Errorf("%q: RF-BLEED-02 %v, want %v (%s %v)", c.text, got, c.want, d.Urgency, d.RedFlags)
		}
	}
}

// TestPassiveThoughtsInArabizi38: "better if I were not alive" in Arabizi,
// with its "if" (law) and "alive" (3ayshe) read, is a passive wish, asked
// about a plan, not a person who will not wake (h38-021 was RF-CONSC-01).
func TestPassiveThoughtsInArabizi38(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ba3d el aw2at bfakkir enno a7san law ma 2a3ad 3ayshe",
		"بفكر انو احسن لو ما قاعد عايشه",
	} {
		if !present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: no passive wish read", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 23}); d.Urgency == Emergency || d.Specialty != "psychiatry" {
			t.Errorf("%q: %s %s %v; want psychiatry, asked about a plan", text, d.Urgency, d.Specialty, d.RedFlags)
		}
	}
	if d := e.Classify("bdi mout, 3indi l7bob jehzin", Facts{AgeYears: 23}); d.Urgency != Emergency {
		t.Errorf("a wish to die with the pills ready: %s %v; want emergency", d.Urgency, d.RedFlags)
	}
}

// TestADenialThatClosesItsPhrase38: Arabic puts the thing first and its
// denial after it, «سخانة ما عنديش» (a fever, I have none: h38-027); the
// denial closing the phrase reaches back, and nowhere else: not past "or"
// in a question, not when glued to و («الانسولين خلص وما عندي», the
// insulin ran out), not across «بصح» (but) to what follows.
func TestADenialThatClosesItsPhrase38(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text, concept string
		want          bool
	}{
		{"كرشي توجعني من البارح، سخانة ما عنديش", "fever", false},
		{"دم ما فماش", "bleeding", false},
		{"عندو سخانة ولا ما عندوش؟", "fever", true},
		{"سخانة ما عنديش بصح راسي يوجعني", "headache", true},
		{"عندي وجع في صدري من الصبح والحرارة ما عنديش", "chest_pain", true},
	} {
		if got := present(t, e, c.text, c.concept); got != c.want {
			t.Errorf("%q: %s present %v, want %v", c.text, c.concept, got, c.want)
		}
	}
	if d := e.Classify("الانسولين خلص وما عندي", Facts{AgeYears: 40}); !slices.Contains(d.AmberFlags, "UR-MED-01") {
		t.Errorf("insulin run out: %v; want UR-MED-01", d.AmberFlags)
	}
}

// TestTabletsCounted38: ten tablets or more, counted and taken ("my
// daughter took 12 paracetamol tablets", «شربات 12 حبة دوليبران») are
// asked about (abd_pills), where the first message was a routine visit
// with no question; a count of days, hours or a daily regimen is not.
func TestTabletsCounted38(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my daughter took 12 paracetamol tablets",
		"she swallowed 16 pills of panadol",
		"بنتي شربات 12 حبة دوليبران",
	} {
		if _, q, ok := e.Step(text, Facts{AgeYears: 17, Sex: "f"}, "", map[string]string{}); !ok || q.ID != "abd_pills" {
			t.Errorf("%q: asked %q; want abd_pills", text, q.ID)
		}
	}
	for _, text := range []string{
		"I had 10 days of antibiotics, still coughing",
		"my mum takes 12 tablets a day for her heart and sugar, need a refill",
	} {
		if present(t, e, text, "pills_counted") && present(t, e, text, "drink_verb") {
			t.Errorf("%q: read as tablets counted and taken", text)
		}
	}
	if d := e.Classify("overdosed on paracetamol, took 30 tablets", Facts{AgeYears: 20}); !slices.Contains(d.RedFlags, "RF-POISON-01") {
		t.Errorf("an overdose told: %v; want RF-POISON-01", d.RedFlags)
	}
}
