package triage

import "testing"

// Training set 116 (seventeenth session): mental health and women's health
// in English and Arabic, Arabizi included: low mood, panic, thoughts of
// suicide told directly and indirectly, self-harm, the mood after a
// birth, periods, pregnancy at every stage, contraception, the breast,
// the menopause. The tests below hold the families its first run showed,
// each in several spellings and dialects, most not in the set.

// TestWatersToldGoneWithAWordBetween: "my waters just went", "have gone",
// "have just broken" are the waters broken, and a pregnancy's weeks and
// days written "38+2" are 38 weeks (h116-019, read as nothing at all and
// booked routinely). At term, clear, that is the maternity unit the same
// day (UR-PREG-01); before term an emergency (RF-PREG-08).
func TestWatersToldGoneWithAWordBetween(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 31, Sex: "f"}
	for _, text := range []string{
		"pretty sure my waters just went",
		"I think my waters have gone",
		"my waters have just broken, clear fluid",
		"waters just broke about 10 mins ago",
		"I think my waters might have gone, still trickling",
	} {
		if !present(t, e, text, "waters_broke") {
			t.Errorf("%q: no waters read", text)
		}
	}
	amberOf(t, e, "UR-PREG-01", true, woman,
		"Morning! Pretty sure my waters just went (38+2), clear fluid, still trickling. No contractions yet, baby moving loads.",
		"my waters have gone at 39+4, clear, baby kicking",
		"40+1 and I think my waters have just broken, its clear",
		"waters just broke, 38+0 weeks, no contractions",
	)
	for _, text := range []string{
		"Morning! Pretty sure my waters just went (38+2), clear fluid, still trickling.",
		"my waters have gone at 39+4, clear, baby kicking",
	} {
		if d := e.Classify(text, woman); d.Urgency == Emergency {
			t.Errorf("%q: clear waters at term sent to the emergency number %v", text, d.RedFlags)
		}
	}
	redFlagIs(t, e, "RF-PREG-08", true, woman,
		"my waters have gone at 34+1",
		"I think my waters just went, I'm 33+5",
	)
	for in, want := range map[string]string{
		"(38+2), clear":     "38 weeks , clear",
		"38+2 weeks":        "38 weeks",
		"at 39+4w and":      "at 39 weeks and",
		"protein 2+":        "protein 2",
		"1+1 tablets":       "1 1 tablets",
		"bp 120+80":         "bp 120 80",
		"23+4 weeks":        "23 4 weeks",
		"she is 41+6 today": "she is 41 weeks today",
		"temp 38.2+2 weeks": "temp 38.2 2 weeks",
		"٣٨+٢ اسبوع":        "38 اسبوع",
		"38+2 semaines":     "38 semaines",
		"38+2wks, clear":    "38 weeks , clear",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWatersAtTermAreAskedTheFever: waters broken at 37 weeks or more
// are asked about a fever, shivers or coloured waters (RF-PREG-12; NICE
// NG235): «انا حامل ٣٨ اسبوع ونزل مني ماي الصبح» (h116-011, a fever and
// shivers) was asked bleeding, pain, headache and movements and sent to
// urgent. "No" leaves clear waters at term urgent; before term, or at a
// week not told, the waters are RF-PREG-08's already and the question is
// not needed.
func TestWatersAtTermAreAskedTheFever(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 29, Sex: "f"}
	atTerm := []string{
		"السلام عليكم، انا حامل ٣٨ اسبوع ونزل مني ماي الصبح، مافي طلق لين الحين",
		"I'm 39 weeks pregnant and my waters broke an hour ago, clear",
		"انا حامل في الاسبوع ٣٩ ونزلت مني مية الصبح",
		"ana 7amel fel osbo3 38 w nezlet menni mayya",
		"حاملة ف 40 سيمانة وسال مني الما",
	}
	askedOrNot(t, e, "preg_waters_signs", true, woman, atTerm...)
	playedTo(t, e, Emergency, woman, []string{"fever"}, atTerm...)
	playedTo(t, e, Urgent, woman, nil, atTerm[:3]...)
	askedOrNot(t, e, "preg_waters_signs", false, woman,
		"I'm 32 weeks pregnant and my waters broke",
		"39 weeks pregnant and my waters broke, the water is green",
		"I'm 38 weeks pregnant, no waters, just back pain",
	)
}

