package triage

import (
	"slices"
	"testing"
)

// Training set 103 (sixteenth session): pregnancy, after the birth and
// women's health, told by the woman, her husband, her mother or her
// sister. The tests below hold the families its first run showed.

// TestAPregnancyToldByHerWeeksAndALazyBaby: "my wife is 34 weeks", "shes
// 32 wks" is a pregnancy though the word is unsaid, and a baby "having a
// lazy day" or "quiet today" is moving less: RF-PREG-06, the maternity
// unit now (RCOG Green-top 57; NHS: Your baby's movements - a baby does not
// slow down late in pregnancy). A baby's own age in weeks is no pregnancy,
// and movements told as normal are not fewer (h103-002).
func TestAPregnancyToldByHerWeeksAndALazyBaby(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-PREG-06", true, Facts{},
		"Hi, my wife is 34 weeks and she says the baby is having a 'lazy day', she's barely felt him since last night. she's otherwise fine, no pain or anything",
		"shes 32 wks and the baby has been so quiet today",
		"my partner is 36 weeks, the baby is being lazy today",
		"im 35 weeks and the baby is having a lazy day",
		"زوجتي بالشهر الثامن وتقول البيبي كسلان اليوم",
		"مراتي في الشهر التامن والبيبي كسلان النهارده مش حاسه بيه",
		"مرتي بالتامن والجنين هادي اليوم كتير",
	)
	redFlagIs(t, e, "RF-PREG-06", false, Facts{},
		"my wife is 36 weeks, baby moving fine, she has back ache",
		"shes 30 weeks and the baby kicks a lot at night, is that normal",
	)
	amberOf(t, e, "UR-PREG-01", false, Facts{},
		"she is 30 weeks old and has a fever",
		"my baby girl, shes 28 weeks old, temp 38",
	)
}

// TestVoicesAfterABirthArePostpartumPsychosis: voices heard, things seen
// or delusions in the weeks after a birth are postpartum psychosis, a
// psychiatric emergency (RF-MH-03; NHS: Postpartum psychosis; NICE CG192
// 1.5: assessment within 4 hours), though no threat is told (h103-036).
// Tiredness, tears and not coping after a birth are not; voices with no
// birth are the mental crisis's urgent.
func TestVoicesAfterABirthArePostpartumPsychosis(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-MH-03", true, Facts{},
		"marhaba, binte wlldet mn 10 eyyam w mn mbere7 sayra ghariba shwy, ma 3am tnam abadan w 3am t2ol enno fi 7ada bado ya5od el baby w enno 3am tesma3 aswat. hiye bt2ol ana mnee7a",
		"my wife gave birth 9 days ago and since yesterday she is hearing voices, she says shes fine",
		"had the baby last week and she keeps saying someone wants to take the baby, shes hallucinating",
		"زوجتي ولدت قبل اسبوع ومن امس تقول تسمع اصوات",
		"مراتي والده من عشر ايام وبتهلوس وبتشوف حاجات",
		"بنتي ولدت من ١٠ ايام وبتقول في حدا بدو ياخد البيبي",
		"مراتي ولدات هادي سيمانة وكتسمع اصوات",
	)
	redFlagIs(t, e, "RF-MH-03", false, Facts{},
		"I gave birth 2 weeks ago and I am so tired, I cant cope, going crazy",
		"بقالي شهر من ساعة ما ولدت وانا مش طايقه نفسي، بعيط على طول",
		"he is hearing voices and not sleeping",
		"after giving birth, no voices, just tired and teary",
	)
}

// TestANursingMothersBabyIsNotThePatient: a breastfeeding mother who
// writes of her own red, sore breast with a fever has mastitis, the same
// day (UR-BREAST-01; NICE CKS Mastitis and breast abscess): "my 3 week
// old" is her baby's age, not hers, and no fever under 3 months (h103-004).
// Nor is her breast a fever with no source, to be asked about a malaria
// area. A baby told of as "he" or "she" with a fever stays RF-CHILD-04.
func TestANursingMothersBabyIsNotThePatient(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "", Facts{},
		"breastfeeding my 3 week old and my right breast has gone red and sore with a hard bit near the nipple. feel a bit fluey and shivery, temp was 38.4 last night. do I just keep feeding through it?",
		"breastfeeding my 10 day old, my left breast is red and hot and i have a fever",
		"im breastfeeding my 2 week old and my nipple is cracked and the breast is sore, temp 38.2",
	)
	askedOrNot(t, e, "fever_travel", false, Facts{},
		"breastfeeding my 3 week old and my right breast has gone red and sore with a hard bit near the nipple. feel a bit fluey and shivery, temp was 38.4 last night",
	)
	redFlagIs(t, e, "RF-CHILD-04", true, Facts{},
		"breastfeeding my 2 week old, he has a fever of 38.2 and my nipples are sore",
		"im breastfeeding my 3 week old, she feels hot, temp 38",
	)
}

