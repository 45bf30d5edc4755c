package triage

import (
	"slices"
	"testing"
)

// Set 57 was written blind at the start of a thirteenth-session task:
// English by second-language writers (South Asian, Nigerian, Ghanaian,
// Filipino, Indonesian, Malaysian, Turkish, Egyptian, Sudanese), twenty
// emergencies of which sixteen hide behind a mild first message, and
// twenty non-emergencies, several in words that sound alarming. Its first
// run missed one emergency in both modes: "pain in my private part on the
// left side" (a torsion at 19) was no testicle, so the testicle was never
// asked. The urgencies it got wrong were words not read or read out of
// their sense: "cannot pass urine" written whole was no retention; "it's
// better to die ... tired of life" was no thought of death, and "life is
// too much pressure with loan" a pressure felt; "my son body is hot" no
// fever (the body's heat was read as heat stroke's hot skin). Findings the
// clinician would have seen wrong: a small nosebleed read as bleeding from
// the vagina, an ankle "swollen and blue colour" as blue lips, and "is it
// heart problem?" as a known heart condition. A worker "not feeling well"
// at his outdoor site was asked only the general screen, not the heat
// questions. Each is fixed here in general, beside the wording that must
// not fire.

// TestPrivatePartAsksTheTesticle: a man under 30 with pain in his
// "private part" (said in the singular, by the side, or as an organ) is
// asked about sudden testicle pain, and its yes is the emergency (NICE CKS
// Scrotal pain and swelling).
func TestPrivatePartAsksTheTesticle(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"sir small problem, since 2 hours I have pain in my private part on the left side",
		"my son 15 is crying, pain in his private part since morning",
		"paining in private side since evening, i am shy to go hospital",
		"وجع في المنطقه الحساسه من الصبح",
	} {
		if !present(t, e, text, "pain_down_below") {
			t.Errorf("%q: no pain down below read", text)
		}
		w := e.Walk(text, Facts{AgeYears: 17, Sex: "m"}, "", answerYesTo("abd_testicle", "uro_testicle", "inj_testicle"))
		if w.Decision.Urgency != Emergency {
			t.Errorf("%q with a sudden testicle pain: %s after %v; want emergency", text, w.Decision.Urgency, w.Asked)
		}
	}
	// the same words of a woman are not asked about a testicle
	text := "i have itching in my private part since 1 week, kindly advise cream"
	w := e.Walk(text, Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no"))
	for _, q := range []string{"abd_testicle", "uro_testicle"} {
		if slices.Contains(w.Asked, q) {
			t.Errorf("%q (a woman): asked %s", text, q)
		}
	}
	for _, text := range []string{
		"my private life is nobody's business, I have a cough",
		"I am in a private hospital, the pain in my knee is better",
	} {
		if present(t, e, text, "pain_down_below") {
			t.Errorf("%q: read as pain down below", text)
		}
	}
}

// TestBodyIsHotIsAFever: the body told hot or warm is a fever in
// second-language English (NICE NG143 1.1: a parent's report counts), as
// «جسمه سخن» and Pidgin "body dey hot" are; a body kept warm is not.
func TestBodyIsHotIsAFever(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my son body is hot since 2 days, I checked it is 39",
		"my baby body is warm since morning po",
		"my body is hot and I am shivering since last night",
		"ولدي جسمه سخن من يومين",
		"my pikin body dey hot since yesterday",
	} {
		if e.textFinding(e.lex.analyze(text), e.findings["fever"]) != FindingPresent {
			t.Errorf("%q: no fever read", text)
		}
	}
	for _, text := range []string{
		"keep his body warm with a blanket after the bath",
		"the weather is very hot here, my knee is paining",
		"my body is sore after work",
	} {
		if e.textFinding(e.lex.analyze(text), e.findings["fever"]) == FindingPresent {
			t.Errorf("%q: read as a fever", text)
		}
	}
}

// TestCannotPassUrineWrittenWhole: "cannot" written whole, "not able",
// and water for urine are retention (NHS: Urinary retention), urgent in an
// adult (UR-URO-03); the bowel, and a burning that stopped, are not.
func TestCannotPassUrineWrittenWhole(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"since morning I cannot pass urine, only few drops, my lower belly is full and paining",
		"my husband cannot pass water since yesterday",
		"not able to pass urine since night, kindly advise",
		"urine is not coming since morning, belly is tight",
		"ابوي ما يقدر يبول من امس",
	} {
		if !present(t, e, text, "urinary_retention") {
			t.Errorf("%q: no retention read", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 67, Sex: "m"}); d.Urgency != Urgent && d.Urgency != Emergency {
			t.Errorf("%q: %s; want at least urgent", text, d.Urgency)
		}
	}
	for _, text := range []string{
		"the burning urine has stopped now alhamdulillah",
		"he cannot pass motion since 3 days",
		"I can pass urine fine, just want a prostate check",
	} {
		if present(t, e, text, "urinary_retention") {
			t.Errorf("%q: read as retention", text)
		}
	}
}

// TestBetterToDieIsAPassiveWish: "it's better to die" and a life one is
// tired or fed up of are passive thoughts of death (C-SSRS), urgent
// (UR-MH-02) with the plan asked; a cough one is tired of is not.
func TestBetterToDieIsAPassiveWish(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Sometimes I am thinking it's better to die, I don't have any plan",
		"I am tired of life honestly, no plan nothing",
		"fed up with my life, kindly help",
		"تعبت من الحياه",
	} {
		if d := e.Classify(text, Facts{AgeYears: 27}); !slices.Contains(d.RedFlags, "UR-MH-02") && d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want the passive wish (UR-MH-02)", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"I am so tired of this cough, 2 weeks now",
		"better to take the tablet before food or after?",
	} {
		if present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: read as a wish to die", text)
		}
	}
}