// TestAfterABirthStrangeTalkIsPsychosis: ten days after a birth, a
// mother not sleeping who "says strange things", or believes someone
// wants to take or steal the baby, told in the Maghreb's words, is
// postpartum psychosis, an emergency (RF-MH-03; NICE CG192 1.5): «كتقول
// كلام غريب بحال شي حد بغا ياخد منها الولد» (h116-008) was routine. Away
// from a birth, strange talk is a mental crisis seen the same day
// (UR-MH-01), and a new mother tired from the nights is neither.
func TestAfterABirthStrangeTalkIsPsychosis(t *testing.T) {
	e := mustLoad(t)
	mother := Facts{AgeYears: 28, Sex: "f"}
	redFlagIs(t, e, "RF-MH-03", true, mother,
		"السلام عليكم، كنكتب على مراتي، ولدات هادي عشرة ايام. هادي تلت ايام وهي ما كتنعسش، كتهضر بزاف وكتقول كلام غريب بحال شي حد بغا ياخد منها الولد.",
		"مراتي ولدات هادي سيمانة وكتقول شي حد بغا ياخد منها الولد",
		"اختي ولدت من اسبوع وصارت تقول كلام غريب وما تنام",
		"مرتي ولدت من ١٠ ايام وصارت تحكي كلام غريب وتقول بدهم يسرقوا البيبي",
		"my wife had our baby 8 days ago and now she thinks someone wants to steal the baby",
		"زوجتي ولدت قبل اسبوعين وصار كلامها غريب وما تنام",
	)
	amberOf(t, e, "UR-MH-01", true, Facts{AgeYears: 35, Sex: "m"},
		"اخوي من يومين يقول كلام غريب وما ينام",
		"ابني صار كلامه غريب من امس",
	)
	redFlagIs(t, e, "RF-MH-03", false, mother,
		"ولدت من اسبوع وتعبانة من السهر مع البيبي، ما عم نام منيح",
		"gave birth 10 days ago, exhausted, the baby wakes every 2 hours",
		"ولدات هادي عشرة ايام وما كتنعسش مزيان حيت الولد كيبكي",
	)
}

// TestACondomInEveryWordFailed: a condom named in the Maghreb's French
// ("préservatif", "capote") or the Levant's and Egypt's borrowed words,
// told torn or come off, is emergency contraception needed today
// (UR-GYN-03; FSRH): "lbar7 f lil l preservatif t9te3 m3a rajli"
// (h116-024) was a question about a medicine, self-care. A condom told
// not broken is nothing.
func TestACondomInEveryWordFailed(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 23, Sex: "f"}
	amberOf(t, e, "UR-GYN-03", true, woman,
		"slm, bghit nswl wa7d so2al. lbar7 f lil l preservatif t9te3 m3a rajli, w ana ma kanakhodch l pilule. wach mazal n9dr nakhod chi dwa bach ma n7melch?",
		"البارح الكابوت تقطع مع راجلي، شنو ندير؟",
		"le preservatif a craque hier soir, je prends pas la pilule",
		"el condom et2ata3 embare7 w ana mesh ba5od 7aboob",
		"the condom came off last night",
		"الواقي انشق امس، شو لازم اعمل؟",
	)
	amberOf(t, e, "UR-GYN-03", false, woman,
		"the condom didnt break, just asking about the pill",
		"we use condoms, can I switch to the coil instead?",
	)
}

// TestContraceptionIsTheWomensClinics: the pill, the coil, the implant,
// told to start, change or with a side effect, is a women's health visit
// (FSRH; NHS: Contraception), not urology (sexual_health's erection and
// ejaculation) nor general practice: «كنشرب حبوب منع الحمل ... كيجيني شوية
// الدم بين الدورات» (h103-034) went to urology, "on the mini pill but I
// keep forgetting it" (h103-005) and one pill 12 hours late (h116-037) to
// general practice. The late pill stays self-care, a question a
// pharmacist answers (FSRH missed pill guidance).
func TestContraceptionIsTheWomensClinics(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 27, Sex: "f"}
	urgencyIs(t, e, Routine, "obstetrics_gynecology", woman,
		"كنشرب حبوب منع الحمل هادي 3 شهور و كيجيني شوية الدم بين الدورات، بغيت نبدلهم",
		"Hi, I'm on the mini pill but I keep forgetting it. Would like to talk about getting the implant",
		"بدي ركب لولب، امتى فيني احجز موعد؟",
		"عايزة اغير حبوب منع الحمل بحاجة تانية",
		"hiya, been on the pill 6 yrs, thinking about the coil instead",
	)
	urgencyIs(t, e, SelfCare, "obstetrics_gynecology", woman,
		"quick q - forgot my pill (microgynon) last night, remembered this morning so about 12 hours late. do I need the morning after pill?",
		"Hello, I take microgynon, yesterday I forget my pill and I remember only this morning, so maybe 14 hours late. What I should do?",
	)
	urgencyIs(t, e, Routine, "urology", Facts{AgeYears: 45, Sex: "m"},
		"I have erectile problems for a few months",
	)
}

