package triage

import (
	"slices"
	"testing"
)

// Set 72 was written blind at the start of a fourteenth-session task:
// babies and children, written by a parent or a grandparent, in English
// (half of it second-language) and Arabic (Gulf, Egypt, the Levant, the
// Maghreb, Arabizi): fifteen emergencies, most of them behind a mild first
// message ("a bit sleepy", "not herself", "ما يبي ياكل"), nine urgent,
// eight routine and eight self-care (a cold, teething, a nappy rash, a bump
// on the head, a mild fever in a child who plays and drinks). Its first
// run caught all fifteen emergencies in both modes; what it missed lay on
// the other side. "my baby girl 10 month have cold" gave no age, so an
// adult's sepsis rule (RF-SEPSIS-03, 16 and over) fired on a baby's cough
// and fast breathing; a Gulf mother's «galli … ma yabi y3eesh» (he said he
// doesn't want to live) was not read as thoughts of death, so a yes to
// "thoughts of ending his life" went to the emergency number without the
// plan question; a Moroccan 2-year-old «ما كيهضرش بزاف، غير شي كلمات»
// (doesn't talk much, only a few words) was a stroke's lost speech; and
// below the emergency line, a 16-year-old's acne («7boob bwejja ktir») was
// a severe rash, a constipated 3-year-old's streak of blood on the paper
// was a bleeding bowel, a Gulf baby's «تطلع سنون» (teeth coming) was not
// teething, an Egyptian «sennaha» (her tooth) was not a tooth, parents
// who "were a bit worried" were a mental-health complaint, and a toddler
// who "hit his head on the coffee table" was asked about a crash.

// urgencyIs checks each text's urgency (and, when given, its specialty).
func urgencyIs(t *testing.T, e *Engine, want Urgency, specialty string, f Facts, texts ...string) {
	t.Helper()
	for _, text := range texts {
		d := e.Classify(text, f)
		if d.Urgency != want || specialty != "" && d.Specialty != specialty {
			t.Errorf("%q: %s %s %v %v; want %s %s", text, d.Urgency, d.Specialty, d.RedFlags, d.AmberFlags, want, specialty)
		}
	}
}

// TestABabysMonthsToldWithoutIs: a baby word right before a count of weeks
// or months, as second-language English writes it, is the baby's age, so
// a fever under 3 months is weighed (NICE NG143 1.3) and an adult's sepsis
// rule does not fire on a baby's cold (NICE NG9 bronchiolitis: same-day
// for fast breathing with feeds reduced). A child word alone before weeks
// stays a duration.
func TestABabysMonthsToldWithoutIs(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{},
		"my baby 6 weeks has fever 38.2",
		"my baby boy 7 weeks have fever since morning",
	)
	classifiedAs(t, e, false, Facts{},
		"my baby girl 10 month have cold and cough 3 days, today she breathing little fast and she take only half from her milk",
		"my baby 9 months has a runny nose and cough",
		"my son 3 weeks cough",
	)
}

// TestAChildWhoDoesNotWantToLive: «ما يبي يعيش», a Gulf parent's "he
// doesn't want to live", is a passive thought of death: seen today
// (UR-MH-02) and asked about a plan; a plan or the means gathered is the
// emergency (RF-MH-01; NHS: help for suicidal thoughts; NICE NG225).
func TestAChildWhoDoesNotWantToLive(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 15},
		"ولدي قال ما يبي يعيش",
		"wldi galli ma yabi y3eesh",
		"بنتي تقول ما تبي تعيش خلاص",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 15},
		"ولدي يقول يبي ينتحر وجمع حبوب",
		"بنتي تبي تموت نفسها",
	)
	// not wanting to eat or to go to school is no thought of death
	classifiedAs(t, e, false, Facts{AgeYears: 10},
		"ولدي ما يبي ياكل من امس",
		"بنتي ما تبي تروح المدرسه",
	)
}

// TestAToddlersFewWords: a toddler who says only a few words ("like mama
// and dada") has speech not yet learned, a developmental question for an
// appointment (NICE CG128; RCPCH milestones), not a stroke's lost speech
// (RF-STROKE-04), which still holds for speech lost suddenly.
func TestAToddlersFewWords(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 2},
		"ولدي عندو عامين وما كيهضرش بزاف، غير شي كلمات بحال ماما وبابا",
		"my son is 2 and only says a few words like mama and dada",
		"she only says a couple of words, is that normal at 2",
		"بنتي عمرها سنتين ما بتحكي كتير، بس كم كلمه",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"بابا فجأه ما بقاش كيهضر مزيان، كلامو تقيل",
		"my dad suddenly cant speak properly, his words are slurred",
	)
}

