package triage

import (
	"slices"
	"strings"
	"testing"
)

// Set 42 was written blind at the start of an eleventh-session task: the
// Maghreb and the Levant as they write, in Arabic script and in Arabizi,
// with French words mixed in. Its first run caught every emergency; the
// non-emergencies it sent to the emergency number came from words read out
// of their sense: «ماني حامل» (not pregnant) read as pregnant, a heartburn
// that "comes back" read as vomiting, the Tunisian "bech" (to, will) as a
// cough, a spot spelt like a mouth beside a hand's burn as a facial burn,
// and a man's diarrhoea asked about his testicles. Each is fixed here in
// general, beside the wording that must still fire.

// TestIAmNotIsANegation: «ماني» (Levantine and Gulf "I am not", Arabizi
// "mani") denies what follows: a year of heavy periods, "mani 7amel" (not
// pregnant), was bleeding in pregnancy (h42-024). Pregnant and bleeding
// still is.
func TestIAmNotIsANegation(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"marhaba, sarli sene el dawra 3andi ktir 2awiye, bghayyer el fouta kel sa3tein. mani 7amel. baddi maw3ad",
		"الدورة عندي كتير قوية من سنة، ماني حامل، بدي موعد",
		"العادة تاعي بزاف هادي عام، منيش حاملة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 39, Sex: "f"}); slices.Contains(d.RedFlags, "RF-PREG-01") {
			t.Errorf("%q: %s %v; not pregnant, no bleeding in pregnancy", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"انا حامل بالشهر التالت وعم ينزل مني دم", "ana 7amel w 3am yenzel menni dam"} {
		if d := e.Classify(text, Facts{AgeYears: 30, Sex: "f"}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; bleeding in pregnancy is an emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestABurningThatEasesAndComesBack: a pain or burning that eases and
// "comes back" («ترتاح شويا اما ترجع», «بتهدى وبترجع») is how it comes and
// goes, not vomiting: two months of heartburn went to the emergency number
// as chest burning with vomiting (h42-028). Chest pain with vomiting still
// does.
func TestABurningThatEasesAndComesBack(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"slm, 3andi 7ar9a fi sadri w 7mouda men 2 ch'hour, nakhd gaviscon w tarta7 chwaya ama trja3. nabi nchouf tbib.",
		"عندي حرقة بصدري من شهرين، باخد دوا المعدة وبتهدى وبترجع",
	} {
		if present(t, e, text, "vomiting") {
			t.Errorf("%q: read as vomiting", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 46}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; heartburn for months is no emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"صدري عم يوجعني وعم برجع", "عندي حرقه في صدري وكنرجع"} {
		if d := e.Classify(text, Facts{AgeYears: 58}); !slices.Contains(d.RedFlags, "RF-CHEST-01") {
			t.Errorf("%q: %s %v; want RF-CHEST-01", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestMaghrebiArabiziSmallWords: the Maghreb's "bech"/"bach" (to, going
// to), "fama" (there is), "chay" (a thing) and "7atta" (even) are words of
// their own, not a cough (بكح), a mouth (فمه) or tea: a diabetic's fasting
// sugars went to a child's cough and the emergency number (h42-026). A
// cough written so is still one.
func TestMaghrebiArabiziSmallWords(t *testing.T) {
	e := mustLoad(t)
	text := "aslema, 3andi le sucre type 2. labes 3lia, ma fama 7atta chay ekher. n7eb rendez-vous bech nbadlou el dwa?"
	for _, c := range []string{"cough", "face"} {
		if present(t, e, text, c) {
			t.Errorf("%q: read as %s", text, c)
		}
	}
	if !present(t, e, "3andi ka7a w s5ana men 3 ayam", "cough") {
		t.Errorf("a cough in Arabizi is not read")
	}
}

// TestTheFrenchArticleInArabizi: in Maghrebi Arabizi "la" before a French
// word is its article ("la cheville", "la tension"), not the negation لا:
// an ankle swollen after a twist was no ankle, and a raised "la tension"
// no blood pressure (h42-033, h42-021). Before Arabic it is still "no".
func TestTheFrenchArticleInArabizi(t *testing.T) {
	e := mustLoad(t)
	if !present(t, e, "salam, kount nel3eb foot w tlwat rejli, ntfekhet chwiya 3and la cheville", "leg") {
		t.Errorf("la cheville: no ankle read")
	}
	if !present(t, e, "9tst la tension f pharmacie w kant 16/9.5, ma fiya walo", "bp_word") {
		t.Errorf("la tension: no blood pressure read")
	}
	if present(t, e, "3andi ka7a, la s5ana la walo", "fever") {
		t.Errorf("la s5ana: a fever denied was read")
	}
	d := e.Classify("salam, kount nel3eb foot w tlwat rejli, ntfekhet chwiya 3and la cheville. nemchi 3adi bessa7 tedrni chwiya.", Facts{AgeYears: 19, Sex: "m"})
	if d.Urgency != SelfCare {
		t.Errorf("a twisted ankle one walks on: %s %s; want self_care", d.Urgency, d.Specialty)
	}
	if d := e.Classify("وقعت على ايدي وصارت منفخة كتير وما فيني حركها", Facts{AgeYears: 40, Sex: "m"}); d.Urgency.Rank() < Urgent.Rank() {
		t.Errorf("a hand swollen after a fall, cannot move it: %s; want urgent or more", d.Urgency)
	}
}

// TestLevantinePassiveWishNotToWake: "better if I slept and did not wake"
// («احسن اذا نمت وما فقت», "a7san iza nemet w ma fi2et") is a passive
// thought of death, seen the same day (UR-MH-02; NICE NG225), h42-017.
// With a plan it is still an emergency.
func TestLevantinePassiveWishNotToWake(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"sarli fatra ktir ta3bane w ma fini kammel. sa3at bfakker enno a7san iza nemet w ma fi2et. bas ma 3andi khetta",
		"صرلي فترة تعبانة كتير، بفكر انه احسن اذا نمت وما فقت، بس ما عندي خطة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 24, Sex: "f"}); !slices.Contains(d.AmberFlags, "UR-MH-02") || d.Urgency == Emergency {
			t.Errorf("%q: %s %v %v; want UR-MH-02, urgent", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	if d := e.Classify("بدي اقتل حالي", Facts{AgeYears: 24, Sex: "f"}); d.Urgency != Emergency {
		t.Errorf("the intent to die: %s %v; want an emergency", d.Urgency, d.RedFlags)
	}
}

// TestInsulinNearlyFinished: insulin about to run out («قرب يوفى», one dose
// left) needs a supply the same day, as run out does (UR-DIAB-03; NICE
// NG17), h42-015; running low on other repeat medicines is a routine
// repeat (h10-002).
func TestInsulinNearlyFinished(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي السكر وناخو الانسولين، توا في السفر والانسولين متاعي قرب يوفى",
		"I am type 1 and my insulin is almost finished, one pen left",
	} {
		if d := e.Classify(text, Facts{AgeYears: 48}); !slices.Contains(d.AmberFlags, "UR-DIAB-03") {
			t.Errorf("%q: %s %v; want UR-DIAB-03", text, d.Urgency, d.AmberFlags)
		}
	}
	text := "had a stroke back in 2018, made a full recovery. running low on my clopidogrel and atorvastatin, can i get a repeat done before i go away next week"
	if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency != Routine {
		t.Errorf("running low on a repeat: %s %v; want routine", d.Urgency, d.AmberFlags)
	}
}

// TestABurnOnTheFaceIsTheFacesBurn: a facial burn (RF-BURN-01; NHS Burns
// and scalds) is the face burnt, not a word of the face anywhere in the
// message: a hand burnt with oil beside a spot its letters spell as a
// mouth went to the emergency number (h42-032).
func TestABurnOnTheFaceIsTheFacesBurn(t *testing.T) {
	e := mustLoad(t)
	text := "hi, 7ara2t 2idi bel zeit w ana 3am 2eli batata, fi ba2a 2add el lira, 7amra"
	if d := e.Classify(text, Facts{AgeYears: 34, Sex: "f"}); slices.Contains(d.RedFlags, "RF-BURN-01") {
		t.Errorf("a hand's burn: %s %v; no facial burn", d.Urgency, d.RedFlags)
	}
	for _, text := range []string{"burnt his face with hot oil", "انحرق وجهه بالزيت", "7ara2t wejje bel zeit el s5oun"} {
		if d := e.Classify(text, Facts{AgeYears: 30}); !slices.Contains(d.RedFlags, "RF-BURN-01") {
			t.Errorf("%q: %s %v; want RF-BURN-01", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestPeriodPainInTheBack: a back that aches with the period's cramps
// "every month" is period pain, self-care with the gynaecology pathway
// (NICE CKS Dysmenorrhoea), not a back pain for the GP nor a belly pain
// (h42-035). A late period with a one-sided pain and fainting still asks.
func TestPeriodPainInTheBack(t *testing.T) {
	e := mustLoad(t)
	text := "hello, every month my period come with pain in belly and back, today i am dying from the pain. its the same pain like always, the first day. ibuprofene help a little"
	if d := e.Classify(text, Facts{AgeYears: 20, Sex: "f"}); d.Urgency != SelfCare || d.Specialty != "obstetrics_gynecology" {
		t.Errorf("period pain as always: %s %s; want self_care, obstetrics_gynecology", d.Urgency, d.Specialty)
	}
	if d := e.Classify("my period is 2 weeks late and i have a very bad pain on one side of my belly and i fainted", Facts{AgeYears: 27, Sex: "f"}); d.Urgency != Emergency {
		t.Errorf("a late period, one-sided pain and a faint: %s %v; want an emergency", d.Urgency, d.RedFlags)
	}
}

// TestDiarrhoeaAsksNoTesticle: an adult's cramps with loose stools and no
// vomiting are gastroenteritis (NICE CKS Gastroenteritis); his testicles
// are not asked about, and "not sure" sent a man's shawarma diarrhoea to
// the emergency number (h42-034). A boy's belly pain with vomiting is
// still asked.
func TestDiarrhoeaAsksNoTesticle(t *testing.T) {
	e := mustLoad(t)
	text := "مرحبا، من مبارح بطني عم تقطعني وفايت عالحمام خمس ست مرات، اسهال مي. بس عم اشرب منيح وما في دم ولا حرارة"
	w := e.Walk(text, Facts{AgeYears: 28, Sex: "m"}, "", answerUnsure)
	if slices.Contains(w.Asked, "abd_testicle") || w.Decision.Urgency == Emergency {
		t.Errorf("diarrhoea: asked %v, %s %v", w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
	}
	w = e.Walk("my son has bad tummy pain and he is vomiting", Facts{AgeYears: 13, Sex: "m"}, "", answerAll("no"))
	if !slices.ContainsFunc(w.Asked, func(q string) bool { return strings.HasSuffix(q, "_testicle") }) {
		t.Errorf("a boy's belly pain with vomiting: asked %v; want his testicles asked about", w.Asked)
	}
}

// TestALittleCoughIsSlight: "little cough" without its article is a slight
// cough, as "a little cough" is: a child of six playing and eating, 37.9,
// was asked about blue lips and went to the emergency number on "not
// sure" (h42-040). A child struggling to breathe still does.
func TestALittleCoughIsSlight(t *testing.T) {
	e := mustLoad(t)
	text := "Hello, my son 6 years he is burning since yesterday!! i measure 37.9. he have runny nose and little cough but he is playing on the ipad and eat normal and drink juice."
	w := e.Walk(text, Facts{AgeYears: 6, Sex: "m"}, "", answerUnsure)
	if slices.Contains(w.Asked, "breath_blue") || w.Decision.Urgency == Emergency {
		t.Errorf("a child's cold: asked %v, %s %v", w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
	}
	if d := e.Classify("my son 6 years has a cough and he is struggling to breathe, his lips are blue", Facts{AgeYears: 6, Sex: "m"}); d.Urgency != Emergency {
		t.Errorf("blue lips and struggling to breathe: %s; want an emergency", d.Urgency)
	}
}

// TestABiteThatItchesALot: an itch told with its everyday cause is that
// cause's, so "it itches a lot" of a mosquito bite («بتحكني كتير») makes
// no severe rash (NICE CKS Insect bites and stings), h42-037. A rash that
// itches a lot with no cause named is still graded by it, and a bite with
// a swollen face and throat is still an emergency.
func TestABiteThatItchesALot(t *testing.T) {
	e := mustLoad(t)
	text := "marhaba, 2arasatni ba2a mbere7 bel jnene 3a ijri, sar fi 7abbe 7amra 2add el 3adase w bet7okni ktir. ma fi nafe5 bwijji wala bshfafi."
	if d := e.Classify(text, Facts{AgeYears: 28, Sex: "f"}); d.Urgency != SelfCare {
		t.Errorf("a mosquito bite that itches a lot: %s %s; want self_care", d.Urgency, d.Specialty)
	}
	if d := e.Classify("عندي حبوب حمرا بتحكني كتير من يومين", Facts{AgeYears: 28, Sex: "f"}); d.Urgency == SelfCare {
		t.Errorf("a rash that itches a lot, no cause named: %s; want it seen", d.Urgency)
	}
	if d := e.Classify("قرصتني نحلة ووجهي وشفايفي نفخو وما عم بقدر اتنفس", Facts{AgeYears: 28, Sex: "f"}); d.Urgency != Emergency {
		t.Errorf("a sting with a swollen face and no breath: %s %v; want an emergency", d.Urgency, d.RedFlags)
	}
}
