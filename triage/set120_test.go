package triage

import (
	"slices"
	"testing"
)

// Training set 120 (eighteenth session): a general mix written by
// second-language English writers (South Asian, Filipino, Indonesian,
// Nigerian, Ethiopian, Turkish, Egyptian) and in the Arabizi of the Gulf,
// Egypt, the Levant and the Maghreb. The tests below hold the families
// its first run showed, each in several spellings and dialects, most not
// in the set, with the look-alikes that must not move.

// TestACountOfTimesIsNoAge: «عنده» begins an age («ابني عنده ٣ سنين»),
// but a count of times right after a number is how often, not how old:
// "yemma 3andha dialyse 3 fois f simana" (h120-038, a mother of 63) was
// read as a child of 3, asked a toddler's questions, and her "not sure"
// of chest indrawing sent a missed dialysis session to the emergency
// number (RF-BREATH-06). Ages told with «عنده» and years stay ages.
func TestACountOfTimesIsNoAge(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct{ text, band string }{
		{"yemma 3andha dialyse 3 fois f simana", ""},
		{"ابوي عنده اسهال 3 مرات اليوم", ""},
		{"3andou diarrhée 5 fois lyoum", ""},
		{"امي عندها 3 مرات غسيل في الاسبوع", ""},
		{"بابا عنده 4 خطرات كيتقيا من الصباح", ""},
		{"ابني عنده 3 سنين", "1to4y"},
		{"ابني عنده 3 وعنده حراره", "1to4y"},
		{"weldi 3ando 4 snin w s5ana", "1to4y"},
	} {
		a := e.read(tc.text)
		if band, _ := e.textAge(a, e.readMeasures(a)); band != tc.band {
			t.Errorf("%q: age band %q, want %q", tc.text, band, tc.band)
		}
	}
	// the mother on dialysis is asked the dialysis signs, not a child's
	askedOrNot(t, e, "child_breathing", false, Facts{},
		"salam docteur, yemma 3andha dialyse 3 fois f simana. lbare7 ratat la seance 3la jal l3ors. lyoum rahi labas",
		"امي عندها غسيل كلى 3 مرات في الاسبوع، فاتتها جلسة امس وهي اليوم بخير",
	)
}

// TestTheMaghrebMissesItsSessionInFrench: the Maghreb misses a dialysis
// session with the French "rater" («راطات السيانس», "ratat la séance")
// and "she did not go" («ما مشاتش»); the French article "la" before a
// French word of four letters or more is no negation even where its
// letters spell an Arabic word ("séance" spells «سنكي»). h120-038 read the
// missed session as nothing. A missed session is seen today (UKKA
// hyperkalaemia guideline; NICE NG107: UR-KIDNEY-02), with breathlessness
// at once (RF-KIDNEY-01); a session gone to is not missed.
func TestTheMaghrebMissesItsSessionInFrench(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "nephrology", Facts{AgeYears: 63},
		"salam docteur, yemma 3andha dialyse 3 fois f simana. lbare7 ratat la séance ta3ha 3la jal l3ors ta3 khti. lyoum rahi labas",
		"baba 3ando la dialyse, rata la séance ta3 lyoum",
		"امي عندها دياليز. البارح راطات السيانس",
		"mama ma mchatch l dialyse lbare7",
		"بابا كيدير الدياليز، راطا السيانس ديال الثلاثاء",
	)
	redFlagIs(t, e, "RF-KIDNEY-01", true, Facts{AgeYears: 63},
		"yemma dialyse, ratat la séance w lyoum 3andha dyq nefs",
	)
	for _, text := range []string{
		"yemma 3andha dialyse, ma ratatch la seance, rahi labas",
		"yemma 3andha dialyse, mchat l la séance lbare7 w rahi labas",
	} {
		if present(t, e, text, "dialysis_missed") {
			t.Errorf("%q: a session gone to read as missed", text)
		}
	}
}