// TestLifesPressureIsStress: the pressure of life, work, loans or exams is
// stress, as «ضغط الشغل» is, neither a pressure felt in the chest nor a
// blood pressure; a chest pressure told beside it still is one.
func TestLifesPressureIsStress(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"life is too much pressure with loan and job",
		"too much work pressure these days, cannot sleep",
		"I am under pressure at work",
	} {
		if present(t, e, text, "pressure_quality") || present(t, e, text, "bp_word") {
			t.Errorf("%q: read as a pressure felt or a blood pressure", text)
		}
	}
	for _, text := range []string{
		"I have chest pressure with sweating",
		"I am under pressure at work and my chest feels tight and heavy",
	} {
		if !present(t, e, text, "chest_pressure") {
			t.Errorf("%q: no chest pressure read", text)
		}
	}
	if !present(t, e, "my blood pressure is 160/100 today", "bp_word") {
		t.Error("a blood pressure is no longer read")
	}
}

// TestASmallNosebleedIsNoSpotting: a little bleeding told with the nose is
// the nose's, not bleeding from the vagina; a little bleeding in pregnancy
// still is.
func TestASmallNosebleedIsNoSpotting(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my son 5 years have a small nose bleeding this morning, it stopped after 5 minutes",
		"little bleeding from her nose when she blows it",
	} {
		if e.textFinding(e.lex.analyze(text), e.findings["vaginal_bleeding"]) == FindingPresent {
			t.Errorf("%q: read as vaginal bleeding", text)
		}
	}
	for _, text := range []string{
		"I am 8 weeks pregnant and have a little bleeding since morning",
		"8 weeks pregnant, small bleeding today",
	} {
		if e.textFinding(e.lex.analyze(text), e.findings["vaginal_bleeding"]) != FindingPresent {
			t.Errorf("%q: no vaginal bleeding read", text)
		}
	}
}

// TestABruiseIsNoBlueLips: an ankle or a wrist told blue after a fall or
// a twist is bruised, and the clinician is not shown blue lips; a child's
// lips gone blue still are.
func TestABruiseIsNoBlueLips(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I fell from the stairs at home, 3 steps only, now my ankle is very swollen and blue colour",
		"twisted my wrist, it is swollen and blue",
	} {
		if e.textFinding(e.lex.analyze(text), e.findings["blue_lips"]) == FindingPresent {
			t.Errorf("%q: blue lips read", text)
		}
	}
	for _, text := range []string{
		"his lips are turning blue and he is breathing fast",
		"her face colour is blue po",
	} {
		if e.textFinding(e.lex.analyze(text), e.findings["blue_lips"]) != FindingPresent {
			t.Errorf("%q: no blue lips read", text)
		}
	}
}

// TestAHeartProblemAskedIsNoneKnown: "is it heart problem?" is a fear, not
// a known heart condition; one told as had still is.
func TestAHeartProblemAskedIsNoneKnown(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"after eating biryani late night I am getting chest burning, now it is ok. is it heart problem?",
		"I am worried it is heart problem, my chest burns after food",
	} {
		if e.textFinding(e.lex.analyze(text), e.findings["heart_disease"]) == FindingPresent {
			t.Errorf("%q: read as a known heart condition", text)
		}
	}
	for _, text := range []string{
		"my father has heart problem and chest pain now",
		"I had heart attack 6 years ago, they put stent",
	} {
		if e.textFinding(e.lex.analyze(text), e.findings["heart_disease"]) != FindingPresent {
			t.Errorf("%q: no heart condition read", text)
		}
	}
}

// TestUnwellInTheHeatAsksTheHeat: a worker at an outdoor site or a
// pilgrim "not feeling well", with no symptom named, is asked the heat
// questions (Saudi MOH heat illness), and a faint there is the emergency
// (RF-HEAT-01); someone unwell at home is not.
func TestUnwellInTheHeatAsksTheHeat(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"sir i am working in site outside in the afternoon, today i was not feeling well at work, can you give me sick leave paper",
		"my father 68 is with us in Mina tent, he is not feeling well since afternoon",
		"I work in construction in the sun, today I feel unwell",
	} {
		w := e.Walk(text, Facts{AgeYears: 40, Sex: "m"}, "", answerYesTo("heat_confused"))
		if !slices.Contains(w.Asked, "heat_confused") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want the heat questions and the emergency", text, w.Asked, w.Decision.Urgency)
		}
	}
	text := "I am not feeling well since yesterday, at home resting"
	if w := e.Walk(text, Facts{AgeYears: 40, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Asked, "heat_confused") {
		t.Errorf("%q: asked the heat questions %v", text, w.Asked)
	}
}

// TestPidginFitsAndNotAnswering: Nigerian Pidgin and second-language
// English for a fit, for not responding and for answers that do not fit
// (WHO IMCI convulsions; NICE NG51 new confusion).
func TestPidginFitsAndNotAnswering(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text, concept string
	}{
		{"abeg my pikin dey convulse", "seizure"},
		{"his eyes went up and he was jerking", "seizure"},
		{"abeg my pikin e no dey answer", "unresponsive"},
		{"kindly advise, my mother is not answering properly since morning", "confusion"},
	} {
		if !present(t, e, c.text, c.concept) {
			t.Errorf("%q: no %s read", c.text, c.concept)
		}
	}
	for _, c := range []struct {
		text, concept string
	}{
		{"he is not answering my calls since morning", "confusion"},
		{"he is answering properly now", "confusion"},
	} {
		if present(t, e, c.text, c.concept) {
			t.Errorf("%q: read as %s", c.text, c.concept)
		}
	}
}
