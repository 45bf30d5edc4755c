package triage

import (
	"slices"
	"testing"
)

// Training set 107 (seventeenth session): the grey middle in English,
// native and second-language: self care, routine or urgent, where the
// difference matters, with six emergencies behind mild first messages.
// The tests below hold the families its first run showed.

// TestATwistOnTheWayDownTheStairsIsNoFall: an ankle or a knee twisted
// "coming down the stairs" is the twist, not a fall down them: "went over
// on my ankle coming down the stairs, heard a crack and now i cant put any
// weight on it" (h107-010) was a fall from height, RF-TRAUMA-01. It is an
// injury that may be a fracture, an X-ray today (UR-INJ-01; Ottawa ankle
// rules). A fall down the stairs is still one.
func TestATwistOnTheWayDownTheStairsIsNoFall(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-TRAUMA-01", false, Facts{},
		"went over on my ankle coming down the stairs, heard a crack and now i cant put any weight on it at all, its swelling up like a balloon",
		"twisted my knee going down the stairs at work, its swollen",
		"rolled my ankle on my way down the stairs this morning, can walk on it",
		"i twist my foot walking down the stairs, now little swelling",
		"hurt my back coming down the stairs carrying the washing",
	)
	redFlagIs(t, e, "RF-TRAUMA-01", true, Facts{},
		"my mum fell down the stairs and hurt her wrist",
		"I twisted my ankle and fell down the stairs",
		"he slipped coming down the stairs and fell all the way down the stairs",
	)
	urgencyIs(t, e, Urgent, "orthopedics", Facts{AgeYears: 19},
		"went over on my ankle coming down the stairs, heard a crack and now i cant put any weight on it at all, its swelling up like a balloon. mum says just rest it and see",
	)
}

// TestARashOnANewMedicineIsSeenToday: a rash come out on an antibiotic or
// a newly started medicine, with no swelling of the lips or throat and no
// trouble breathing, is seen the same day to stop or change the medicine
// and record the reaction (UR-MED-04; NICE CG183): h107-012 was a
// self-care rash, and three earlier sets' amoxicillin and Augmentin rashes
// (h13-053, h45-009, h49-036) were routine. A rash with a medicine only
// asked about, or one of childhood, is not.
func TestARashOnANewMedicineIsSeenToday(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-MED-04", true, Facts{},
		"Doctor gave me amoxicillin for tooth infection 3 days ago. Today I have red itchy rash all over the body, small spots. No swelling in my lips or face and breathing is normal. Should I stop the medicine?",
		"on day 4 of co-amoxiclav for my sinuses and ive come out in blotchy red spots on my chest and arms",
		"my son is on antibiotics for his ear and now has a rash all over his tummy",
		"started a new medication for my gout last week, allopurinol, now itchy rash on my legs",
		"عطاني الدكتور مضاد حيوي للحلق وطلع لي طفح احمر بجسمي",
		"باخد اوجمنتين من يومين وطلعلي طفح في ايديا",
		"ma3i rash 7amar mn lamma bdit el dawa el jdid",
	)
	amberOf(t, e, "UR-MED-04", false, Facts{},
		"on amoxicillin for my ear, no rash, no problems, can I take ibuprofen with it",
		"had a rash with penicillin when I was a child, now need something for my sore throat",
		"my baby has nappy rash, do I need antibiotics?",
		"itchy rash on my arms since the weekend, no new medicines",
	)
	urgencyIs(t, e, Urgent, "general_practice", Facts{AgeYears: 36},
		"Doctor gave me amoxicillin for tooth infection 3 days ago. Today I have red itchy rash all over the body, small spots. No swelling in my lips or face and breathing is normal. Should I stop the medicine?",
	)
	// swelling of the lips or trouble breathing is still the emergency
	classifiedAs(t, e, true, Facts{},
		"started amoxicillin today and now rash all over and my lips are swelling",
		"on antibiotics for my chest, now a rash and I feel faint and wheezy",
	)
}

