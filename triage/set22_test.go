package triage

import (
	"slices"
	"testing"
)

// TestFoodBurntIsNoBurn: burnt toast, rice or dinner is no burn of the
// skin. "Burst into tears because the toast burned" sent a new mother to
// the emergency number as a burnt child under five (h22-004). A child's
// burn stays the emergency of RF-BURN-03.
func TestFoodBurntIsNoBurn(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I burst into tears today because the toast burned",
		"my little one cried all evening after I burnt the dinner, he seems fine",
		"ولدي عمره سنتين بكى لما الاكل احترق وهو زين",
		"بنتي الصغيرة خافت لما الرز احترق",
		"الدري الصغير بكى ملي الماكلة تحرقت",
	} {
		if w := e.Walk(text, Facts{AgeYears: 2, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Decision.RedFlags, "RF-BURN-03") {
			t.Errorf("%q: %s %v; burnt food is no burnt child", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"my toddler burned her hand on the oven",
		"ولدي الصغير انحرق بالشاي الحار",
		"البيبي اتحرق من الشاي السخن",
	} {
		if w := e.Walk(text, Facts{AgeYears: 2, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency of a burnt child", text, w.Decision.Urgency)
		}
	}
}

// TestTearsAfterABirthAreAMood: the writer's tears and the baby blues are
// a mood, so the mental-health questions are asked (h22-004 read nothing
// but a burn), and "had my daughter 4 days ago" is the birth.
func TestTearsAfterABirthAreAMood(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Had my daughter 4 days ago and I keep bursting into tears over nothing",
		"is this the baby blues? I feel tearful all day",
		"I think I have postnatal depression",
		"I burst into tears at work today and can't stop",
	} {
		w := e.Walk(text, Facts{AgeYears: 29, Sex: "f"}, "", answerAll("no"))
		if !slices.Contains(w.Asked, "mh_suicidal") || w.Decision.Urgency == Emergency {
			t.Errorf("%q: asked %v, %s; want the mood's questions and no emergency", text, w.Asked, w.Decision.Urgency)
		}
	}
	lx := mustLoad(t).lex
	post := lx.index["postpartum"]
	for text, want := range map[string]bool{
		"had my baby 5 days ago":                     true,
		"had my son last week by c-section":          true,
		"since giving birth I can't sleep":           true,
		"I had a baby shower last week":              false,
		"my son had a cold, he is better":            false,
		"we had our daughter's birthday party today": false,
	} {
		if a := lx.analyze(text); a.present[post] != want {
			t.Errorf("%q: postpartum %v, want %v", text, a.present[post], want)
		}
	}
}

// TestGodTakingMeIsAPassiveWish: God taking one away, in the Maghreb's
// يدّي, Egypt's ربنا, or as God taking back His trust, is a wish to be dead
// with no plan: urgent, the plan asked (h22-007, «ياريت كون ربي يديني
// ونرتاح ... ما عنديش نية» sent to the emergency number on thoughts of
// ending one's life). God taking one to the Hajj is a journey.
func TestGodTakingMeIsAPassiveWish(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ساعات نقول ياريت كون ربي يديني ونرتاح",
		"نفسي ربنا ياخدني وارتاح من كل ده",
		"يا رب خد امانتك تعبت",
		"كل يوم نقول يا ربي خود امانتك",
		"rabi ydini w nartah",
	} {
		w := e.Walk(text, Facts{AgeYears: 45, Sex: "f"}, "", answerAll("no"))
		if !slices.Contains(w.Asked, "mh_plan") || w.Decision.Urgency != Urgent {
			t.Errorf("%q: asked %v, %s; want the plan asked and urgent", text, w.Asked, w.Decision.Urgency)
		}
	}
	for _, text := range []string{
		"ان شاء الله ربي يديني للحج العام الجاي وركبتي توجعني",
		"الله يديني لمكه ونشوف الحرم",
	} {
		if w := e.Walk(text, Facts{AgeYears: 60, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Asked, "mh_plan") {
			t.Errorf("%q: asked %v; a journey, no wish to be dead", text, w.Asked)
		}
	}
}

// TestAnAntibioticAskedForIsNoAllergen: a medicine asked about is not one
// taken. A COPD patient more breathless than usual asking «لازم مضاد
// حيوي» was read as an allergic reaction with breathing trouble (h22-036,
// RF-ALLERGY-02). Breathing trouble after an antibiotic taken stays one.
func TestAnAntibioticAskedForIsNoAllergen(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي ربو ونفسي ضيق شوي من الرشح، بدي اعرف اذا لازم مضاد حيوي",
		"عندي ضيق نفس مع الكحة، محتاج مضاد حيوي؟",
		"COPD, a bit more short of breath with the cold, do I need antibiotics?",
		"my chest is wheezy and I'm breathless on the stairs, can you prescribe antibiotics",
	} {
		if w := e.Walk(text, Facts{AgeYears: 64, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Decision.RedFlags, "RF-ALLERGY-02") {
			t.Errorf("%q: %v; an antibiotic asked for is no allergen", text, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"after the antibiotic my lips are swelling and I can't breathe",
		"بعد المضاد الحيوي وجهي انتفخ ونفسي ضيق",
		"خدت مضاد حيوي جديد ووشي ورم ومش قادر اتنفس",
	} {
		if w := e.Walk(text, Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency (anaphylaxis)", text, w.Decision.Urgency)
		}
	}
}

// TestMorePhlegmIsNoSevereBreath: more phlegm is the phlegm's amount, one
// of a COPD flare's signs, not how bad the breath is: «البلغم زاد» beside
// more breathlessness than usual while talking well read as severe
// breathlessness (h22-036, RF-BREATH-02). Severe breathlessness said so
// stays an emergency.
func TestMorePhlegmIsNoSevereBreath(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"من ثلاث ايام البلغم زاد وصار لونه اخضر، والنهجة اكتر من العادة لما اطلع الدرج",
		"البلغم كتير ونفسي ضيق شوية لما بطلع السلم",
		"عندي البلغم بزاف وكنتنهج شوية فالدروج",
		"my phlegm is getting worse and green, a bit short of breath on the stairs",
	} {
		if w := e.Walk(text, Facts{AgeYears: 64, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Decision.RedFlags, "RF-BREATH-02") {
			t.Errorf("%q: %v; more phlegm is no severe breathlessness", text, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"ضيق تنفس شديد والبلغم زاد",
		"severe shortness of breath and more phlegm",
		"كنتنهج بزاف",
	} {
		if w := e.Walk(text, Facts{AgeYears: 64, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, w.Decision.Urgency)
		}
	}
}

// TestArabiziEveryDayAndAHeartBeating: "kel" is every, not the verb to
// eat, and "albi bido2" is the heart beating (قلبي بيدق), not medicine
// (بدوا): "nawbet hala3 kel yom, albi bido2 ktir" read as medicine
// swallowed in quantity, an overdose (h22-017). "b sor3a" is quickly,
// not صرعه, a fit. Medicine swallowed in quantity, and a fit, stay
// emergencies.
func TestArabiziEveryDayAndAHeartBeating(t *testing.T) {
	e := mustLoad(t)
	lx := e.lex
	palp := lx.index["palpitations"]
	for _, text := range []string{
		"sarli shahr 3am tji3ni nawbet hala3 kel yom, albi bido2 ktir",
		"albi bidou2 b sor3a w iday btenmal",
		"2alby bydo2 b sor3a kil marra ba3d el 2ahwa",
	} {
		if a := lx.analyze(text); !a.present[palp] {
			t.Errorf("%q: palpitations not read", text)
		}
		if w := e.Walk(text, Facts{AgeYears: 24, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; a racing heart with panic is no overdose and no fit", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{"akhi bala3 7bob kteer", "ibni 3ando sar3a hala2"} {
		if w := e.Walk(text, Facts{AgeYears: 16, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, w.Decision.Urgency)
		}
	}
}

// TestMaghrebThereIsNoneNegates: «ماكاينش» (there is none) negates what
// follows; as a word of a medicine run out it held its negation, and
// «ماكاينش دم ماكاينش سخانة» read as blood and a fever after a birth
// (h22-037, the malaria question then asked). A medicine not to be had
// is still run out.
func TestMaghrebThereIsNoneNegates(t *testing.T) {
	lx := mustLoad(t).lex
	fever, blood, ranOut := lx.index["fever"], lx.index["bleeding"], lx.index["ran_out"]
	for _, text := range []string{
		"عندي الامساك من بعد الولادة، ماكاينش دم ماكاينش سخانة",
		"makaynach s5ana w makaynch dem",
		"مافيش سخونية ومافيش دم",
		"ما فيه حراره ولا دم",
	} {
		if a := lx.analyze(text); a.present[fever] || a.present[blood] {
			t.Errorf("%q: fever %v, blood %v; both denied", text, a.present[fever], a.present[blood])
		}
	}
	for _, text := range []string{"الدوا ماكاينش فالفارماسي", "ماكاينش الدوا ديال السكر"} {
		if a := lx.analyze(text); !a.present[ranOut] {
			t.Errorf("%q: ran_out not read", text)
		}
	}
	if a := lx.analyze("عندي السخانة والدم فالبول"); !a.present[fever] {
		t.Errorf("a fever said plainly not read")
	}
}

// TestSugarYearsAndTheMeterInAnotherSentence: a count of years beside the
// sugar is how long it has been had, not a reading («عندي السكر من ١٥
// سنة» read as a sugar of 15); and a reading told by its measuring is a
// sugar when the sugar is named in another sentence of a message that
// measures nothing else («... وباخد أنسولين. والجهاز النهارده قاس ٤٥٠»,
// h22-032, ended routine): UR-DIAB-01, urgent. A pressure or temperature
// measured is not.
func TestSugarYearsAndTheMeterInAnotherSentence(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 50, Sex: "f"}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"أنا عندي السكر من ١٥ سنة وباخد أنسولين. نسيت القلم يومين، والجهاز النهارده قاس ٤٥٠ وبعدين ٤٢٠", true},
		{"عندي سكري وباخد انسولين. الجهاز قاس ٤٠٠ اليوم الصبح", true},
		{"I'm diabetic, my sugar is all over the place. Checked this morning and it was 420", true},
		{"عندي السكر من ١٥ سنة وماشي منيح", false},
		{"diabetic for 20 years, all fine, need a refill", false},
		{"عندي سكر. قست الضغط طلع ١٦٠", false},
		{"I have diabetes. Measured my blood pressure, it was 170", false},
	} {
		got := slices.Contains(e.Classify(tc.text, f).AmberFlags, "UR-DIAB-01")
		if got != tc.want {
			t.Errorf("%q: UR-DIAB-01 %v, want %v", tc.text, got, tc.want)
		}
	}
	a := e.read("عندي السكر من ١٥ سنة")
	if a.nums.glucoseMin != 0 || a.nums.glucoseMax != 0 {
		t.Errorf("«عندي السكر من ١٥ سنة»: a sugar of %v–%v read from fifteen years", a.nums.glucoseMin, a.nums.glucoseMax)
	}
}

// TestFireAsALikenessIsNoBurn: fire as the likeness of a pain is no burn:
// heartburn "like fire from the stomach" in pregnancy went to dermatology
// as a burn, urgent (h22-020). A burn from a fire stays one.
func TestFireAsALikenessIsNoBurn(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"after dinner I have burning in my chest, it is like fire from the stomach, it goes if I sit up",
		"my feet feel like a fire at night, I am diabetic",
		"the pain in my back is like it is on fire",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30, Sex: "f"}); slices.Contains(d.AmberFlags, "UR-BURN-01") || d.Specialty == "dermatology" {
			t.Errorf("%q: %s %s %v; a likeness, no burn", text, d.Urgency, d.Specialty, d.AmberFlags)
		}
	}
	for _, text := range []string{"I burnt my arm on the fire last night, big blisters", "my hand got caught in the fire while cooking"} {
		if d := e.Classify(text, Facts{AgeYears: 30, Sex: "f"}); d.Specialty != "dermatology" && d.Urgency != Emergency {
			t.Errorf("%q: %s %s; want a burn", text, d.Urgency, d.Specialty)
		}
	}
}

// TestSugarUnitAfterARange: the unit written after a reading, or after
// the range it opens, says how it is read: "sugars usually 6-8 mmol/L"
// read the 6 as 6 g/L, a very high sugar, and a cold in a diabetic with
// normal readings ended urgent (h22-040).
func TestSugarUnitAfterARange(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text   string
		lo, hi float64
	}{
		{"sugars usually 6-8 mmol/L", 108, 144},
		{"my sugar is between 5.4 and 5.9 mmol", 97.2, 106.2},
		{"السكر عندي ٧ ملمول الصبح", 126, 126},
		{"sugar 27 mmol", 486, 486},
		{"sugar was 90 mg/dl", 90, 90},
		{"sugar 6", 108, 600}, // no unit: both readings stay
	} {
		m := e.read(tc.text).nums
		if m.glucoseMin < tc.lo-0.01 || m.glucoseMin > tc.lo+0.01 || m.glucoseMax < tc.hi-0.01 || m.glucoseMax > tc.hi+0.01 {
			t.Errorf("%q: sugar %v–%v, want %v–%v", tc.text, m.glucoseMin, m.glucoseMax, tc.lo, tc.hi)
		}
	}
	cold := "I'm type 2, on metformin, sugars usually 6-8 mmol/L. Runny nose for two days, no temperature, readings still around 7"
	if d := e.Classify(cold, Facts{AgeYears: 61, Sex: "f"}); slices.Contains(d.AmberFlags, "UR-DIAB-01") {
		t.Errorf("%q: UR-DIAB-01; normal readings", cold)
	}
}