// TestAPainWithThePeriodsDays: a pain told with the days of a period and
// no other part named is period pain ("every month when my period come I
// have very strong pain first 2 days", h116-031, read as nothing, general
// practice): strong, it is a booked women's health visit (NICE CKS
// Dysmenorrhoea). A headache or a knee told with the period is theirs.
func TestAPainWithThePeriodsDays(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Hello, every month when my period come I have very strong pain first 2 days, I miss college.",
		"كل شهر لما تجي الدورة بيجيني وجع قوي اول يومين",
		"when I get my period the pain is unbearable",
		"مع الدورة كيجيني واحد الوجع خايب",
	} {
		if !present(t, e, text, "period_pain") {
			t.Errorf("%q: no period pain read", text)
		}
	}
	for _, text := range []string{
		"when my period comes I get a bad headache",
		"my knee pain is worse with my period",
		"مع الدورة يجيني وجع راس قوي",
	} {
		if present(t, e, text, "period_pain") {
			t.Errorf("%q: read as period pain", text)
		}
	}
	urgencyIs(t, e, Routine, "obstetrics_gynecology", Facts{AgeYears: 19, Sex: "f"},
		"Hello, every month when my period come I have very strong pain first 2 days, I miss college. Painkiller help little bit.",
	)
}

// TestTheBabyBluesInTheFirstDays: tears over nothing and a low mood in
// the first days after a birth are the baby blues, gone by two weeks:
// self-care, with the mood questions still asked (NHS: Feeling depressed
// after childbirth; NICE CG192). h22-004, h76-036 and h116-039, four days
// after the birth, were booked as a mood disorder. Three weeks on, tears
// are seen (routine); thoughts of death are urgent whenever (UR-MH-02).
func TestTheBabyBluesInTheFirstDays(t *testing.T) {
	e := mustLoad(t)
	mother := Facts{AgeYears: 28, Sex: "f"}
	urgencyIs(t, e, SelfCare, "", mother,
		"مرحبا، ولدت قبل ٤ ايام، كل شي بخير، بس اصيح على اتفه شي. ما عندي افكار سيئة ولا شي",
		"Had my daughter 4 days ago, everything went well. Today I've burst into tears three times over nothing.",
		"ولدت قبل ٤ ايام وكل شوي ابكي بدون سبب، احس اني حساسة مره",
		"بنتي ولدت قبل ٤ ايام، اليوم من الصبح عم تبكي على كل شي",
		"gave birth 5 days ago and I cry over nothing, is this normal?",
		"ولدت من يومين وانا ببكي بلا سبب",
	)
	urgencyIs(t, e, Routine, "psychiatry", mother,
		"ولدت من ٣ جمعات وصرت ببكي كتير بلا سبب، هاد طبيعي؟",
		"my baby is 5 weeks old and I cry over nothing most days",
	)
	playedTo(t, e, Urgent, mother, []string{"not_coping"},
		"gave birth 5 days ago and I cry over nothing, is this normal?",
	)
	for _, text := range []string{"my baby is 3 days old and keeps crying, is it colic", "ابني عمره ٤ ايام وبيبكي كتير"} {
		if present(t, e, text, "mental_word") {
			t.Errorf("%q: a baby's crying read as a mood", text)
		}
	}
}

