package triage

import "testing"

// Training set 117 (seventeenth session): look-alikes, alarming words for
// harmless things ("dying" of a cold, a heart that "stopped" at a bill, a
// "collapse" on the sofa, a late father's stroke), and real emergencies
// told as casually. The tests below hold the families its first run
// showed, each in several spellings and dialects, most not in the set.

// TestTabletsSwallowedHowManyUnknown: tablets swallowed and nobody knows
// how many are an overdose until shown otherwise (NPIS/TOXBASE; NHS:
// Poisoning). h117-032, a son of 19 and his mother's sleeping tablets,
// «ما عرفتش شحال كلا», was a routine visit. A question of how many to
// take is a medicine question, no overdose.
func TestTabletsSwallowedHowManyUnknown(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-POISON-01", true, Facts{AgeYears: 19, Sex: "m"},
		"السلام، ولدي عندو 19 عام، البارح فالليل كلا شي حبوب ديال النعاس ديال مو باش ينعس، ما عرفتش شحال كلا. دابا غير ناعس بزاف وكيدوخ، قلنا نخليوه يرتاح ويفيق. واش عادي؟",
		"my brother took some of mums sleeping pills last night, dont know how many, hes really drowsy now",
		"اخوي بلع حبوب من درج ابوي، ما ادري كم وحده، الحين نعسان",
		"5ouya kla 7bob dyal mama w ma3raftch ch7al",
		"خويا كلا حبوب ديال ماما وما عرفتش شحال",
		"she swallowed some of her nans tablets, not sure how many",
	)
	redFlagIs(t, e, "RF-POISON-01", false, Facts{AgeYears: 45, Sex: "f"},
		"i take paracetamol for my back, not sure how many i can take in a day?",
		"مش عارفه كام حبايه اخد من البنادول في اليوم؟",
		"how many ibuprofen can i take? i dont know how many is safe with my blood pressure pills",
		"نسيت اذا اخدت دوا الضغط الصبح ولا لا، مش عارفه",
	)
}

// TestCollapsedOnTheSofaWornOut: flopping onto a sofa or into bed, worn
// out, is no collapse: "I come home and just collapse on the sofa, sleep in
// my clothes" after a 14-hour shift (h117-014) was RF-CONSC-02 at once.
// «انهارت من البكا» is tears, not a fall. Someone else found collapsed on
// the sofa, or who collapsed at work, is still a collapse.
func TestCollapsedOnTheSofaWornOut(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"After 14 hour shift in hospital I come home and just collapse on the sofa, sleep in my clothes for 10 hours lol",
		"i collapsed into bed after work and slept 12 hours, feel tired",
		"got home and collapsed on the couch, slept till morning, now just achy",
		"انهرت من البكا امس بعد الخناقه مع امي، نومي مش منتظم",
		"اختي انهارت من العياط لما سمعت الخبر",
	} {
		if present(t, e, text, "collapse") {
			t.Errorf("%q: read as a collapse", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"my dad collapsed on the sofa and wont wake up properly",
		"mum collapsed on the couch an hour ago, shes grey and sweaty",
	)
	for _, text := range []string{"my husband collapsed at work today", "انهارت امي فجأة في المطبخ ووقعت"} {
		if !present(t, e, text, "collapse") {
			t.Errorf("%q: no collapse read", text)
		}
	}
}

// TestADeadRelativesConditionIsHistory: a condition told of a relative who
// has died («الله يرحمه», "my late father", "allah yer7amo") is their
// history, not one now: «ابويا الله يرحمه جاتله جلطه في المخ» (h117-024, a
// son asking for screening) was RF-STROKE-05. A stroke now, or signs now
// in someone else, still fire.
func TestADeadRelativesConditionIsHistory(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 42, Sex: "m"},
		"ابويا الله يرحمه جاتله جلطه في المخ وهو عنده ٦٠ سنه، وعمي كمان عنده ضغط وسكر. انا كويس الحمد لله ومفيش اي اعراض. عايز اعمل تحاليل واطمن",
		"my late father had a heart attack at 55, i want a cholesterol check",
		"امي الله يرحمها كان عندها جلطه بالمخ، انا عايزه اعمل فحص",
		"mama allah yer7amha jatha jalta, ana bghit ndir analyse",
		"جدي رحمه الله جته جلطه، ابي اسوي فحوصات",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"my dad had a stroke this morning, his face is drooping",
		"ابوي جاته جلطه الحين وجهه مايل",
		"my dad passed away last year from a stroke. now my mum is slurring her words since an hour",
	)
}

