package triage

import (
	"slices"
	"testing"
)

// Set 39 was written blind at the start of an eleventh-session task: older
// patients and the relatives who write for them. Its first run missed a
// blow to the head on an anticoagulant told in Gulf words and, with
// "-missing=no", a hip after a slip that was never asked whether she could
// stand; it sent everyday things to the emergency number for words read
// out of their sense: a bruised wrist's blue, a reported "no" to self-harm,
// a tremor that "calms down", a denied sweat. Each is fixed here in
// general, beside a wording that must still fire.

// TestABlowToTheHeadToldWithItsVerb: «ضربت راسها» with any pronoun is a
// blow to the head (h39-003): on an anticoagulant it is seen the same day
// (UR-HEAD-01, NICE NG232 1.4.12), and with vomiting or drowsiness after it
// an emergency (RF-TRAUMA-02).
func TestABlowToTheHeadToldWithItsVerb(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الوالدة طاحت في الحمام وضربت راسها بطرف المغسلة، هي على دواء سيولة",
		"ستي وقعت ودقت راسها بالحيط، بتاخد وارفارين",
		"my nan bumped her head on the cupboard, she is on warfarin",
	} {
		if d := e.Classify(text, Facts{AgeYears: 79}); !slices.Contains(d.AmberFlags, "UR-HEAD-01") && d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want UR-HEAD-01", text, d.Urgency, d.AmberFlags)
		}
	}
	// on an anticoagulant named it is an emergency at once since set 109
	// (RF-TRAUMA-06, NICE NG232: to the emergency department); beside a
	// heart pill the signs after the blow are still asked
	if d := e.Classify("الوالدة ٧٩ سنة طاحت وضربت راسها، هي على دواء سيولة. الحين تقول انا زينة بس ابي انام", Facts{AgeYears: 79, Sex: "f"}); !slices.Contains(d.RedFlags, "RF-TRAUMA-06") {
		t.Errorf("a blow to the head on a blood thinner: %s %v; want RF-TRAUMA-06", d.Urgency, d.RedFlags)
	}
	w := e.Walk("الوالدة ٧٩ سنة طاحت وضربت راسها، هي على حبوب القلب. الحين تقول انا زينة بس ابي انام", Facts{AgeYears: 79, Sex: "f"}, "",
		answering(map[string]string{"inj_head_signs": "yes"}))
	if !slices.Contains(w.Decision.RedFlags, "RF-TRAUMA-02") {
		t.Errorf("a blow to the head, then vomiting or drowsy: asked %v, %s %v; want RF-TRAUMA-02", w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
	}
	for _, text := range []string{
		"ابويا وقع وخبط راسه في الارض وبقى بيرجع",
		"طاح على راسه وصار يستفرغ",
	} {
		if d := e.Classify(text, Facts{AgeYears: 79}); !slices.Contains(d.RedFlags, "RF-TRAUMA-02") {
			t.Errorf("%q: %s %v; want RF-TRAUMA-02", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("راسي ضاربني من الصبح", Facts{AgeYears: 40}); d.Urgency == Emergency {
		t.Errorf("a throbbing head is no blow to it: %s %v", d.Urgency, d.RedFlags)
	}
}

// TestASlipIsAFall: an older woman who slipped and has stayed on the sofa
// since is asked whether she can stand, and her "yes" is a hip fracture
// until shown otherwise (RF-TRAUMA-05; NHS: Falls), h39-008. A slipped disc
// is no fall.
func TestASlipIsAFall(t *testing.T) {
	e := mustLoad(t)
	text := "My mum is 89, she slipped on the kitchen floor last night. She says she's fine, just bruised her hip, but she's stayed on the sofa since"
	w := e.Walk(text, Facts{AgeYears: 89, Sex: "f"}, "", answering(map[string]string{"inj_weight": "yes"}))
	if !slices.Contains(w.Decision.RedFlags, "RF-TRAUMA-05") {
		t.Errorf("asked %v: %s %v; want RF-TRAUMA-05", w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
	}
	for _, text := range []string{
		"جدتي زحطت بالحمام وما عم تقدر توقف على رجلها",
		"grandad slipped in the garden and can't get up",
	} {
		if d := e.Classify(text, Facts{AgeYears: 84}); !slices.Contains(d.RedFlags, "RF-TRAUMA-05") {
			t.Errorf("%q: %s %v; want RF-TRAUMA-05", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("I have a slipped disc, my back hurts for 3 months", Facts{AgeYears: 70}); slices.Contains(d.RedFlags, "RF-TRAUMA-05") || slices.Contains(d.RedFlags, "RF-TRAUMA-01") {
		t.Errorf("a slipped disc: %s %v; no fall", d.Urgency, d.RedFlags)
	}
}

// TestASwollenBlueJointIsABruise: a wrist that swelled and went blue after
// a fall on the hand is bruised, not blue lips (h39-011); lips, a face and
// fingers that turn blue still are.
func TestASwollenBlueJointIsABruise(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"تيتا زحطت عالدرج وسندت حالها بإيدها. معصمها انتفخ وصار ازرق وما عم تقدر تحركه",
		"her wrist is swollen and gone blue since she fell",
	} {
		if d := e.Classify(text, Facts{AgeYears: 74}); slices.Contains(d.RedFlags, "RF-BREATH-04") {
			t.Errorf("%q: %s %v; a bruise, no RF-BREATH-04", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"وجهو صار ازرق", "شفايفه بقت زرقا", "صوابعه بقت زرقا", "his lips are turning blue"} {
		if d := e.Classify(text, Facts{AgeYears: 74}); !slices.Contains(d.RedFlags, "RF-BREATH-04") {
			t.Errorf("%q: %s %v; want RF-BREATH-04", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAQuestionAnsweredNo: what a relative asked and was told "no" to is
// denied (h39-020: «سألته اذا يفكر يأذي نفسه قال لا ما عندي نية», passive
// wishes to die without intent, urgent); a "yes", an answer that is no
// answer («قال لا تخافي», don't worry) and what is told after the "no"
// still count.
func TestAQuestionAnsweredNo(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ابوي من توفت الوالدة يقول ليت ربي ياخذني وارتاح. سألته اذا يفكر يأذي نفسه قال لا ما عندي نية",
		"I asked him if he wants to hurt himself, he said no",
	} {
		if d := e.Classify(text, Facts{AgeYears: 80, Sex: "m"}); slices.Contains(d.RedFlags, "RF-MH-02") {
			t.Errorf("%q: %s %v; self-harm was denied", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("I asked my dad if he has chest pain, he said no", Facts{AgeYears: 80, Sex: "m"}); d.Urgency == Emergency {
		t.Errorf("chest pain asked and denied: %s %v", d.Urgency, d.RedFlags)
	}
	for _, c := range []struct{ text, want string }{
		{"سألته اذا يفكر يأذي نفسه قال اي", "RF-MH-02"},
		{"asked her if she wants to hurt herself, she said no but she has been cutting herself", "RF-MH-02"},
		{"سألته اذا عنده وجع صدر قال لا تخافي", "RF-CHEST-04"},
		{"I asked him if he has chest pain and he said yes", "RF-CHEST-04"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 80, Sex: "m"}); !slices.Contains(d.RedFlags, c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
}

// TestATremorThatCalmsIsNoFever: a hand that shakes at rest for six months
// is a tremor (neurology, NICE NG71), not a fever's rigors, and «تهدى»
// (calms down) is not «تهذي» (raves), which ذ folded to د spells alike
// (h39-029); a pain that "calms with paracetamol" is no new confusion.
// Rigors with a fever, and raving told with its words, still are.
func TestATremorThatCalmsIsNoFever(t *testing.T) {
	e := mustLoad(t)
	text := "بوي عمره 72، من حوالي ست شهور يده اليمين ترعش وهو قاعد مرتاح، وكي يمسك الكاس تهدى شوية. وولى يمشي بشوية وخطه صغر"
	if d := e.Classify(text, Facts{AgeYears: 72, Sex: "m"}); d.Urgency == Emergency || d.Specialty != "neurology" {
		t.Errorf("a resting tremor: %s %s %v; want neurology, no emergency", d.Urgency, d.Specialty, d.RedFlags)
	}
	for _, text := range []string{"الوجع يهدى شوي مع البنادول", "الوجع بيهدى لما ينام"} {
		if d := e.Classify(text, Facts{AgeYears: 70}); slices.Contains(d.RedFlags, "RF-NEURO-01") {
			t.Errorf("%q: %s %v; a pain that calms is no confusion", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("ابوي عنده حرارة ورجفة وصار يهذي بكلام غريب", Facts{AgeYears: 80, Sex: "m"}); d.Urgency != Emergency {
		t.Errorf("a fever with rigors and raving in an 80-year-old: %s %v; want an emergency", d.Urgency, d.RedFlags)
	}
	if !e.Assess("عنده حرارة ورجفة", Facts{AgeYears: 50}, nil).has("chills") {
		t.Errorf("a fever's rigors: chills not read")
	}
}

// has reports whether the decision's findings show id present.
func (d Decision) has(id string) bool {
	for _, f := range d.Findings {
		if f.ID == id {
			return f.State == FindingPresent
		}
	}
	return false
}

// TestSweatingDenied: "no sweat" beside a man's usual heartburn is sweating
// denied, not heat stroke's dry skin nor sweating kept (h39-035, RF-CHEST-01
// and RF-CHEST-05); sweating told, and heat stroke's skin "hot and dry",
// still fire.
func TestSweatingDenied(t *testing.T) {
	e := mustLoad(t)
	text := "my father 68 he have this acid problem from many years, after big dinner his chest burning like fire. Same like always, he take Gaviscon and it goes. No pain when walking, no sweat."
	if d := e.Classify(text, Facts{AgeYears: 68, Sex: "m"}); d.Urgency == Emergency {
		t.Errorf("usual heartburn, sweating denied: %s %v", d.Urgency, d.RedFlags)
	}
	for _, c := range []struct{ text, want string }{
		{"my dad is sweating a lot and complaining of indigestion", "RF-CHEST-05"},
		{"my husband collapsed in the sun at arafat, his skin is hot and dry and he is confused", "RF-HEAT-01"},
		{"we are at mina, my father stopped sweating and is very drowsy", "RF-HEAT-01"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 68, Sex: "m"}); !slices.Contains(d.RedFlags, c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
}

// TestInsulinAboutToRunOut: insulin "finish today" is insulin running out,
// a supply the same day (UR-DIAB-03, NICE NG17 1.8), h39-018; a course of
// antibiotics finished is no medicine that must not stop.
func TestInsulinAboutToRunOut(t *testing.T) {
	e := mustLoad(t)
	text := "I am housemaid of Mama Fatima, she is 78. Her insulin pen (Lantus) is finish today, only little bit left for tonight"
	if d := e.Classify(text, Facts{AgeYears: 78, Sex: "f"}); d.Urgency != Urgent {
		t.Errorf("insulin running out: %s %v; want urgent", d.Urgency, d.AmberFlags)
	}
	if d := e.Classify("my mother came out from hospital after pneumonia, finish antibiotic yesterday, she is better now", Facts{AgeYears: 75, Sex: "f"}); d.Urgency == Urgent || d.Urgency == Emergency {
		t.Errorf("a finished course of antibiotics: %s %v %v", d.Urgency, d.RedFlags, d.AmberFlags)
	}
}

// TestASugarRangeIsNoGramsPerLitre: "sugars 6-8 in the mornings" is a
// range in mmol/L, not 6 g/L (h39-030, a diabetes review); a very high
// sugar still is.
func TestASugarRangeIsNoGramsPerLitre(t *testing.T) {
	e := mustLoad(t)
	if d := e.Classify("my mother has type 2 diabetes, sugars 6-8 in the mornings, due her review", Facts{AgeYears: 74, Sex: "f"}); slices.Contains(d.AmberFlags, "UR-DIAB-01") {
		t.Errorf("a sugar range of 6 to 8: %s %v; no very high sugar", d.Urgency, d.AmberFlags)
	}
	for _, text := range []string{"sugar is 350 today", "glycemie 4 g/l ce matin", "السكر ٢٢ اليوم"} {
		if d := e.Classify(text, Facts{AgeYears: 60}); !slices.Contains(d.AmberFlags, "UR-DIAB-01") && d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want a very high sugar", text, d.Urgency, d.AmberFlags)
		}
	}
}

// TestScratchingAnItchIsNoWound: "he scratch all night" of dry skin is an
// itch, not a wound asked about bleeding that will not stop (h39-038); a
// cut still is.
func TestScratchingAnItchIsNoWound(t *testing.T) {
	e := mustLoad(t)
	text := "my grandfather 79 years his skin on legs very dry like fish scale and he scratch all night. No spots, no fever"
	if w := e.Walk(text, Facts{AgeYears: 79, Sex: "m"}, "", answerUnsure); slices.Contains(w.Asked, "inj_bleeding") || w.Decision.Urgency == Emergency {
		t.Errorf("dry itchy skin: asked %v, %s %v", w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
	}
	if w := e.Walk("I cut my hand with a knife", Facts{AgeYears: 40}, "", answerMild); !slices.Contains(w.Asked, "inj_bleeding") {
		t.Errorf("a cut: asked %v; want inj_bleeding", w.Asked)
	}
}

// TestAWeeksCoughWithoutFeverIsNoSepsisQuestion: a smoker's cough of two
// months with no fever (h39-026) is not asked about a new confusion as a
// sign of sepsis (NICE NG51 is about an acute illness); the older person's
// safety screen still asks it. A cough with a fever still is.
func TestAWeeksCoughWithoutFeverIsNoSepsisQuestion(t *testing.T) {
	e := mustLoad(t)
	text := "gedo 3ando 69 sana w bi shrab sagayer men 40 sana. ba2alo ta2riban shahrein bi ko7 kol youm. mafish dam w mafish so5oneya"
	w := e.Walk(text, Facts{AgeYears: 69, Sex: "m"}, "", answerUnsure)
	if slices.Contains(w.Asked, "fever_confused") || w.Decision.Urgency == Emergency {
		t.Errorf("a cough of weeks, no fever: asked %v, %s %v", w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
	}
	if w := e.Walk("my dad is 80, fever and cough for 3 days", Facts{AgeYears: 80, Sex: "m"}, "", answerMild); !slices.Contains(w.Asked, "fever_confused") {
		t.Errorf("an 80-year-old's fever and cough: asked %v; want fever_confused", w.Asked)
	}
}

// TestMaghrebiShinglesByTheEye: spots "with the water in them" on one side
// of the forehead are shingles (h39-015), seen the same day (UR-SKIN-01;
// NICE CKS Shingles).
func TestMaghrebiShinglesByTheEye(t *testing.T) {
	e := mustLoad(t)
	text := "جدي طلعولو حبوب صغار فيهم الماء في جبينو من جيهة وحدة وحتى حذا عينو، ويحرقوه برشا"
	if d := e.Classify(text, Facts{AgeYears: 78, Sex: "m"}); !slices.Contains(d.AmberFlags, "UR-SKIN-01") {
		t.Errorf("shingles by the eye: %s %v; want UR-SKIN-01", d.Urgency, d.AmberFlags)
	}
}

// TestAParentsEverydayComplaintsAreRead: what relatives tell of an older
// parent in their own words is read as the complaint it is: forgetting
// for a year (h39-021; «السؤال», a question, is no «السهال» one letter
// away), hearing going slowly (h39-023), not having opened the bowels
// (h39-031), an ear blocked with its side between (h39-036), a skin tear
// (h39-033). Diarrhoea and a sudden deafness are still read.
func TestAParentsEverydayComplaintsAreRead(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, specialty string }{
		{"ماما عندها ٧٨ سنة، بقالها حوالي سنة بتنسى كتير، بتسأل نفس السؤال كذا مرة", "neurology"},
		{"جدي عندو 85 عام، هادي شي شهور وهو ولا ما كيسمعش مزيان، بالشوية بالشوية", "ent"},
		{"ابوي عمره ٧٦، له ثلاث ايام ما راح الحمام (ما طلع براز)، بطنه منفوخة شوي", "gastroenterology"},
		{"mmi 3ndha 82 3am, wdnha lisra msdoda mn chi simana", "ent"},
	} {
		d := e.Classify(c.text, Facts{AgeYears: 80})
		if d.Specialty != c.specialty || d.Urgency == Emergency {
			t.Errorf("%q: %s %s %v; want %s", c.text, d.Urgency, d.Specialty, d.RedFlags, c.specialty)
		}
	}
	if d := e.Classify("بتسأل نفس السؤال كذا مرة", Facts{AgeYears: 78}); d.has("diarrhoea") {
		t.Errorf("a question asked again is no diarrhoea")
	}
	if d := e.Classify("عندي سهال من امبارح", Facts{AgeYears: 40}); !d.has("diarrhoea") {
		t.Errorf("diarrhoea not read")
	}
	if d := e.Classify("the skin on his arm just peeled back like tissue paper", Facts{AgeYears: 87}); d.Pathway != "injury" {
		t.Errorf("a skin tear: pathway %s; want injury", d.Pathway)
	}
	if d := e.Classify("since this morning I cannot hear from my right ear", Facts{AgeYears: 50}); !slices.Contains(d.AmberFlags, "UR-ENT-03") {
		t.Errorf("a sudden deafness: %s %v; want UR-ENT-03", d.Urgency, d.AmberFlags)
	}
}

// TestGiantCellArteritisIsNotAskedAboutMeningitis: a new temple headache
// with a scalp sore to comb and a jaw that tires on chewing at 76, with no
// fever (h39-019), is asked about the sight (giant cell arteritis's
// emergency), not about a stiff neck; a headache with a fever still is.
func TestGiantCellArteritisIsNotAskedAboutMeningitis(t *testing.T) {
	e := mustLoad(t)
	text := "بابا عندو 76 سنة، هادي سمانة وهو عندو وجع راس جديد في الجنب تاع الصدغ. كي يمشط شعرو يوجعو الراس، وكي ياكل يعيا فكو ويحبس"
	w := e.Walk(text, Facts{AgeYears: 76, Sex: "m"}, "", answering(nil))
	if slices.Contains(w.Asked, "fever_neck") || !slices.Contains(w.Asked, "head_gca_vision") {
		t.Errorf("giant cell arteritis: asked %v; want head_gca_vision, not fever_neck", w.Asked)
	}
	if w := e.Walk("my dad is 76, headache and a fever since yesterday", Facts{AgeYears: 76, Sex: "m"}, "", answerMild); !slices.Contains(w.Asked, "fever_neck") {
		t.Errorf("a headache with a fever: asked %v; want fever_neck", w.Asked)
	}
}
