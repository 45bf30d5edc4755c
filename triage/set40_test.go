package triage

import (
	"slices"
	"testing"
)

// Set 40 was written blind at the start of the eleventh session: pilgrims
// at Hajj and Umrah and the people with them. It caught every emergency;
// what it found was everyday pilgrim words read as emergencies. Each test
// reads the wording in the set's words and other writers', and checks the
// emergency wording beside it still fires.

// TestAShavedHeadIsNoThroat: «حلقت» is "I shaved" (the head, after Umrah),
// not the throat; a sunburnt scalp sore to touch is no headache. «بعد ما
// حلقت زيرو» read as a throat closing (h40-031, RF-ALLERGY-01), and the
// scalp's soreness beside the sun as a heat exhaustion.
func TestAShavedHeadIsNoThroat(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"راسي اتحرقت من الشمس بعد ما حلقت زيرو في العمرة ووقفت في الشمس ساعتين، فروة راسي حمرا ومولعة نار وبتوجعني لما المسها",
		"حلقت راسي بعد العمره والحلاق جرحني جرح صغير ووقف الدم",
		"حلقت شعري عالزيرو في الحج وجلدة راسي حمرا وبتحرقني",
	} {
		if d := e.Classify(text, Facts{AgeYears: 27}); d.Urgency == Emergency || slices.Contains(d.AmberFlags, "UR-HEAT-01") {
			t.Errorf("%q: %s %v %v; a shaved, sunburnt scalp is no emergency nor heat exhaustion", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"حلقي منفوخ وما اقدر ابلع", "RF-ALLERGY-01"},
		{"اكلت فستق وحلقي يضيق", "RF-ALLERGY-01"},
		{"my throat is closing after the peanuts", "RF-ALLERGY-01"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 30}); !slices.Contains(d.RedFlags, c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
	if !present(t, e, "وقفت في الشمس وراسي بيوجعني ودايخ", "heat_exhaustion") {
		t.Error("a headache and dizziness in the sun: no heat exhaustion read")
	}
}

// TestAFallToldByItsMechanismIsNoHeatCollapse: a slip, a push or a landing
// on the hand at Mina is a fall to examine, not a collapse from the heat
// (h40-006, a wrist sent to the emergency number as heat stroke). A fall
// in the sun told as such, or with confusion, still is.
func TestAFallToldByItsMechanismIsNoHeatCollapse(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انزلقت عالدرج بمنى والناس دفشوني ووقعت على ايدي اليمين. الرسغ منفخ كتير وعم يزرق وما فيني حركو",
		"I slipped on the wet marble at the haram and fell, my ankle is swollen",
		"تزحلقت في الحرم ووقعت على ركبتي، تعورني شوي",
		"tripped over a bag at Mina and fell on my hand, wrist sore",
	} {
		if d := e.Classify(text, Facts{AgeYears: 45}); slices.Contains(d.RedFlags, "RF-HEAT-01") {
			t.Errorf("%q: %s %v; a fall by a slip or a push is no heat collapse", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"الحاج طاح في الشمس",
		"my husband collapsed in the sun at arafat, his skin is hot and dry",
		"ابوي طاح بعرفات وصار يخربط",
		"انزلق بمنى وطاح وصار يخربط بالكلام",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestUnderTheSunIsNotSheFell: Arabizi "ta7t" (تحت, under) was aligned to
// طاحت (she fell), and a mother who felt faint "ta7t chems" and was well
// half an hour later in the air-conditioned tent ("climatiseur") was a
// heat collapse (h40-012). A fall told with its vowel still is one.
func TestUnderTheSunIsNotSheFell(t *testing.T) {
	e := mustLoad(t)
	text := "salam, mama 7assat b rasha dokha f 3arafat ta7t chems. dkhelnaha l khayma fiha climatiseur w chrbat lma. daba ba3d nos sa3a rahi mzyana, kat hder m3ana 3adi"
	if d := e.Classify(text, Facts{AgeYears: 60}); d.Urgency == Emergency || d.Urgency == Urgent {
		t.Errorf("heat exhaustion settled in the cool: %s %v %v; want neither emergency nor urgent", d.Urgency, d.RedFlags, d.AmberFlags)
	}
	for _, text := range []string{
		"mama ta7et f 3arafat w ma katjawebch",
		"baba ta7 ta7t chems w ma kayjawebch",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestWordsThatAskedTheWrongOrgan: a father's weight («وزنه») read as و +
// زنه, a buzzing ear, and his breathing was asked as a throat's (h40-008);
// a woman holding her urine ("7asre 7ali") read as sorrow (h40-028), and a
// diabetic afraid for his feet («خايف على رجليا», h40-030) as anxiety: both
// were asked about suicidal thoughts. A ringing ear and a mood said as such
// are still read.
func TestWordsThatAskedTheWrongOrgan(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, never string }{
		{"من وصلنا مكة رجوله منتفخة اكثر من العادة وزاد وزنه", "ear_other"},
		{"وزني نقص خمسة كيلو", "ear_other"},
		{"kent 2a3de 7asre 7ali w halla2 fi 7ar2a bel bol", "mental_word"},
		{"عندي السكر ورجليا فيهم تنميل، خايف على رجليا", "mental_word"},
		{"قلقانه على صحتي من الضغط", "mental_word"},
	} {
		if present(t, e, c.text, c.never) {
			t.Errorf("%q: %s read", c.text, c.never)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"اذني فيها طنين وزنه من يومين", "ear_other"},
		{"خايف على نفسي وما عدت اتحمل", "mental_word"},
		{"حاسس بحسره وضيقه من شهر", "mental_word"},
		{"عندي قلق وخوف طول الوقت", "mental_word"},
	} {
		if !present(t, e, c.text, c.want) {
			t.Errorf("%q: %s not read", c.text, c.want)
		}
	}
}

// TestASprainsSwellingIsNoClot: an ankle swollen in the sentence that tells
// its twist is the sprain's, not a clot's (h40-024 was asked about
// breathlessness as a clot in the lung). A calf swollen on one side after a
// hospital stay, or with breathlessness, still fires.
func TestASprainsSwellingIsNoClot(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"tza7la2et 3al blat el mablool bel 7aram w lawet ejre el shmal, shway manfou5a 3and el ka3b bas bemshi 3adi",
		"twisted my left ankle on the steps, it's a bit swollen but I can walk",
		"لويت رجلي اليمين وشوي منفوخه عند الكاحل",
	} {
		if present(t, e, text, "calf_one_side") {
			t.Errorf("%q: read as a calf swollen on one side", text)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"رجلي اليمين منتفخه وتعورني من طلعت من المستشفى", "RF-DVT-01"},
		{"my calf has been swollen since my flight and now I am breathless", "RF-PE-01"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 50}); !slices.Contains(d.RedFlags, c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
}
