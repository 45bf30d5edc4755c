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
		// «عايد» is returning, not «ع ايد» (on the hand)
		"ابوي عايد من عرفات وطاح بالطريق من الشمس",
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

// TestTheHeatsCrampsAndChafing: cramps in the legs after walking in the
// sun are heat exhaustion's, home care once cooled and drinking (NHS: Heat
// exhaustion and heatstroke), not an injury seen the same day (h40-014);
// skin chafed by the walking and the sweat is the chafing's, not a heat
// illness (h40-029), nor is two weeks of anything heat exhaustion. Heat
// exhaustion still unwell, or told without cooling, is still urgent.
func TestTheHeatsCrampsAndChafing(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"salam, ams ba3d ma mashait min mina lil jamarat fil shams ja'ni shad fi rijli, el 3athala tetgalla6 w t3awrni wayed. shrabt mai w ga3adt fil takyeef w rayga shway",
		"walked from mina to the jamarat in the sun and got bad leg cramps, drank water in the AC tent and it eased",
		"عندي تسلخات بين فخادي من كتر المشي والعرق بالحج، صارلها اسبوعين، حطيت كريم وما راحت",
	} {
		if d := e.Classify(text, Facts{AgeYears: 34}); d.Urgency == Emergency || d.Urgency == Urgent {
			t.Errorf("%q: %s %v %v; want neither emergency nor urgent", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"dizzy, headache and heavy sweating after walking in the sun at mina",
		"got leg cramps and feel dizzy and sick after the jamarat in the sun",
		"دايخ وعرقان من الشمس، جلست فالكليما وشربت الما وباقي عيان",
	} {
		if d := e.Classify(text, Facts{AgeYears: 34}); d.Urgency != Urgent && d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want at least urgent", text, d.Urgency, d.AmberFlags)
		}
	}
	if d := e.Classify("period cramps at mina since this morning, the usual", Facts{AgeYears: 25, Sex: "f"}); slices.Contains(d.AmberFlags, "UR-HEAT-01") {
		t.Errorf("period cramps at Mina: %v; a period's cramps are no heat cramps", d.AmberFlags)
	}
}

// TestAChildDrinkingOnlyALittle: "drinks only a little" and "passed urine
// once" said in each dialect's word for only, and a Tunisian child «فاشل
// ياسر» (worn out), are dehydration signs beside diarrhoea (NICE CG84; a
// boy of 4, h40-036, was sent to self-care). A child drinking and peeing
// as usual is still home care.
func TestAChildDrinkingOnlyALittle(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدي عمرو 4 سنين، عندو الاسهال من نهارين وتقيا زوز مرات البارح. اليوم يشرب شوية برك وبال مرة وحدة الصباح، وفاشل ياسر",
		"بنتي عندها اسهال من يومين وتشرب كان شوية",
		"my son has had diarrhoea for 2 days and only peed once today",
	} {
		if d := e.Classify(text, Facts{AgeYears: 4}); !slices.Contains(d.AmberFlags, "UR-GI-01") {
			t.Errorf("%q: %s %v; want UR-GI-01", text, d.Urgency, d.AmberFlags)
		}
	}
	if d := e.Classify("ولدي عنده اسهال خفيف ويشرب عادي ويبول عادي ويلعب", Facts{AgeYears: 4}); d.Urgency != SelfCare {
		t.Errorf("a child with mild diarrhoea drinking and playing: %s %v; want self_care", d.Urgency, d.AmberFlags)
	}
}

// TestATwistsSwellingIsTheInjurys: an ankle swollen after its twist, that
// bears weight, is a sprain for home care (NHS: Sprains and strains), not
// a leg for the clot clinic (h40-024); a knee the writer calls an old
// problem is no new painful joint (h40-021). A calf swollen on one side
// after a hospital stay is still a clot to rule out.
func TestATwistsSwellingIsTheInjurys(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("tza7la2et 3al blat el mablool bel 7aram w lawet ejre el shmal, shway manfou5a 3and el ka3b bas bemshi 3adi w el waja3 5afeef", Facts{AgeYears: 22})
	if d.Urgency != SelfCare || d.Pathway == "leg" {
		t.Errorf("a mild sprain: %s %s %s; want self_care, not the leg pathway", d.Urgency, d.Specialty, d.Pathway)
	}
	d = e.Classify("Hello, my knee is old problem, doctor say it is arthritis. Here in Hajj too much walking, knee is aching more in evening, no swelling, no fall", Facts{AgeYears: 61})
	if slices.Contains(d.AmberFlags, "UR-JOINT-02") {
		t.Errorf("a knee that is an old problem: %v; no newly painful joint", d.AmberFlags)
	}
	if d := e.Classify("my knee is suddenly very painful since yesterday, I can hardly bend it", Facts{AgeYears: 61}); !slices.Contains(d.AmberFlags, "UR-JOINT-02") {
		t.Errorf("a newly very painful knee: %v; want UR-JOINT-02", d.AmberFlags)
	}
	if d := e.Classify("بطة رجلي اليمين منتفخه من طلعت من المستشفى", Facts{AgeYears: 50}); d.Urgency != Emergency {
		t.Errorf("a calf swollen after a hospital stay: %s %v; want an emergency", d.Urgency, d.RedFlags)
	}
}

