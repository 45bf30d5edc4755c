package triage

import (
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"tashkeel and hamza", "أَلَمٌ في الصَّدْرِ", "الم في الصدر"},
		{"alef forms", "إسهال آلام ٱلقلب", "اسهال الام القلب"},
		{"alef maqsura and ta marbuta", "حمّى شديدة", "حمي شديده"},
		{"tatweel", "وجــــع", "وجع"},
		{"elongation arabic", "واااجع مرررره", "واجع مره"},
		{"elongation latin", "sooo paaaainful", "soo paainful"},
		{"eastern digits", "حرارته ٣٨٫٥ من ۳ ايام", "حرارته 38.5 من 3 ايام"},
		{"case and apostrophe", "I CAN'T Breathe", "i cant breathe"},
		{"sentence and phrase marks", "no fever, cough. ok! وجع؟ صداع، دوخه", "no fever , cough . ok . وجع ? . صداع , دوخه"},
		{"question marks", "is it bad?! really?? ok? ", "is it bad ? . really ? . ok ?"},
		{"blood pressure", "BP 190/115 now", "bp 190/115 now"},
		{"arabic glued to latin", "للـinsulin", "لل insulin"},
		{"arabic glued to digits", "عمره٨٠سنة", "عمره 80 سنه"},
		{"bidi marks", "\u200fصدري\u200e يوجعني", "صدري يوجعني"},
		{"presentation forms", "ﻻ ﻣﺮﺣﺒﺎ", "لا مرحبا"},
		{"dialect letter folds", "ظهري ذراعي كثير", "ضهري دراعي كتير"},
		{"persian letters", "گلبي چذي ی", "قلبي كدي ي"},
		{"symbols dropped", "pain!!! 😢 #help", "pain . help"},
		{"empty", "", ""},
		{"only punctuation", "...,,,", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestNegation checks that negation is scoped: a negated symptom is off, a
// symptom phrase that contains a negation stays on, and the next phrase is
// untouched.
func TestNegation(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name, text, concept string
		present             bool
	}{
		{"en no", "no fever", "fever", false},
		{"en denies", "denies chest pain", "chest_pain", false},
		{"en dont have", "I don't have chest pain or shortness of breath", "breathless", false},
		{"en without", "cough without fever", "fever", false},
		{"en but restores", "no fever but chest pain", "chest_pain", true},
		{"en comma ends scope", "no fever, sweating a lot", "sweating", true},
		{"en cant breathe is a symptom", "I can't breathe", "cant_breathe", true},
		{"en not responding is a symptom", "he is not responding", "unresponsive", true},
		{"en didnt help keeps symptom", "paracetamol didn't help the pain in my chest", "chest_pain", true},
		{"gulf ma fini", "ما فيني حرارة", "fever", false},
		{"gulf ma fini then sweating", "ما فيني حرارة وعرقان", "sweating", true},
		{"gulf mafi dam", "مافي دم", "bleeding", false},
		{"gulf maandi", "ماعندي ضيق نفس", "breathless", false},
		{"egyptian mish", "مش حاسس بوجع في صدري", "chest_pain", false},
		{"egyptian mafish", "مفيش سخونية", "fever", false},
		{"levantine ma fini = cannot", "ما فيني اتنفس", "cant_breathe", true},
		{"maghrebi ma...sh", "ماعنديش السخانة", "fever", false},
		{"maghrebi ghir restores", "ما عنديش السخانة غير شوية د الكحة", "cough", true},
		{"msa laysa", "ليس لدي ألم في الصدر", "chest_pain", false},
		{"bila", "كحة بلا حرارة", "fever", false},
		{"wala continues", "ما في حرارة ولا كحة", "cough", false},
		{"pseudo negation", "بعد ما مشى في الشمس", "heat_context", true},
		{"lamma is not ma", "حبوب حمرا ما تختفي لما اضغط عليها", "nonblanching", true},
		{"history silences a condition", "had a stroke last year, follow up please", "stroke_word", false},
		{"medication silences a condition", "ابي اجدد دوا الصرع", "seizure", false},
		{"current condition counts", "I think she is having a stroke", "stroke_word", true},
		{"except phrase", "my blood pressure is fine", "bleeding", false},
		{"gulf ma fini before a noun is no", "ما فيني ضيق تنفس", "cant_breathe", false},
		{"maghrebi mashi before a noun", "ماشي عندي ضيق فالنفس", "breathless", false},
		{"nose breathing is no emergency", "مش بيتنفس من مناخيره من الزكام", "cant_breathe", false},
		{"not breathing stays a symptom", "مش بيتنفس", "cant_breathe", true},
		{"glued m-sh negation is a symptom", "مبيردش علينا", "unresponsive", true},
		{"not waking stays a symptom", "ومش عم تفيق", "unresponsive", true},
		{"not wanting to wake is no coma", "my son doesn't want to wake up for school", "unresponsive", false},
		{"living abroad is no death wish", "مش عايز اعيش في الغربة", "suicidal", false},
		{"not wanting to live is a passive death wish", "ما عاد ابي اعيش", "passive_suicidal", true},
		{"not wanting to live is no plan", "ما عاد ابي اعيش", "suicidal", false},
		{"a child not wanting to wake for school is no death wish", "my son doesn't want to wake up for school", "passive_suicidal", false},
		{"not wanting to wake up is", "بصراحة ما بدي اصحى الصبح، حاسة حالي عبء", "passive_suicidal", true},
		{"not wanting to wake up, Egyptian", "مش عايزه اصحى تاني", "passive_suicidal", true},
		{"the means made ready beside a death wish is a plan", "nobody would miss me, I have the pills ready", "suicidal", true},
		{"a wish to die in Makkah is no death wish", "نفسي اموت في مكه", "suicidal", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := e.lex.analyze(tc.text)
			c, ok := e.lex.index[tc.concept]
			if !ok {
				t.Fatalf("no concept %q", tc.concept)
			}
			if a.present[c] != tc.present {
				t.Errorf("%q: %s present = %v, want %v", tc.text, tc.concept, a.present[c], tc.present)
			}
		})
	}
}