// TestTheMaghrebsComingBackIsNoVomit: «كنرجع» is the Maghreb's "I throw
// up" but also "I come back": told with when or where to, it is the
// coming back («ملي كنرجع كنبقى غير ناعسة», when I get home I just lie
// down, h116-025, two months of low mood read as vomiting and sent to
// gastroenterology). Told alone, with a burning or a diarrhoea, it is
// still a vomit; «كنسهل» is the Maghreb's "I have diarrhoea".
func TestTheMaghrebsComingBackIsNoVomit(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"كنمشي للخدمة عادي ولكن ملي كنرجع كنبقى غير ناعسة",
		"ملي كنرجع للدار كنحس براسي عيانة",
		"تنرجع من الخدمة معطل",
	} {
		if present(t, e, text, "vomiting") {
			t.Errorf("%q: read as vomiting", text)
		}
	}
	for _, text := range []string{"كنرجع وكنسهل من البارح", "كل ما كناكل كنرجع", "ولدي كيرجع وكيسهل", "عندي حرقه في صدري وكنرجع"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: no vomiting read", text)
		}
	}
	urgencyIs(t, e, Routine, "psychiatry", Facts{AgeYears: 34, Sex: "f"},
		"السلام عليكم، هادي شي شهرين وانا ديما مقلقة وحزينة، ما بقيتش كنفرح بشي، كنمشي للخدمة عادي ولكن ملي كنرجع كنبقى غير ناعسة. ماعنديش افكار نأذي راسي. بغيت نشوف طبيب نفساني",
	)
}

// TestInPregnancyTheMaternityRuleGivesTheSpecialty: vomiting everything
// at nine weeks with dark urine and dizziness is hyperemesis, the
// obstetrician's the same day (UR-PREG-01; RCOG Green-top 69), not
// gastroenterology's dehydration (UR-GI-01, h116-023). Away from a
// pregnancy the dehydration stays the gut's.
func TestInPregnancyTheMaternityRuleGivesTheSpecialty(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "obstetrics_gynecology", Facts{AgeYears: 25, Sex: "f"},
		"انا حامل في الاسبوع التاسع، بقالي ٣ ايام برجع اي حاجة باكلها حتى المية، وحاسة بدوخة لما اقوم من السرير. البول قليل ولونه غامق",
		"I'm 10 weeks pregnant and can't keep anything down, not even water, dizzy when I stand",
		"حامل بالشهر التاني وعم استفرغ كل شي حتى المي",
	)
	urgencyIs(t, e, Urgent, "gastroenterology", Facts{AgeYears: 40, Sex: "m"},
		"vomiting and diarrhoea for 2 days and dizzy when I stand up",
	)
}

// TestAHeartThatRacesWithWorry: a heart that pounds when the writer
// thinks of the exams, worries or is stressed is anxiety's racing heart
// (NHS: Heart palpitations; NICE CG113), the mind's complaint, not an
// urgent cardiology visit (h116-036). A racing heart on its own, or with
// chest pain, is still the heart's.
func TestAHeartThatRacesWithWorry(t *testing.T) {
	e := mustLoad(t)
	student := Facts{AgeYears: 20, Sex: "m"}
	for _, text := range []string{
		"عندي امتحانات الاسبوع الجاي وقلقان جدا، ساعات قلبي بيدق جامد لما افكر في المذاكرة بس بهدى",
		"my heart is pounding when I get anxious about work",
		"قلبي يدق بسرعه لما اتوتر",
		"palpitations from stress before exams",
	} {
		d := e.Classify(text, student)
		if d.Specialty == "cardiology" || d.Urgency == Urgent || d.Urgency == Emergency {
			t.Errorf("%q: %s %s %v", text, d.Urgency, d.Specialty, d.Complaints)
		}
	}
	urgencyIs(t, e, Routine, "cardiology", Facts{AgeYears: 60, Sex: "m"},
		"palpitations on and off for a month, no chest pain",
	)
	redFlagIs(t, e, "RF-HEART-01", true, student,
		"palpitations when I get anxious and now chest pain and short of breath",
	)
}

// TestToTryIsNoScabies: «جرب» is also "to try": «بدي جرب لولب او شي
// تاني» (h116-029) was scabies, and the skin's questions were asked of a
// woman changing her contraception. Scabies told stays the skin clinic's.
func TestToTryIsNoScabies(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"بدي جرب لولب او شي تاني", "ابي اجرب حبوب ثانية", "خليني جرب دوا تاني"} {
		if present(t, e, text, "skin_condition") {
			t.Errorf("%q: read as scabies", text)
		}
	}
	for _, text := range []string{"ابني عنده جرب", "عندي جرب في ايدي"} {
		if !present(t, e, text, "skin_condition") {
			t.Errorf("%q: scabies not read", text)
		}
	}
}