// TestAcneIsNoSevereRash: spots on the face that are acne, "a lot" of them,
// are a skin appointment (NICE NG198), not a severe rash seen today.
func TestAcneIsNoSevereRash(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "dermatology", Facts{AgeYears: 16},
		"benti 3omra 16 sene w 3anda 7boob bwejja ktir, jarrabna kreemet mn el saydaliyye w ma zabat",
		"بنتي عندها حبوب بوجها كتير",
		"my son has loads of spots on his face, the creams dont work",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 4},
		"my son has a fever and purple spots on his legs that dont fade with a glass",
	)
}

// TestAFissuresStreakOfBlood: a streak of blood on the paper told with a
// constipated child's hard stools is a fissure's, seen routinely (NICE
// CG99); blood in a child's stool told apart, or with diarrhoea, is still
// seen today (UR-CHILD-03).
func TestAFissuresStreakOfBlood(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 3},
		"ولدي ٣ سنين عنده امساك من شهرين، يطلع الحمام كل ٣ ايام ويصيح لانه ناشف، ومره شفت شوية دم على المنديل",
		"my son is 3, constipated for weeks, hard poos and a bit of blood on the toilet paper",
	)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 3},
		"my daughter is 3 and there is blood in her stool",
	)
}

// TestAGulfBabysTeeth: «تطلع سنون», teeth coming through, is teething,
// home care (NHS: baby teething symptoms).
func TestAGulfBabysTeeth(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeMonths: 7},
		"بنتي ٧ شهور تريل وايد وتعض كل شي وصايره نكديه شوي، حرارتها ٣٧.٦. اظن تطلع سنون. ارضع عادي",
		"ولدي يطلع له سنان ومتضايق شوي",
	)
}

// TestAChildsToothAbscess: «سنانها», «sennaha» (her tooth) with a swollen
// cheek and a fever is a dental abscess for the dentist today (SDCEP), and
// «سن» as an age stays an age.
func TestAChildsToothAbscess(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "dentistry", Facts{AgeYears: 8},
		"ya doctor bent 2o5ty 3andaha 8 snin, sennaha betewga3ha men 2 ayam w el 5ad warem awi el naharda w 3andaha so5oneya. btakol w teshrab 3ady.",
		"بنتي سنانها بتوجعها وخدها وارم وعندها سخونيه",
	)
	a := e.read("ابني سنه ٨ سنين")
	if a.present[e.lex.index["tooth"]] {
		t.Errorf("«سنه ٨ سنين» read as a tooth")
	}
}

// TestAParentsWorryIsNoMood: parents who "were a bit worried" (the
// matching form of "we're") about a child's bedwetting are not telling of
// their child's mental health (NICE CG111 bedwetting: a routine
// assessment).
func TestAParentsWorryIsNoMood(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("my 6 yr old has started wetting the bed again, he was dry at night for over a year. were a bit worried, can we book to see someone?", Facts{AgeYears: 6})
	if d.Specialty == "psychiatry" || slices.Contains(d.Complaints, "mental") {
		t.Errorf("bedwetting with the parents' worry: %s %v", d.Specialty, d.Complaints)
	}
	d = e.Classify("im worried all the time and cant sleep", Facts{AgeYears: 30})
	if !slices.Contains(d.Complaints, "mental") {
		t.Errorf("one's own worry: %v, want mental", d.Complaints)
	}
}

// TestAHeadHitOnTheFurniture: a head "hit" on the coffee table is a
// low-energy knock (minor_mechanism, NICE NG232), not asked about a crash;
// a car that hit a child still is a crash.
func TestAHeadHitOnTheFurniture(t *testing.T) {
	e := mustLoad(t)
	minor := e.lex.index["minor_mechanism"]
	for _, text := range []string{
		"my son 3 years hit his head on the coffee table 1 hour ago, he cry straight away and now have a small bump",
		"ولدي خبط راسه في الطاوله وهو يلعب",
	} {
		if !e.read(text).present[minor] {
			t.Errorf("%q: no minor mechanism", text)
		}
	}
	classifiedAs(t, e, false, Facts{AgeYears: 3},
		"my son 3 years hit his head on the coffee table 1 hour ago, he cry straight away and now have a small bump. He is playing and eating biscuit, no vomit",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 7},
		"a car hit my son, he hit his head on the road and is not waking up properly",
	)
}