func TestMeasures(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name   string
		text   string
		check  func(m measures) bool
		expect string
	}{
		{"arabic temperature", "حرارته ٣٩٫٥", func(m measures) bool { return m.tempC == 39.5 }, "tempC 39.5"},
		{"fahrenheit", "temp 102f", func(m measures) bool { return m.tempC > 38.8 && m.tempC < 39 }, "tempC ~38.9"},
		{"half degree", "سخنة ٣٨ ونص", func(m measures) bool { return m.tempC == 38.5 }, "tempC 38.5"},
		{"blood pressure", "bp 190/115", func(m measures) bool { return m.bpSys == 190 && m.bpDia == 115 }, "190/115"},
		{"glucose mg", "sugar reading 45", func(m measures) bool { return m.glucoseMin == 45 }, "glucose 45"},
		{"glucose ambiguous", "السكر 3", func(m measures) bool { return m.glucoseMin == 54 && m.glucoseMax == 300 }, "both readings"},
		{"spo2", "oxygen 88%", func(m measures) bool { return m.spo2 == 88 }, "spo2 88"},
		{"age months", "عمره ٨ اشهر", func(m measures) bool { return m.ageMonths == 8 }, "8 months"},
		{"age years old", "my 4 year old", func(m measures) bool { return m.ageMonths == 48 }, "48 months"},
		{"age dual", "عمره سنتين", func(m measures) bool { return m.ageMonths == 24 }, "24 months"},
		{"duration days", "من ٣ ايام", func(m measures) bool { return m.durDays == 3 }, "3 days"},
		{"duration words", "for two weeks", func(m measures) bool { return m.durDays == 14 }, "14 days"},
		{"pregnancy weeks is no age", "30 weeks pregnant", func(m measures) bool { return m.ageMonths == -1 && m.durDays == -1 }, "no age, no duration"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := e.readMeasures(e.lex.analyze(tc.text))
			if !tc.check(m) {
				t.Errorf("%q: %+v, want %s", tc.text, m, tc.expect)
			}
		})
	}
}