// TestClearWatersAtTermAreTheMaternityUnitsToday: waters broken at 37
// weeks or more, clear, with no bleeding or fever and the baby moving, are
// the maternity unit's assessment within hours (UR-PREG-01; NICE NG235,
// prelabour rupture of membranes at term), not the emergency number
// (h103-027, h44-012). Before term, or of an unknown week, they stay
// RF-PREG-08 (NICE NG25); green, brown or smelly waters, or a fever, at
// term are RF-PREG-12 (NHS: call the maternity unit immediately).
func TestClearWatersAtTermAreTheMaternityUnitsToday(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "obstetrics_gynecology", Facts{},
		"أنا بالأسبوع ٣٩ ونزلت مني مي شفافة من ساعة، لسا عم تنقط شوي. ما في طلق ولا وجع والبيبي عم يتحرك منيح",
		"انا في الاسبوع ٣٩ ونزلت مني ميه كتير من نص ساعه ومازالت بتنقط، مفيش طلق لسه والبيبي بيتحرك",
		"im 39 weeks and my waters broke an hour ago, clear, baby moving fine",
		"38 weeks pregnant, waters went, clear fluid, no contractions yet",
		"انا حامل بالاسبوع ٣٨ ونزلت مني مويه شفافه والبيبي يتحرك زين",
	)
	redFlagIs(t, e, "RF-PREG-08", true, Facts{},
		"im 32 weeks pregnant and my waters broke",
		"انا حامل ب٣٢ اسبوع ونزل مني مي كتير فجأة",
		"انا حامل ونزل مني مي كتير",
		"salam, ana 7amil bel shahar el sabe3 (31 asboo3), nazal minni mayy feja2a",
	)
	redFlagIs(t, e, "RF-PREG-12", true, Facts{},
		"39 weeks pregnant and my waters broke, the water is green",
		"im 38 weeks, my waters went an hour ago and i have a fever",
		"انا حامل بالاسبوع ٣٨ ونزلت مني مي خضرا",
	)
	playedTo(t, e, Emergency, Facts{}, []string{"waters_broken"},
		"im 33 weeks pregnant and have a backache since this morning",
		"pregnant and have a backache since this morning")
}

// TestTheContraceptivePillIsNoPregnancy: «حبوب منع الحمل», the pill that
// prevents a pregnancy, names no pregnancy: bleeding between periods on the
// pill is a contraception review (FSRH), not bleeding in pregnancy (h103-034,
// whose "not sure" of the waters went to the emergency number).
func TestTheContraceptivePillIsNoPregnancy(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-PREG-01", false, Facts{},
		"كنشرب حبوب منع الحمل هادي 3 شهور و كيجيني شوية الدم بين الدورات",
		"باخد حبوب منع الحمل من شهرين ونزل مني شوية دم",
		"اخذ موانع الحمل وجاني نزيف خفيف",
		"I'm on the pill to prevent pregnancy and have some spotting",
	)
	amberOf(t, e, "UR-PREG-01", true, Facts{},
		"انا حامل ونزل مني شوية دم",
		"انا حامل وكنت اخد حبوب منع الحمل قبل، ونزل مني شوية دم",
	)
}

// TestEgyptsQarafIsNauseaNotAGraft: Egypt's «القرف» of early pregnancy is
// nausea; unknown, it was spell-corrected to the Maghreb's «الڨريف» (a
// transplant), and a fever's "not sure" went to the emergency number
// (h103-023). The graft itself stays a transplant (RF-IMMUNE-01 with a
// fever).
func TestEgyptsQarafIsNauseaNotAGraft(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"في حاجه تخفف القرف ده؟", "عندي قرف الحمل وترجيع الصبح", "انا مقروفه من الصبح"} {
		if !present(t, e, text, "nausea") || present(t, e, text, "immunosuppressed_word") {
			t.Errorf("%q: nausea %v, immunosuppressed %v", text, present(t, e, text, "nausea"), present(t, e, text, "immunosuppressed_word"))
		}
	}
	redFlagIs(t, e, "RF-IMMUNE-01", true, Facts{},
		"درت الڨريف عندي 4 سنين وعندي السخانة",
		"dert la greffe 3andi 4 snin w 3andi s5ana",
	)
}