// TestADiabeticsSoreThatWeepsIsAnActiveFoot: a sore on a diabetic's foot
// that weeps, oozes or smells is open and not healing, an active diabetic
// foot problem seen within a day (UR-DIAB-06; NICE NG19 1.3.5), and a
// relative's message is read across its sentences when the diabetes, the
// foot and the sore are all told of that person in the first: "My dad is
// type 2 diabetic and he's got a sore on the bottom of his foot ... it's a
// bit weepy" (h107-018) was a routine diabetes review. A mother's
// diabetes told apart from the writer's own blister is still not.
func TestADiabeticsSoreThatWeepsIsAnActiveFoot(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-DIAB-06", true, Facts{},
		"My dad is type 2 diabetic and he's got a sore on the bottom of his foot, I only noticed when I was doing his toenails. he can't really feel it. it's a bit weepy but no redness spreading and no temperature",
		"I'm diabetic, there is a blister on my big toe that is oozing a bit",
		"my nan has diabetes and has a sore on her heel. It smells a bit and theres yellow stuff on the dressing",
		"ابوي عنده سكر وطلع له جرح صغير تحت رجله وينز",
		"My dad has diabetes, he has a sore on his foot. It is not healing",
	)
	amberOf(t, e, "UR-DIAB-06", false, Facts{},
		"I have diabetes. blister on my heel from new shoes, it's clean and dry",
		"my mother is diabetic. I have a blister on my heel from new shoes, it is red",
	)
}

// TestASpellOnAndOffForDaysIsNotChronic: a recurrence told with a span of
// hours or days beside it ("on and off for 2 days", "comes and goes since
// this morning") is a short illness, not a complaint of weeks or years: a
// tension headache "on and off for 2 days" a paracetamol eased (h107-023)
// was a chronic headache and a routine visit (NICE CG150 1.3, self-care
// with simple analgesia). Weeks or months are still long-standing, and a
// fever that comes and goes is left as the fever complaint reads it.
func TestASpellOnAndOffForDaysIsNotChronic(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"headache on and off for 2 days, like a tight band round my forehead",
		"back ache comes and goes since this morning",
		"my tummy has been hurting on and off for a couple of days",
		"on and off since yesterday i get this dull headache",
		"الصداع يروح ويجي من يومين",
	} {
		if present(t, e, text, "chronic") {
			t.Errorf("%q: read as chronic", text)
		}
	}
	for _, text := range []string{
		"headache on and off for months",
		"heartburn on and off for years",
		"I get heart palpitations on and off, for a few months now",
		"my 3yo has had a temp of 38.9 on and off since yesterday",
	} {
		if !present(t, e, text, "chronic") {
			t.Errorf("%q: not read as chronic", text)
		}
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 29},
		"headache on and off for 2 days, like a tight band round my forehead, worse by the end of the day after staring at spreadsheets all day. paracetamol takes the edge off. its deadline week so not sleeping much either",
		"headache on and off for 2 days, paracetamol helps",
	)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 29},
		"headache on and off for 3 months, paracetamol helps a bit",
	)
}

// TestSleepLostToABusyTimeBesideABodyComplaint: sleep lost to a deadline,
// exams or night shifts, told beside a headache or a back ache, is that
// complaint's cause, not a complaint of the mind of its own (a beside word
// of the mental complaint): h107-023's "deadline week so not sleeping much"
// was asked about suicidal thoughts, and "not sure" was the emergency
// number. Told alone, or with a low mood, it is still the mind's.
func TestSleepLostToABusyTimeBesideABodyComplaint(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"headache for 2 days, its deadline week so not sleeping much either",
		"my back aches, night shifts this week so not sleeping well",
		"tension headache, exams next week and I cant sleep",
		"عندي صداع من يومين، الامتحانات وما انام زين",
	} {
		if d := e.Classify(text, Facts{AgeYears: 25}); slices.Contains(d.Complaints, "mental") {
			t.Errorf("%q: %v, a mental complaint", text, d.Complaints)
		}
	}
	for _, text := range []string{
		"exams next week and I cant sleep, feel so stressed",
		"night shifts and I cant sleep, I feel hopeless",
	} {
		if d := e.Classify(text, Facts{AgeYears: 25}); !slices.Contains(d.Complaints, "mental") {
			t.Errorf("%q: %v, no mental complaint", text, d.Complaints)
		}
	}
}

