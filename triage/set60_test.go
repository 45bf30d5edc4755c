package triage

import (
	"slices"
	"testing"
)

// Set 60 was written blind at the start of a thirteenth-session task: Gulf
// Arabic (Hijazi, Najdi, Kuwaiti, Emirati, Qatari, Omani, Bahraini),
// Maghrebi Arabic (Moroccan, Algerian, Tunisian, Libyan) and Arabizi in
// both spellings; pilgrims at Arafat, Mina and the Haram, heat, older
// parents, children, pregnancy, diabetes, and emergencies hidden behind a
// mild first message ("is it normal?", «عادي؟», «واش عادي»). Its first run
// (-missing=no) missed two emergencies. A leg swollen three weeks after a
// knee operation («رجلي اليمنى منفوخة») was never asked about: the side
// stood between the leg and its swelling, and the knee of the operation
// made it a joint complaint. A headache told as "a little" but sudden, as
// something heavy was lifted (Algerian Arabizi "jatni fj2a"), was never
// asked whether it was the worst ever. One non-emergency went to the
// emergency number on a word read out of its sense: "3awja" (crooked, of a
// wrist after a fall) read as ع + وجه, a face, and with its crookedness a
// face drooping. Three urgent cases were told routine or self-care: a
// small hard «حبة» in the breast (a pimple), «ما قدرش يبول» (no word of
// the Maghreb's retention), and a child's asthma attack the reliever
// eased. Each is fixed here in general, beside the wording that must not
// fire.

// TestOneSwollenLegAfterAKneeOperation: one leg swollen with the side told
// between («رجلي اليمنى منفوخة») is one leg swollen, and a knee named as
// the operation's site does not stop the leg question; a swollen knee, toe
// or heel alone is that part, not the leg.
func TestOneSwollenLegAfterAKneeOperation(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"رجلي اليمنى منفوخة وتوجعني",
		"رجلي اليسرى منتفخه من امس",
		"rjli liman mnfokha w twj3ni",
		"my right leg is swollen",
	} {
		if !present(t, e, text, "calf_one_side") {
			t.Errorf("%q: one leg swollen not read", text)
		}
	}
	for _, text := range []string{
		"ركبتي اليمين منفوخه شوي من الدرج",
		"رجلي الثنتين منفوخات",
		"رجلي اليمنى توجعني",
		"ابهام رجلي اليمين فجأة من الليل منتفخ واحمر ويعورني مره", // gout of the big toe (h8-029)
		"كعب رجلي اليسار منفوخ",
	} {
		if present(t, e, text, "calf_one_side") {
			t.Errorf("%q: read as one leg swollen", text)
		}
	}
	text := "درت عملية في الركبة هادي 3 سمانات، ومن البارح رجلي اليمنى منفوخة وتوجعني وحمرا شوية، هل هذا عادي بعد العملية؟"
	if d := e.Classify(text, Facts{AgeYears: 65, Sex: "m"}); d.Urgency != Emergency {
		t.Errorf("%q: %s %v; want emergency", text, d.Urgency, d.RedFlags)
	}
	// told without the side, the leg is asked after the knee operation
	text = "عملت عملية في الركبة من اسبوعين ورجلي منفوخة شوي"
	asked := false
	ans := map[string]string{}
	for range 10 {
		q, ok := e.NextQuestion(text, Facts{AgeYears: 70, Sex: "f"}, "", ans)
		if !ok {
			break
		}
		if q.ID == "leg_one_side" {
			asked = true
			break
		}
		ans[q.ID] = "no"
	}
	if !asked {
		t.Errorf("%q: one leg swollen never asked", text)
	}
}

// TestASuddenHeadacheToldAsALittleOne: a headache called slight but told
// as sudden is asked whether it is the worst ever; a slight one without
// a sudden onset is not.
func TestASuddenHeadacheToldAsALittleOne(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"rasi yoj3ni chwiya mn s7a9, jatni fj2a ki kont nrfed 7aja t9ila",
		"a bit of a headache, it came on suddenly when I was lifting",
		"راسي يوجعني شوي، جاني فجأة وانا اشيل الشنطه",
	} {
		q, ok := e.NextQuestion(text, Facts{AgeYears: 41, Sex: "f"}, "", map[string]string{})
		if !ok || q.ID != "head_sudden" {
			t.Errorf("%q: first question %q; want head_sudden", text, q.ID)
		}
		if d := e.Assess(text, Facts{AgeYears: 41, Sex: "f"}, map[string]string{"head_sudden": "yes"}); d.Urgency != Emergency {
			t.Errorf("%q, the worst ever: %s; want emergency", text, d.Urgency)
		}
	}
	for _, text := range []string{"a mild headache since this morning after the screen", "عندي وجيعة راس خفيفة من الصباح"} {
		ans := map[string]string{}
		for range 10 {
			q, ok := e.NextQuestion(text, Facts{AgeYears: 35, Sex: "f"}, "", ans)
			if !ok {
				break
			}
			if q.ID == "head_sudden" {
				t.Errorf("%q: a slight headache asked whether it was the worst ever", text)
				break
			}
			ans[q.ID] = "no"
		}
	}
}

// TestCrookedIsNoFace: «عوجه», Arabizi "3awja" (crooked), is not ع + وجه
// (a face), so a bent wrist is no face drooping; a face told crooked is.
func TestCrookedIsNoFace(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"ti7t 3la yeddi, tnfekhat w rahi 3awja chwiya", "ركبتي عوجه", "يدي تنفخت وعوجا شوية"} {
		if present(t, e, text, "face_droop") || present(t, e, text, "face") {
			t.Errorf("%q: read as a face", text)
		}
	}
	for _, text := range []string{"وجهه عوج من الصبح", "فمه عوج", "wjhi 3awj chwiya"} {
		if !present(t, e, text, "face_droop") {
			t.Errorf("%q: face drooping not read", text)
		}
	}
}