// TestKhIsKha: in Arabizi "kh" is خ, never ك then ح: writers spell كح with
// the 7 ("k7a", "ka7a"). "khti" (my sister) read as «كحتي» (my cough):
// h120-038's mother on dialysis had a cough and was asked a toddler's
// breathing questions. A cough spelt with its 7 is still a cough.
func TestKhIsKha(t *testing.T) {
	e := mustLoad(t)
	for _, w := range []string{"khti", "khty", "kha", "khto"} {
		if got := e.lex.arabizi.read(w); slices.ContainsFunc(got, func(ar string) bool { return []rune(ar)[0] == 'ك' }) {
			t.Errorf("%q read %v: kh is خ", w, got)
		}
	}
	for _, text := range []string{"khti 3andha s5ana mn lbare7", "jat khti w 3andha wja3 f rasha"} {
		if present(t, e, text, "cough") {
			t.Errorf("%q: my sister read as a cough", text)
		}
	}
	for _, text := range []string{"khti 3andha ka7a mn yomain", "3andi k7a w s5ana", "wldi fih ko77a"} {
		if !present(t, e, text, "cough") {
			t.Errorf("%q: the cough not read", text)
		}
	}
	// "khana" (food, Roman Urdu) is no Ghana now that it reads no Arabic
	redFlagIs(t, e, "RF-TRAVEL-01", false, Facts{AgeYears: 33},
		"mujhe 2 din se zukam hai aur halka bukhar hai, khana peena theek hai",
	)
}

// TestHearingLessIsTheEar: hearing told as less, low or not good, in
// second-language English and every dialect, is the ear's complaint for
// ENT (NICE NG98 hearing loss: a routine assessment when it came on over
// months): "my right ear is hearing less since few months, slowly slowly
// ... sometime itching inside" (h120-006) went to dermatology for the
// itch. Hearing lost since this morning stays the same-day sudden loss
// (UR-ENT-03); an itch of the skin stays dermatology's.
func TestHearingLessIsTheEar(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "ent", Facts{AgeYears: 45},
		"my left ear is hearing less since some months, feel blocked and itchy inside",
		"my mother hearing is low since last year, she put tv loud",
		"سمعي قل من شهور بودني اليمين",
		"mama ma tsma3ch mli7 men 3am",
		"baba ma yisma3 zain mn sana",
		"ابوي ما يسمع زين من سنة",
		"i have hearing problem in right ear since months",
	)
	urgencyIs(t, e, Urgent, "ent", Facts{AgeYears: 45},
		"hearing less in my right ear since i woke up today",
		"I cant hear from my left ear since this morning",
	)
	urgencyIs(t, e, Routine, "dermatology", Facts{AgeYears: 45},
		"itchy skin on my arms and legs for 2 months, creams not helping",
	)
}

// TestRefluxToldAsABurningFeeling: heartburn told as a burning "feeling"
// or "sensation" in the stomach, or a sour taste in the mouth without
// "my", is heartburn (NHS: Heartburn and acid reflux; NICE CG184: a GP
// when it lasts three weeks): "burning feeling in my stomach going up to
// my throat after i eat ... sour taste in mouth" for a month (h120-017)
// was read as nothing. A burning when passing urine is the urine's, and
// the burning beside sweating in an adult is RF-CHEST-05's emergency.
func TestRefluxToldAsABurningFeeling(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"i have burning feeling in my stomach after eating",
		"burning sensation in my stomach after meals since 2 days",
		"sometimes sour taste in mouth and burning after food",
		"sour burps after dinner every night",
	} {
		if !present(t, e, text, "heartburn") {
			t.Errorf("%q: no heartburn read", text)
		}
	}
	urgencyIs(t, e, Routine, "gastroenterology", Facts{AgeYears: 33},
		"since 1 month i have burning feeling in my stomach going up to my throat after i eat, antacid help for while",
	)
	urgencyIs(t, e, Routine, "urology", Facts{AgeYears: 33},
		"burning feeling when I pass urine",
	)
	redFlagIs(t, e, "RF-CHEST-05", true, Facts{AgeYears: 55},
		"burning feeling in my stomach and I am sweating",
	)
}