// TestTheQuestionIsNoDiarrhoea: «السوال» (the question, its hamza dropped)
// is one letter from «السهال» (diarrhoea), and a mother who "asks the same
// question twice" for months was a belly complaint, not a memory one
// (h40-027). Diarrhoea said so is still read.
func TestTheQuestionIsNoDiarrhoea(t *testing.T) {
	e := mustLoad(t)
	if present(t, e, "امي صار لها كم شهر عم تنسى كتير، بتسأل نفس السؤال مرتين", "diarrhea") {
		t.Error("asking the same question read as diarrhoea")
	}
	for _, text := range []string{"عندي السهال من امبارح", "عندي اسهال"} {
		if !present(t, e, text, "diarrhea") {
			t.Errorf("%q: no diarrhoea read", text)
		}
	}
}

// TestStifledInTheSunIsTheHeats: «مخنوق», stifled, is a mood, but in the
// sun or the heat it is the heat's: a mother who felt stifled and dizzy at
// Arafat (h40-012) was asked about suicidal thoughts. Stifled by life is
// still read as a mood.
func TestStifledInTheSunIsTheHeats(t *testing.T) {
	e := mustLoad(t)
	if present(t, e, "mama 7assat b rasha mkhnou9a w dayra lha dokha f 3arafat ta7t chems", "mental_word") {
		t.Error("stifled and dizzy under the sun at Arafat read as a mood")
	}
	for _, text := range []string{"حاسس حالي مخنوق من الشغل والبيت", "انا مخنوقه من كل شي"} {
		if !present(t, e, text, "mental_word") {
			t.Errorf("%q: no mood read", text)
		}
	}
}

// TestFeltFaintInTheHeatThenWellInTheCool: heat exhaustion that has
// settled within half an hour in the cool with water (NHS: Heat
// exhaustion and heatstroke) is home care, however the dizzy turn and the
// tiredness are told; the Maghreb's «حسات براسها» (she felt herself) is
// no headache (h40-012). Still very weak or dizzy after the first aid is
// seen the same day (UR-HEAT-03).
func TestFeltFaintInTheHeatThenWellInTheCool(t *testing.T) {
	e := mustLoad(t)
	text := "salam, mama 7assat b rasha mkhnou9a w dayra lha dokha f 3arafat ta7t chems, kanet ghadi tsakhf. dkhelnaha l khayma fiha climatiseur w chrbat lma w 3asir. daba ba3d nos sa3a rahi mzyana, kat hder m3ana 3adi w kat3re9, ghir 3yana"
	if d := e.Classify(text, Facts{AgeYears: 60}); d.Urgency != SelfCare {
		t.Errorf("heat exhaustion settled in the cool: %s %s %v; want self_care", d.Urgency, d.Pathway, d.AmberFlags)
	}
	if present(t, e, "حسيت براسي عيان ودايخ", "headache") {
		t.Error("«حسيت براسي» (I felt myself) read as a headache")
	}
	if !present(t, e, "راسي كيضرني بزاف", "headache") {
		t.Error("«راسي كيضرني» not read as a headache")
	}
	for _, text := range []string{
		"my mother got dizzy at arafat, we sat her in the shade and gave her water, she is still very weak and cant stand",
		"جاتني دوخه بعرفات، قعدت تحت المكيف وشربت موية وللحين دايخ",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); !slices.Contains(d.AmberFlags, "UR-HEAT-03") {
			t.Errorf("%q: %s %v; want UR-HEAT-03", text, d.Urgency, d.AmberFlags)
		}
	}
}