// TestABoobIsABreast: a new lump in a "boob" is a breast lump, seen soon
// (UR-BREAST-02; NICE NG12 1.3; the project's settled note), h103-003.
func TestABoobIsABreastLump(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-BREAST-02", true, Facts{},
		"found a small lump in my left boob in the shower last night, about the size of a pea, doesnt hurt",
		"theres a lump in my boob, been there a few days",
		"lump in my right boobs armpit side",
	)
	amberOf(t, e, "UR-BREAST-02", false, Facts{},
		"feels like a lump in my throat when i swallow",
		"booked a boob job consultation, no lumps",
	)
}

// TestThePeriodToldWithAPronounOrItsComing: the Gulf's "my period comes
// to me" («تجيني الدوره ومعها مغص») tells the days of the period, so the
// cramps are period pain (NICE CKS Dysmenorrhoea), not a severe belly pain
// seen the same day (h103-018 was urgent); «دورتها» (her period) is a
// period, not a dizziness spell-corrected (h103-029 was an urgent
// headache). A late period with a strong pain and faintness stays the
// emergency of a possible ectopic (NICE NG126).
func TestThePeriodToldWithAPronounOrItsComing(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"كل شهر تجيني الدوره ومعها مغص قوي اول يومين، نفس الشي كل مره من سنين. اخذ بنادول بس ما يفيد كثير. وش احسن شي اخذه؟",
		"لما تجيني الدوره يجيني مغص في بطني، وش اخذ؟",
		"الدوره بتجيني ومعها مغص قوي",
	} {
		d := e.Classify(text, Facts{})
		if d.Urgency.Rank() > Routine.Rank() || !slices.Contains(d.Complaints, "period_pain") {
			t.Errorf("%q: %s %v, want period pain, routine or less", text, d.Urgency, d.Complaints)
		}
	}
	// as every month, with no strength told, it is home care; a strong one
	// is seen (the amount word beside the belly's pain is the period
	// pain's, whose part the belly's pain is)
	urgencyIs(t, e, SelfCare, "", Facts{},
		"صباح الخير، كل شهر كي تجيني العادة يوجعني كرشي في اليومين اللولين كيما ديما. واش نقدر ناخذ دوا للوجع؟",
		"كل شهر تجيني الدوره ومعها مغص زي كل شهر، وش اخذ؟",
	)
	urgencyIs(t, e, Routine, "", Facts{},
		"ملي كتجيني الدوره كيضرني كرشي بزاف",
		"كل شهر تجيني الدوره ومعها مغص قوي",
	)
	urgencyIs(t, e, Routine, "obstetrics_gynecology", Facts{},
		"اختي عمرها ٢٥ من زمان دورتها بتوجعها كتير وبتغيب عن الشغل يومين كل شهر، والمسكنات بتخفف شوي. بدها تعرف اذا في شي ورا هالوجع",
		"دورتي مش منتظمه من سنه",
	)
	for _, text := range []string{"دورتها بتوجعها كتير", "دورتي بتتأخر"} {
		if present(t, e, text, "dizziness") {
			t.Errorf("%q: read as a dizziness", text)
		}
	}
	urgencyIs(t, e, Emergency, "", Facts{},
		"الدوره متاخره اسبوعين وعندي وجع بطن قوي ودايخه",
	)
}

// TestEverydayComplaintsOfPregnancyAreHomeCare: heartburn, morning
// sickness keeping fluids down, night leg cramps and constipation in
// pregnancy are home and pharmacy care (NHS: Common symptoms in pregnancy;
// NICE NG201; NICE CKS Nausea/vomiting in pregnancy): the pregnancy floor
// made them routine (h103-023, h103-030; h13-031, h22-025, h86-040 ...).
// Fluids not kept down, a headache, bleeding or pain beside them are
// still the maternity team's today.
func TestEverydayComplaintsOfPregnancyAreHomeCare(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{},
		"28 weeks pregnant, heartburn every night after dinner, gaviscon helps a bit",
		"I'm 10 weeks pregnant with morning sickness, still eating and drinking ok",
		"انا حامل في الاسبوع العاشر، عندي غتيان الصبح وساعات برجع مره في اليوم بس باكل وبشرب عادي",
		"حامل بالشهر السادس وكل ليلة بتجيني شدة عضل ببطة رجلي بتفيقني من النوم، بس بتروح بعد دقيقة",
		"انا حامل بالشهر الخامس وعندي امساك من اسبوع",
		"انا حامل بالشهر الثاني، كل صباح يجيني غثيان وارجع مره وحده تقريبا، بس اكل واشرب عادي",
	)
	urgencyIs(t, e, Urgent, "", Facts{},
		"30 weeks pregnant, heartburn and a headache that wont go",
		"10 weeks pregnant, vomiting all day and cannot keep water down",
		"حامل بالشهر الثالث وعندي غثيان ووجع في بطني",
	)
	// the first visit or scan asked about is a booked visit of its own
	urgencyIs(t, e, Routine, "", Facts{},
		"I'm 8 weeks pregnant, when should I book my first appointment?",
		"ازيك يا دكتورة، انا حامل في الشهر التاني (٨ اسابيع) وعندي ترجيع الصبح كل يوم تقريبا، بس بعرف اشرب مية واكل حاجات خفيفة. عايزة اعرف في دوا للترجيع آمن على الحمل؟ وامتى اعمل اول سونار",
		"10 weeks pregnant with morning sickness, when is the dating scan?",
	)
}