// TestAChestPainWeeksBackAndNoneAfterThat: "after that no pain", "since
// then no pain", the ending told the other way round as second-language
// English tells it, ends a chest pain of weeks back, checked and normal
// (the settled note: routine; NICE CG95): "3 weeks back I had chest pain
// and went to emergency ... After that no pain at all" (h107-027) was a
// chest pain now and the emergency number. A chest pain of this morning
// stays an emergency however it ended.
func TestAChestPainWeeksBackAndNoneAfterThat(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 48},
		"3 weeks back I had chest pain and went to emergency, they did ECG and blood test and said all normal, maybe muscle. After that no pain at all. They told me follow up with GP so please give me appointment.",
		"2 weeks ago i had chest pain at work, hospital said heart fine. since then no pain. want a check up",
		"had chest pain last month, ECG was normal. after that i am fine, need follow up",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 58},
		"chest pain this morning at rest, after that no pain",
	)
}

// TestACalfLikeAPulledMuscleAfterAFlight: a calf "like pulled muscle", or
// "feels like I pulled a muscle", is the clot's likeness, not an injury
// told, and a calf swollen "compared to the right one", however far the
// words lie apart, is one leg swollen: after long flights home it is a
// suspected clot (RF-DVT-01; clinic policy; NICE NG158 1.1). h107-030 was
// a routine travel fever. A muscle pulled at the gym is still an injury.
func TestACalfLikeAPulledMuscleAfterAFlight(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-DVT-01", true, Facts{},
		"I came back from visiting family in Manila 4 days ago, very long flights. Now my left calf is tight and sore, like pulled muscle, and little bit swollen compared to the right one. Can I use deep heat cream?",
		"flew back from sydney on monday. my right calf aches, feels like i pulled a muscle, and it looks a bit swollen than the left one",
		"after a 14 hour flight my left calf is sore and feels tight, its a bit swollen compared to the other leg",
		"بطة رجلي اليسار توجعني ومنفوخه شوي عن التانيه من رجعت من السفر",
	)
	redFlagIs(t, e, "RF-DVT-01", false, Facts{},
		"pulled a muscle in my calf at the gym, its a bit swollen compared to the other one",
		"my calf is sore and a bit swollen after football, I twisted my ankle",
	)
}

// TestWroteIsNoFever: «كتب» (wrote, prescribed) is no ك + تب (the Urdu
// تپ, a fever): «الدكتور كتب لها كريم» for a baby of a month was a fever
// under 3 months, and the Arabizi "maktab" (a desk) a fever once a
// prescription «كتب لي» was in the lexicon (h10-057). A letter written to
// a mother beside pills made ready is still the plan (h19-055).
func TestWroteIsNoFever(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عمرها شهر، الدكتور كتب لها كريم للحفاض",
		"بنتي عمرها شهر وكتب لها الدكتور كريم",
		"الدكتور كتبلي دوا للكحه",
		"shoghly 3ala maktab tool el yom",
	} {
		if present(t, e, text, "fever") {
			t.Errorf("%q: read as a fever", text)
		}
	}
	redFlagIs(t, e, "RF-MH-01", true, Facts{},
		"ana msh 3ayza 7ad y2la2, bas ana mgahza el 7obob w katabt gawab l mama",
		"مجهزة الحبوب وكتبت جواب لماما",
	)
}
