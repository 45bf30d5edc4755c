package triage

import "testing"

// Training set 82 (fifteenth session), conv_holdout82.jsonl: forty
// children and babies, newborn to 15, written blind (14 English, half of
// them second-language; 26 Arabic across the Gulf, Egypt, the Levant, the
// Maghreb and Arabizi), told by parents and grandparents: fever at every
// age, a drowsy or floppy child, breathing, rashes, vomiting and
// diarrhoea, swallowed medicines and a button battery, scalds, head bumps,
// limps, ears and throats, constipation, eczema and teething.
//
// Its first run (-missing=no) caught every emergency. It sent a new limp
// in a 5-year-old home (h82-002: "limping" was read as nothing, and the
// cold he had last week was the complaint), a thriving 7-week-old who
// brings up a little milk to a routine visit (h82-040: the spit-up was not
// read, "gaining weight" was a complaint of weight), and an earache whose
// fever had come down (h82-022) to a same-day visit, as UR-ENT-02 has it.
// Strict, it showed words misread: hot water as a fever and a fall, «بردناه»
// (we cooled it) as chills, the Maghreb's "lotite" (otitis) as a tooth and
// "chta" (winter) as a cough, and chickenpox as a travel infection, each
// asking a question that "not sure" made an emergency.

// TestANewLimpInAChildIsSeenToday: a child limping with no injury to
// explain it is seen the same day (NICE CKS Limp in children); a twist or
// a sprain named, a limp of weeks, "went limp" and an adult are not.
func TestANewLimpInAChildIsSeenToday(t *testing.T) {
	e := mustLoad(t)
	child := Facts{AgeYears: 5}
	amberOf(t, e, "UR-CHILD-09", true, child,
		"Hi, my 5 year old woke up limping this morning, wont put much weight on his right leg but he will walk if I hold his hand. No fall that I know of. He had a cold last week.",
		"my son is limping since yesterday, he is walking funny",
		"ولدي صحى من النوم وهو يعرج على رجله اليمين",
		"ابني بيعرج من امبارح ومقعش",
		"ابني صار يعرج من مبارح",
		"ولدي بدا كيعرج من البارح",
		"wldi bda kay3rej mn lbare7",
	)
	amberOf(t, e, "UR-CHILD-09", false, child,
		"My son is 12, twist his ankle at football practice today. Little swollen outside of ankle, he can walk but limping bit.",
		"ابني عمره ٦ سنين صارله تقريبا اسبوعين بعرج شوي على رجله اليمين خصوصا آخر النهار",
		"the baby went limp and floppy",
	)
	amberOf(t, e, "UR-CHILD-09", false, Facts{AgeYears: 40}, "I have been limping since yesterday")
	urgencyIs(t, e, Urgent, "orthopedics", child,
		"Hi, my 5 year old woke up limping this morning, wont put much weight on his right leg but he will walk if I hold his hand. No fall that I know of. He had a cold last week. Should I just wait and see?",
	)
}

// TestABabyBringingUpMilkIsHomeCare: a little milk brought up after
// feeds by a baby gaining weight is normal reflux (NICE NG1), told
// without a complaint of weight; a baby losing weight is still one.
func TestABabyBringingUpMilkIsHomeCare(t *testing.T) {
	e := mustLoad(t)
	baby := Facts{AgeMonths: 2}
	urgencyIs(t, e, SelfCare, "", baby,
		"Hi doctor, my baby is 7 weeks, after every feed he bring up some milk, like one or two spoon, not forceful. He is gaining weight, health visitor weighed him last week, happy baby, lots of wet nappies.",
		"my baby spits up a bit after every feed but is gaining weight well",
	)
	for _, c := range []struct{ text, concept string }{
		{"بنتي عمرها شهرين بترجع شويه لبن بعد الرضعه", "posseting"},
		{"بنتي عمرها شهرين ترجع شوي حليب بعد الرضعه", "posseting"},
		{"my baby is gaining weight well", "baby_thriving"},
	} {
		if !present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s not read", c.text, c.concept)
		}
	}
	if present(t, e, "my baby is losing weight", "baby_thriving") {
		t.Errorf("a baby losing weight read as thriving")
	}
}

// TestASquintAndAWalkGoToTheirClinics: a squint is the eye clinic's and
// in-toeing the bone clinic's, routine, for a child as for anyone (NICE
// CKS Squint; in-toeing a normal variant); «حول السره» (around the navel)
// and a sweet («حلا») are no squint.
func TestASquintAndAWalkGoToTheirClinics(t *testing.T) {
	e := mustLoad(t)
	toddler := Facts{AgeYears: 2}
	urgencyIs(t, e, Routine, "ophthalmology", toddler,
		"بنتي عمرها سنتين ونلاحظ عينها اليمين تروح لجوا احيانا خصوصا لما تكون تعبانه، من شهرين تقريبا",
		"my daughter has a squint, her left eye turns in when she is tired",
		"بنتي عندها حول في عينها من شهرين",
		"ابني عنده حول بعينه، بدي موعد",
	)
	urgencyIs(t, e, Routine, "orthopedics", toddler,
		"Good morning. My daughter is 2 and half year, she walk with her feet turn inside and she fall more than her cousin. No pain.",
		"my son is pigeon toed and trips a lot",
		"بنتي رجليها مقوسه وبتمشي غلط",
	)
	for _, text := range []string{"وجع حول السره من الصبح", "اكلت كبسه وحلا كتير"} {
		if present(t, e, text, "squint") {
			t.Errorf("%q: read as a squint", text)
		}
	}
}