// TestAFrightIsNoHeartAttack: the stroke or heart attack a fright nearly
// gave ("nearly had a heart attack when I saw", «كانت راح تجيني جلطه لما
// شفت الفاتوره», «جاتني سكته قلبيه من الخوف») is a figure of speech: no
// cardiology follow-up (h117-004, pink urine after beetroot) and no
// emergency. A heart attack feared now stays one.
func TestAFrightIsNoHeartAttack(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"the electricity bill gave me a heart attack lol, anyway i have a sore throat since yesterday",
		"bit embarrassing. had a wee this morning and it was PINK, nearly had a heart attack. then remembered i had a massive beetroot salad",
		"almost gave me a heart attack when i saw the price",
	} {
		if d := e.Classify(text, Facts{AgeYears: 34}); d.Specialty == "cardiology" || d.Urgency == Emergency {
			t.Errorf("%q: %s %s %v", text, d.Urgency, d.Specialty, d.RedFlags)
		}
	}
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"كانت راح تجيني جلطه لما شفت الفاتوره، بس سؤالي عن حبوب الحديد",
		"جاتني سكته قلبيه من الخوف لما ولدي طاح بس هو زين",
		"بغيت تجيني جلطه من الخوف امس، اليوم عندي زكام",
		"كنت هجيب جلطه لما شفت النتيجه بس طلعت سليمه",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"I think I'm having a heart attack",
		"ابوي جاته ازمة قلبية",
		"خايفه تكون جلطه، وجهها مايل",
	)
}

// TestFollowUpAtTheClinicIsNoVomiting: «راجع» before a clinic, a doctor or
// a hospital is "follow up at", and «رجع» before the heart's beating is
// "beats again": «قالوا لي راجع عيادة القلب» (h117-018) and «قلبي بوقف
// ثانيه وبرجع يدق» (h117-029) were vomiting, a gastroenterology visit.
// The heart that stops a second and beats again is a skipped beat,
// routine cardiology (NICE CKS Palpitations). «برجع» alone still vomits.
func TestFollowUpAtTheClinicIsNoVomiting(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"قالوا لي راجع عيادة القلب عشان اختبار الجهد",
		"الدكتور قال راجع العياده بعد اسبوع",
		"راجعت الطوارئ امس وقالوا كله سليم",
		"قلبي بوقف ثانيه وبرجع يدق",
		"احس قلبي يوقف لحظه ويرجع يدق",
	} {
		if present(t, e, text, "vomiting") {
			t.Errorf("%q: read as vomiting", text)
		}
	}
	urgencyIs(t, e, Routine, "cardiology", Facts{AgeYears: 36, Sex: "f"},
		"قلبي بوقف ثانيه وبرجع يدق 😅 هيك بحس من فتره، خصوصا لما اشرب قهوه كتير او ما انام منيح. بتصير كم مره بالاسبوع ثواني وبتروح. ما بدوخ ولا بوقع ولا في وجع بصدري. بدي اطمن",
		"قلبي بيوقف ثانيه وبيرجع يدق من فتره، ما في دوخه ولا وجع",
	)
	urgencyIs(t, e, Routine, "cardiology", Facts{AgeYears: 52, Sex: "m"},
		"قبل ثلاث اسابيع جاني الم بصدري ورحت الطوارئ، سوولي تخطيط وتحليل انزيمات وقالوا كله سليم. من يومها ما جاني شي والحمدلله. بس قالوا لي راجع عيادة القلب عشان اختبار الجهد. ابي موعد",
	)
	for _, text := range []string{"ولدي يرجع كل شي ياكله من امس", "رجعت مرتين الصبح وراسي يوجعني", "عم برجع من الصبح"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: no vomiting read", text)
		}
	}
}