// TestThrushKnownToTheWoman: itch and a white, cheese-like discharge told
// as had before, or "again", is thrush she knows: a pharmacy antifungal
// (NICE CKS Candida - female genital; NHS: Thrush), h103-024, h36-033,
// h44-035, h76-040. A first episode, a smell or a colour, or a pregnancy
// is seen.
func TestThrushKnownToTheWoman(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "obstetrics_gynecology", Facts{},
		"عندي افرازات بيضا زي الجبنه وهرش جامد تحت، جالي قبل كده والدكتوره كتبتلي لبوس. مش حامل. ينفع اجيب نفس اللبوس من الصيدليه؟",
		"think ive got thrush again, itchy and the cottage cheese discharge, had it before after antibiotics. can i just get the cream",
		"عسلامة، عندي حكة برشا لوطا وافرازات بيضا كيف الجبن، ما فماش ريحة. صارتلي قبل مرة وداويتها. موش حامل",
		"عندي حكة قوية لتحت وافرازات بيض كيف الحليب المقطع، صارتلي قبل وعرفتها، توا رجعت",
	)
	urgencyIs(t, e, Routine, "", Facts{},
		"itchy down there with white discharge, first time ever",
		"thrush again but this time it smells fishy and is green",
		"im 20 weeks pregnant and have thrush again",
	)
}

// TestAPillMissedInTheWeekOfThePack: "the 2nd week of the pack" tells
// where in the packet a pill was missed, not a question asked of weeks
// (FSRH missed pills: one combined pill late, take it now), h103-012.
func TestAPillMissedInTheWeekOfThePack(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{},
		"i forgot my pill last night, it is 2nd week of the pack, what do i do",
		"forgot one pill yesterday, I'm in the first week of my packet, take it now?",
	)
	if present(t, e, "it is 2nd week of the pack", "unit_week") {
		t.Errorf("the week of a pill packet read as a duration")
	}
}

// TestUrineLeakingOnACough: urine leaking on a cough or a sneeze after a
// birth is the bladder's (stress incontinence, NICE NG210), not a cough
// with the chest's questions (h103-022).
func TestUrineLeakingOnACough(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدت من ٤ شهور طبيعي، ولسه لما بكح او بعطس بينزل مني شويه بول. مفيش حرقان ولا وجع",
		"I leak urine when I cough or sneeze since the birth",
		"لما اكح ينزل مني بول شوي",
		"ملي كنعطس كيخرج ليا البول",
	} {
		d := e.Classify(text, Facts{AgeYears: 31, Sex: "f"})
		if !slices.Contains(d.Complaints, "urinary") || slices.Contains(d.Complaints, "cough") || d.Urgency != Routine {
			t.Errorf("%q: %s %v, want a routine urinary complaint", text, d.Urgency, d.Complaints)
		}
	}
	if d := e.Classify("I have a cough with green phlegm", Facts{AgeYears: 31}); !slices.Contains(d.Complaints, "cough") {
		t.Errorf("a cough lost: %v", d.Complaints)
	}
}

// TestArabiziWhenAndTheCaesarean: the Gulf's "mita" (when) is «متى», not
// «ميته» (dead), and "2eisary" is the caesarean, an operation a wound
// follows (set 103: h103-039 was asked the stroke's questions; h103-038's
// operation was lost).
func TestArabiziWhenAndTheCaesarean(t *testing.T) {
	e := mustLoad(t)
	if d := e.Classify("hala, sawait test w tla3 positive ta2reeban 6 asabee3. ma 3indi ay alam wala dam. mita aroo7 lil doctora?", Facts{}); d.Specialty == "neurology" || d.Urgency != Routine {
		t.Errorf("mita: %s %s %v", d.Urgency, d.Specialty, d.Complaints)
	}
	for _, text := range []string{
		"ana wlatt 2eisary men 9 ayam, el gar7 byetla3 meno mayya safra shwaya",
		"ولدت قيصري من اسبوع والجرح احمر",
	} {
		if !present(t, e, text, "recent_hospital") {
			t.Errorf("%q: no operation read", text)
		}
	}
}