// TestHotWaterIsAScaldNotAFever: a hot liquid named with its article is
// a scald's cause, not a temperature, and one that fell on someone is no
// fall; «بردناه» (we cooled it) is first aid, not chills.
func TestHotWaterIsAScaldNotAFever(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عسلامة، حفيدي عمرو 9 سنين طاح عليه الماء السخون من البراد على يدو، بردناه بالماء",
		"وقع عليها الشاي السخن على رجلها",
		"انكبت عليه المي السخنه",
		"طاحت عليا القهوه الحاره",
	} {
		for _, c := range []string{"fever", "chills", "injury", "fall_word"} {
			if present(t, e, text, c) {
				t.Errorf("%q: %s read", text, c)
			}
		}
		if !present(t, e, text, "burn") {
			t.Errorf("%q: no burn", text)
		}
	}
	// a fever and a fall told plainly stay
	for _, c := range []struct{ text, concept string }{
		{"ولدي طاح من الدرج", "injury"},
		{"بنتي حرارتها عاليه والماء ما تشربه", "fever"},
		{"ولدي عندو السخانة", "fever"},
	} {
		if !present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s not read", c.text, c.concept)
		}
	}
}

// TestGlueEarToldInTheMaghreb: the French otitis ("lotite"), a child who
// does not hear her parent well and the television turned up are the
// ear's (NICE CG60), and "chta" is the winter, not a cough.
func TestGlueEarToldInTheMaghreb(t *testing.T) {
	e := mustLoad(t)
	text := "slm, bnti 3ndha 4 snin, mn ba3d lotite li kant 3ndha f chta wlat ma katsma3nich mzyan, katchof tele b sout 3ali bzaf. ma fiha la s5ana la walo w kat3ab 3adi. bghit nchof tbib"
	for _, c := range []string{"cough", "toothache"} {
		if present(t, e, text, c) {
			t.Errorf("%s read", c)
		}
	}
	if !present(t, e, text, "ear_other") {
		t.Errorf("hearing not read")
	}
	urgencyIs(t, e, Routine, "pediatrics", Facts{AgeYears: 4}, text,
		"my son is 4 and since his ear infection he turns the tv up really loud",
		"بنتي من بعد التهاب الاذن ما تسمعني زين",
	)
	if present(t, e, "بنتي ما تسمعني، عنيده", "ear_other") {
		t.Errorf("a child who does not obey read as not hearing")
	}
}

// TestChickenpoxIsNoTravelInfection: chickenpox is caught at home; it is
// a rash, and its fever asks no malaria question (NHS: Chickenpox). A
// fever after Nigeria still does.
func TestChickenpoxIsNoTravelInfection(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my daughter has chickenpox since 5 days and fever",
		"ابني عنده جدري الماء وحرارة",
		"بنتي فيها بوشوكة والسخانة",
	} {
		if present(t, e, text, "travel_fever_context") {
			t.Errorf("%q: read as a travel infection", text)
		}
		if !present(t, e, text, "chickenpox_word") {
			t.Errorf("%q: chickenpox not read", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 30}, "fever and chills since I came back from Nigeria last week")
}

// TestWhatParentsSayOfAFeverishChild: a fever that comes down with a
// medicine named in Latin letters and returns is no vomiting; Egypt's
// "bey De7ak" (laughing) is an active child; a month named as the start
// ("since september") is weeks or more.
func TestWhatParentsSayOfAFeverishChild(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text, concept string
		want          bool
	}{
		{"binti 3indha 7arara min 5 ayyam, tenzil bil panadol w terja3", "vomiting", false},
		{"el 7arara btenzil ma3 el calpol w terja3", "vomiting", false},
		{"ebny bey terja3 kol ma yerda3", "vomiting", true},
		{"ebny 3ando 5 shohor, beyrda3 kwayes w bey De7ak", "child_active", true},
		{"my 11 yr old has been getting tummy aches most school mornings since september", "chronic", true},
		{"بنتي عندها وجع بطن من شهر سبتمبر", "chronic", true},
		{"my son has had tummy ache since this morning", "chronic", false},
	} {
		if got := present(t, e, c.text, c.concept); got != c.want {
			t.Errorf("%q: %s %v; want %v", c.text, c.concept, got, c.want)
		}
	}
}