// TestGasTakenForIndigestionWithSweating: a heart attack is often told as
// gas or indigestion (NHS: Heart attack - the pain can feel like
// indigestion; ESC 2023 ACS guideline, atypical presentations): gas, a
// "gastric problem" or an antacid taken, told with sweating, breathlessness
// or faintness in an adult, is RF-CHEST-05. "My father age 62 is having gas
// problem since morning, he is taking eno 2 times but no relief ... heavy
// heavy feeling like stone ... little bit sweating also" (h120-001) was a
// routine diabetes question until the last safety screen. Gas after a meal
// with nothing else, a baby's gas drops, a young man sweating at the gym
// are not; a chest pain blamed on gas is still a chest pain (RF-CHEST-04).
func TestGasTakenForIndigestionWithSweating(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-CHEST-05", true, Facts{AgeYears: 58},
		"my husband says its gastric problem, he took antacid but he is sweating and short of breath",
		"My dad has gas pain since morning and he is sweating a lot",
		"ابوي عنده غازات من الصبح وشرب فوار وما ارتاح وعرقان",
		"بابا عنده غازات في المعدة من الصبح وعرقان",
		"بيي عندو غازات وعم يعرق كتير",
		"بابا عندو الغازات وكيعرق بزاف",
		"baba 3ando ghazat w 3ar2an barsha",
	)
	redFlagIs(t, e, "RF-CHEST-05", false, Facts{AgeYears: 45},
		"gas pain after eating beans, no sweating, otherwise fine",
		"عندي غازات بعد الاكل بس",
	)
	redFlagIs(t, e, "RF-CHEST-05", false, Facts{},
		"my baby 3 months has gas, we give gas drops, she is sweating in the heat",
	)
	redFlagIs(t, e, "RF-CHEST-05", false, Facts{AgeYears: 22},
		"I have gas problem and sweating a lot at the gym",
	)
	redFlagIs(t, e, "RF-CHEST-04", true, Facts{AgeYears: 50},
		"I have chest pain since 1 hour, maybe gas",
	)
}

// TestYellowDischargeIsNoJaundice: a yellow discharge, pus or phlegm is no
// yellowing of the eyes or skin, and an eye told with a discharge in it is
// an eye complaint (NICE CKS Conjunctivitis - infective: self-care when
// there is no pain, light sensitivity or loss of vision). «عيني فيها
// افرازات صفرا» (s95-026) and the red, sticky eyes of h120-028 were
// jaundice, urgent gastroenterology. Yellow eyes, yellow skin stay
// jaundice (NHS: Jaundice, UR-GI-02).
func TestYellowDischargeIsNoJaundice(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عيني فيها افرازات صفرا",
		"my eyes are red with yellowish discharge",
		"3ini fiha efrazat safra",
		"بلغمي صفرا وعندي كحة",
		"el bal3'am lono asfar w 3andi ka7a",
	} {
		if present(t, e, text, "jaundice") {
			t.Errorf("%q: a yellow discharge read as jaundice", text)
		}
	}
	urgencyIs(t, e, SelfCare, "ophthalmology", Facts{AgeYears: 35},
		"عيني فيها افرازات صفرا",
		"3ini fiha efrazat safra",
		"3eni fiha 3amas asfar",
		"my eyes are red with yellowish discharge",
		"my eyes have yellow gunk in the morning",
	)
	for _, text := range []string{
		"عيونه صفرا من يومين",
		"3enaya safra we el bol ghame2",
		"his skin is yellowish and urine dark",
	} {
		if d := e.Classify(text, Facts{AgeYears: 40}); !slices.Contains(d.AmberFlags, "UR-GI-02") {
			t.Errorf("%q: %s %v; want UR-GI-02 (jaundice)", text, d.Urgency, d.AmberFlags)
		}
	}
	// an ear's discharge beside eyes that are fine is the ear's
	if present(t, e, "ear discharge and my eyes are fine", "red_eye") {
		t.Errorf("an ear's discharge read as an eye's")
	}
}

// TestPillsInTheMouthTheOtherWayRound: a toddler found with pills in the
// mouth, told mouth first («كان في ثمه حبوب», Gulf Arabizi "kan fe thmma
// 7boob", h120-025, a two-year-old with his grandmother's heart and sugar
// pills), or with the parent unable to tell how many went down, may have
// swallowed them (NHS: Poisoning; NPIS/TOXBASE treat a possible ingestion
// as one): RF-POISON-02 at once, not after four questions. A tablet given
// to a child in the mouth is no ingestion.
func TestPillsInTheMouthTheOtherWayRound(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-POISON-02", true, Facts{AgeYears: 2},
		"ولدي كان في ثمه حبوب جدته وطلعتها",
		"بنتي لقيتها بتمها حبوب الضغط تبع ستها",
		"weldi kan f fommo 7bob dial jeddo",
		"my son had tablets in his mouth from grandmas bag, dont know how many he swallowed",
		"ولدي كان يلعب بشنطة امي، ما ادري كم حبه بلع",
	)
	redFlagIs(t, e, "RF-POISON-02", false, Facts{AgeYears: 2},
		"ولدي عطيته حبه بنادول في فمه عشان الحراره",
	)
}