// TestALumpInHisOrMyChestInArabizi: the Levant's Arabizi final e is "my"
// as often as "his", and the reader takes «صدره»: "7abbe b sedre el shmel"
// (h117-037, a new painless lump) was a pimple, routine skin; "7abbe
// zghire" is a small lump (NICE NG12 1.3.1: UR-BREAST-02).
func TestALumpInHisOrMyChestInArabizi(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-BREAST-02", true, Facts{AgeYears: 38, Sex: "f"},
		"marhaba, mbare7 w ana 3am et7amam 7asset b 7abbe b sedre el shmel, ad el 7ommsa, ma bet wajje3",
		"fi 7abbe bsedre ma bitwaje3",
		"la2et 7abbe zghire b sedri el yamin",
		"حسيت بحبه بصدري الشمال",
	)
	amberOf(t, e, "UR-BREAST-02", false, Facts{AgeYears: 16, Sex: "f"},
		"3andi 7boub 3a sedre w wej",
	)
}

// TestBeetrootColoursTheUrine: pink or red urine or stool told beside
// beetroot or dragon fruit eaten is the food's colour, self-care (NHS:
// Blood in urine): h117-004, "had a wee ... PINK ... then remembered i had
// a massive beetroot salad", was a routine visit. Blood named stays
// UR-URO-02.
func TestBeetrootColoursTheUrine(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 34, Sex: "f"},
		"bit embarrassing. had a wee this morning and it was PINK, nearly had a heart attack. then remembered i had a massive beetroot salad last night. no pain, no burning, feel totally normal. is that what it is or should i worry?",
		"شربت عصير شمندر امبارح والنهارده البول لونه احمر، مفيش اي وجع",
		"my poo is reddish, ate dragon fruit yesterday",
	)
	urgencyIs(t, e, SelfCare, "pediatrics", Facts{AgeYears: 5, Sex: "m"},
		"ابني البراز ديالو حمر، كلا الباربا البارح، كيلعب عادي",
	)
	amberOf(t, e, "UR-URO-02", true, Facts{AgeYears: 60, Sex: "m"},
		"blood in my pee today, i did have beetroot yesterday though",
	)
}

// TestDyingOfItButNotStrong: "dying" of a complaint («بموت من الصداع») told
// beside the writer's plain word that it is not strong («مو قوي مره بس
// مزعج», "not that bad really") is weighed by the plain word: h117-021, a
// caffeine headache on the first day of fasting, was a routine neurology
// visit. "Dying" alone, or with a strength told plainly elsewhere, stays
// severe.
func TestDyingOfItButNotStrong(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 30, Sex: "m"},
		"والله بموت من الصداع، صايم واول يوم رمضان وانا متعود على القهوه ٤ اكواب باليوم. الصداع من الظهر بمقدمة راسي، مو قوي مره بس مزعج. وش اقدر اسوي؟",
		"هموت من الصداع من الصبح، مش جامد اوي بس مضايقني",
		"im dying with this headache lol, its not that bad really just annoying",
	)
	urgencyIs(t, e, Routine, "neurology", Facts{AgeYears: 30, Sex: "f"},
		"بموت من الصداع من الصبح",
	)
	urgencyIs(t, e, Urgent, "dentistry", Facts{AgeYears: 30, Sex: "f"},
		"بموت من وجع الضرس، الحمدلله مش قوي بالليل بس الصبح قوي",
	)
}

// TestIfItComesBackIsNoVomiting: «رجع» after "if" («لو رجع», «اذا رجع»,
// «ايلا رجع») is what may come back later, not vomiting now: "a3mel eh law
// rege3?" (h117-039, a child's nosebleed stopped with pressure) asked a
// vomiting child's stiff neck, the emergency number in strict mode.
func TestIfItComesBackIsNoVomiting(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ebni 3ando 6 sneen, kan bel3ab fe manakhiro w nazal dam keteer 3al hedoom. dagha6t 3ala anfo 10 da2aye2 w wa2af. a3mel eh law rege3?",
		"ابني نزل من مناخيره دم ووقف بعد ١٠ دقايق، اعمل ايه لو رجع؟",
		"الدم وقف، ايلا رجع شنو ندير؟",
	} {
		if present(t, e, text, "vomiting") {
			t.Errorf("%q: read as vomiting", text)
		}
	}
	for _, text := range []string{"بنتي رجعت مرتين من الصبح وسخنه", "bnti rej3at marrtin mn sbe7"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: no vomiting read", text)
		}
	}
}