// TestALimbBentAfterAFall: a wrist, an arm or a leg bent out of shape after
// a fall is a likely fracture, urgent however mildly told (UR-INJ-02); a
// twist, a bend of the back or a face crooked without an injury is not.
func TestALimbBentAfterAFall(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ti7t 3la yeddi f trottoir, tnfekhat w rahi 3awja chwiya, ma nqderch n7errekha bzaf. wach lazem radio?",
		"fell on my wrist and now it looks bent",
		"طحت على يدي وصارت معوجه شوي",
		"وقعت على ايدي وبقت معوجه شويه",
	} {
		d := e.Classify(text, Facts{AgeYears: 47, Sex: "f"})
		if d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-INJ-02") {
			t.Errorf("%q: %s %v; want urgent, UR-INJ-02", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"I bent down and hurt my knee",
		"twisted my ankle, a bit swollen, walking fine",
		"وجهه عوج من الصبح",
	} {
		if d := e.Classify(text, Facts{AgeYears: 47, Sex: "f"}); slices.Contains(d.AmberFlags, "UR-INJ-02") {
			t.Errorf("%q: %v; no bent limb after an injury", text, d.AmberFlags)
		}
	}
}

// TestASmallHardBreastLump: a small or hard «حبة» in the breast is a lump
// (NICE NG12), not a pimple; spots on the chest and a tablet are not.
func TestASmallHardBreastLump(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"لقيت حبة صغيرة في صدري اليسار كي كنت نغسل، ما توجعنيش", "فيه حبه قاسيه في صدري"} {
		if d := e.Classify(text, Facts{AgeYears: 45, Sex: "f"}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"عندي حبوب في صدري تحكني", "اخذت حبه للصداع"} {
		if present(t, e, text, "breast_lump") {
			t.Errorf("%q: read as a breast lump", text)
		}
	}
}

// TestCannotPassUrineInEveryPerson: «ما قدرش يبول», «ما نقدرش نبول», «مو
// قادر يبول» are urinary retention (urgent with belly pain); not being able
// to sleep is not.
func TestCannotPassUrineInEveryPerson(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"بابا ما قدرش يبول من الصبح", "ما نقدرش نبول", "ابوي مو قادر يبول"} {
		if !present(t, e, text, "urinary_retention") {
			t.Errorf("%q: retention not read", text)
		}
	}
	if present(t, e, "ما قدرش ينعس", "urinary_retention") {
		t.Errorf("sleeplessness read as retention")
	}
	text := "بابا عمره 70 من الصبح ما قدرش يبول، يحس روحه محصور وكرشه توجعه تحت"
	if d := e.Classify(text, Facts{AgeYears: 70, Sex: "m"}); d.Urgency != Urgent {
		t.Errorf("%q: %s %v; want urgent", text, d.Urgency, d.RedFlags)
	}
}

// TestAnAsthmaAttackTheInhalerEased: an asthma attack the reliever eased
// is seen the same day (UR-ASTHMA-03); asthma under control, a refill, or
// an attack years back is not.
func TestAnAsthmaAttackTheInhalerEased(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدي عندو 6 سنين عندو الضيقة، جاتو شوية دابا، عطيتو البخاخ الزرق جوج ضربات وتهنى",
		"my son had an asthma attack, two puffs of the blue inhaler and he is better now",
		"بنتي اجتها نوبة ربو وعطيتها البخاخ وهديت",
		"wldi jato dri9a chwiya, 3titou l bakhakh w thenna",
	} {
		d := e.Classify(text, Facts{AgeYears: 6, Sex: "m"})
		if d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"I need a new inhaler for my asthma, it is under control",
		"الربو عندي مستقر وابي اجدد البخاخ",
		"my son had an asthma attack two years ago",
		"عندي ربو وجاتني الحرارة امس",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); slices.Contains(d.AmberFlags, "UR-ASTHMA-03") {
			t.Errorf("%q: %v; no attack now", text, d.AmberFlags)
		}
	}
}

// TestPalpitationsAfterABadNight: lost sleep told as what sets off a racing
// heart is the heart's complaint, not a mood one to be asked about suicide;
// sleeplessness told with worry or "tension about" exams still is; the
// Maghreb's "tension" (blood pressure) is not.
func TestPalpitationsAfterABadNight(t *testing.T) {
	e := mustLoad(t)
	if present(t, e, "من كم اسبوع احس قلبي يدق بسرعه شوي لما اشرب قهوه وايد او ما انام زين", "mental_word") {
		t.Errorf("palpitations after coffee or a bad night read as a mood complaint")
	}
	for _, text := range []string{
		"ما انام زين من شهر وحاسه اني قلقانه وقلبي يدق",
		"I cant sleep and I feel hopeless",
		// South Asian English: stress about exams beside a racing heart (h10-019)
		"from last 2 months very much tension about exams, not sleeping properly, heart beating fast before exams",
	} {
		if !present(t, e, text, "mental_word") {
			t.Errorf("%q: mood not read", text)
		}
	}
	if present(t, e, "3andi la tension w ki ntla3 d drouj 9albi ydo9", "mental_word") {
		t.Errorf("the Maghreb's tension (blood pressure) read as a mood")
	}
}
