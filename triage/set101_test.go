package triage

import "testing"

// Training set 101 (sixteenth session): look-alikes with alarming words
// (past history, episodes over, red flags denied, idioms of dying, minor
// injuries told dramatically, medicine questions), and the emergencies
// hidden among them.

// TestMeansSavedAndADayChosen: a named medicine saved up ("saving up my
// sertraline and co-codamol") and the lot to be taken on a day chosen is
// a plan, however lightly it opens ("dying of boredom lol", h101-002):
// C-SSRS, a plan with a time; NICE NG225. A medicine saved for a trip, a
// dose asked about and the idiom alone are not.
func TestMeansSavedAndADayChosen(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 24},
		"lol dying of boredom in this flat. ok not really joking tho. ive been saving up my sertraline and co-codamol for a few weeks and im going to take the lot on saturday when my flatmate goes home",
		"ive been stockpiling my tramadol and im going to swallow the lot this weekend",
		"been hoarding my codeine for weeks, going to take them all on friday",
		"جمعت حبوب الاكتئاب من شهر ورح اخدهم كلهم يوم الجمعة",
		"خزنت حبوب النوم وناوي ابلعهم كلهم بكرة",
		"كنجمع الدوا ديالي من شهر وغادي نبلعهم كاملين نهار السبت",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 24},
		"im so bored lol dying of boredom",
		"I saved up my tablets for my trip to umrah, can I take them all at once?",
		"can I take the lot with food?",
		"my doctor said take the lot in the morning",
		"بموت من الجوع ههه، متى الفطور",
	)
}

// TestALightSpottingAndAOneSidedPain: Arabic puts the adjective after its
// noun, so in «نقط دم خفيفة ووجع بجهة وحدة» the light is the blood's and
// the pain is not mild: spotting with a pain on one side in early
// pregnancy is a possible ectopic (the project's settled note; NICE NG126;
// h101-028). Cramps told mild, before or after, stay the early pregnancy
// unit's (UR-PREG-01).
func TestALightSpottingAndAOneSidedPain(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 27, Sex: "f"}
	classifiedAs(t, e, true, f,
		"الدورة متأخرة ٦ اسابيع وفحص الحمل ايجابي، وفي نقط دم خفيفة ووجع بجهة وحدة تحت",
		"انا حامل في الشهر التاني ونازل شوية دم خفيف ووجع في جنب واحد",
		"حامل بالشهر الثاني وفيه نقط دم خفيفه ووجع بجنبي اليسار",
		"7 weeks pregnant, light spotting and pain low on the left",
	)
	classifiedAs(t, e, false, f,
		"انا حامل ٧ اسابيع وفي نقط دم خفيفة ومغص خفيف",
		"حامل بالشهر الثاني وشوية دم وشوية مغص",
		"7 weeks pregnant, spotting with mild cramps",
	)
}

// TestPainAtTheTipOfTheShoulder: in pregnancy, a belly pain with pain at
// the tip of the shoulder is blood in the belly until shown otherwise
// (NHS: Ectopic pregnancy; the settled note), and «براس كتفي» is the
// shoulder's tip, no headache (h101-028); «راس المعدة» is the stomach's
// pit. A headache and a shoulder told together are two places.
func TestPainAtTheTipOfTheShoulder(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 27, Sex: "f"}
	classifiedAs(t, e, true, f,
		"انا حامل ٧ اسابيع وعندي وجع تحت بطني وبراس كتفي",
		"حامل ومغص خفيف ووجع في راس كتفي",
		"7 weeks pregnant, some pain low in my belly and a weird pain in my shoulder tip",
	)
	classifiedAs(t, e, false, f,
		"حامل وعندي مغص ووجع راس وكتفي",
	)
	for _, text := range []string{"وجع غريب براس كتفي", "عندي وجع براس المعده من امبارح"} {
		if present(t, e, text, "headache") {
			t.Errorf("%q: read as a headache", text)
		}
	}
	if !present(t, e, "عندي وجع راس وكتفي", "headache") {
		t.Errorf("a headache and a shoulder: no headache read")
	}
}

// TestVeryLightIsLighter: "very" of a light or small thing makes it
// lighter, not severe: «شوية دم خفيف اوي» at seven weeks without pain
// (h101-038) is the early pregnancy unit's (urgent), not spotting with a
// severe sign (RF-PREG-05). Much blood stays the emergency.
func TestVeryLightIsLighter(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 28, Sex: "f"}
	classifiedAs(t, e, false, f,
		"ana 7amel fel shahr el tany (7 weeks), la2eet shwayet dam 5afeef awi 3al fota. mafeesh ay wag3 fe batny",
		"انا حامل في الشهر التاني ولقيت شوية دم خفيف جدا",
		"حامل ٨ اسابيع ونازل نقط دم كتير خفيفة",
	)
	classifiedAs(t, e, true, f,
		"انا حامل في الشهر التاني وبينزل مني دم كتير",
		"حامل ونازل دم بزاف",
	)
}

// TestAPadChangedEveryHourTheHourFirst: a period that soaks a pad every
// hour, the hour told before the pad («كل ساعة تقريبا بغير الفوطة», "every
// hour or so I have to change my pad", "kol sa3a kanbdl la serviette"),
// without faintness, is seen the same day (the settled note; NHS: Heavy
// periods; h101-030). A wet towel on a feverish head is no pad.
func TestAPadChangedEveryHourTheHourFirst(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 36, Sex: "f"}
	amberOf(t, e, "UR-GYN-02", true, f,
		"الدورة هالشهر غزيرة كتير، من مبارح كل ساعة تقريبا بغير الفوطة ونازل كتل",
		"my period is so heavy, every hour or so I have to change my pad",
		"الريغل جاتني بزاف، كل ساعة كنبدل الفوطة",
		"kol sa3a kanbdl la serviette, les règles bzaf",
	)
	amberOf(t, e, "UR-GYN-02", false, f,
		"كل ساعه بغير الفوطه المبلوله على راسه عشان الحراره",
		"every month on the heavy days I change a pad every hour",
	)
}

// TestABleedStoppedWithPressure: "its stopped bleeding now" ends the bleed
// told before it ("blood EVERYWHERE"), as "the bleeding stopped" does
// (NHS: Cuts and grazes; h101-004): a gaping cut is then the urgent
// treatment centre's. A bleed that has not stopped stays RF-BLEED-01.
func TestABleedStoppedWithPressure(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 33}
	classifiedAs(t, e, false, f,
		"OMG there was blood EVERYWHERE, the knife slipped into my finger!! held kitchen roll on it for 10 mins and its stopped bleeding now",
		"blood everywhere from my hand, pressed a towel on it and it stopped bleeding after 5 minutes",
		"cut my thumb, lots of blood, I stopped the bleeding with a tissue",
	)
	classifiedAs(t, e, true, f,
		"blood everywhere from my hand and it hasnt stopped bleeding",
		"cut my arm and it wont stop bleeding",
	)
}

// TestAKnifeThatSlippedIsNoFall: a knife, a blade or a tool that slipped
// is no fall of the person, so no crash or blow to the head is asked
// (h101-004; h78-024 «السكينة زلقت»). A person who slipped still fell.
func TestAKnifeThatSlippedIsNoFall(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 33}
	askedOrNot(t, e, "inj_head", false, f,
		"I was chopping onions and the knife slipped into my finger, the cut is deep",
		"كنت نقص في الخبز والسكينة زلقت، جرحت كفي جرح مفتوح",
	)
	for _, text := range []string{"the knife slipped into my finger", "السكينه زلقت وجرحت صبعي"} {
		if present(t, e, text, "fall_word") {
			t.Errorf("%q: read as a fall", text)
		}
	}
	if !present(t, e, "I slipped on the stairs and hurt my back", "fall_word") {
		t.Errorf("a person who slipped: no fall read")
	}
}

// TestOnlyAFewSteps: «بس» before a count is "only", not "but": «طحت من
// الدرج، بس ثلاث درجات» (fell down the stairs, only three steps, h101-019)
// is no fall from height (NICE NG232 1.4: more than 5 stairs), and an
// ankle that takes no weight is an X-ray today (UR-INJ-01). A fall down
// the stairs not told short stays RF-TRAUMA-01.
func TestOnlyAFewSteps(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 34}
	redFlagIs(t, e, "RF-TRAUMA-01", false, f,
		"طحت من الدرج، بس ثلاث درجات يعني مو شي، بس كاحلي انتفخ وما اقدر ادوس عليه",
		"وقعت من السلم بس درجتين ورجلي وارمه",
		"طحت من الدروج بس 3 درجات وتلوات رجلي",
	)
	redFlagIs(t, e, "RF-TRAUMA-01", true, f,
		"ابوي طاح من الدرج وما يقدر يتحرك",
	)
	amberOf(t, e, "UR-INJ-01", true, f,
		"طحت من الدرج، بس ثلاث درجات يعني مو شي، بس كاحلي انتفخ وما اقدر ادوس عليه",
	)
}

// TestConsciousnessNotLost: «ما غاب عن الوعي» (he did not pass out) denies
// the loss of consciousness; it is no negation before «الوعي», a child who
// cannot be woken (RF-CONSC-01). After a knock on the forehead with a bump
// "the size of an egg" and a lot of crying, back to playing (h101-029),
// it is home care (NICE NG232): the bump is no rash, the crying no
// severity. Consciousness lost stays the emergency.
func TestConsciousnessNotLost(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 6}
	classifiedAs(t, e, false, f,
		"ابني وقع عن الكنباية امبارح وضرب جبينه بالارض، طلعت حبة كبيرة قد البيضة وصرخ كتير. بس ما غاب عن الوعي ولا استفرغ، وعم يلعب",
		"وقع وما فقد الوعي وبيلعب عادي",
		"وقع ومغابش عن الوعي وبيلعب",
		"ibni w2e3 w darab raso bas ma ghab 3an el wa3i w ma rajja3",
	)
	classifiedAs(t, e, true, f,
		"ابني وقع وضرب راسه وغاب عن الوعي",
		"وقع وفقد الوعي دقيقة",
		"ibni w2e3 w ghab 3an el wa3i",
	)
	if present(t, e, "ضرب جبينه بالارض، طلعت حبة كبيرة قد البيضة", "rash") {
		t.Errorf("a bump the size of an egg read as a rash")
	}
}

// TestSomeoneElsesFallBesideARacingHeart: a fall told in the sentence of
// a racing heart is a faint until shown otherwise (RF-HEART-01); a
// daughter's fall off a chair told apart, and «قلبي وقف من الخلعة» (my
// heart stopped from fright), are not (h101-035). A shock from the mains
// is the electrical injury however the current is spelt (p12-059).
func TestSomeoneElsesFallBesideARacingHeart(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 35}
	redFlagIs(t, e, "RF-HEART-01", false, f,
		"البارح قلبي وقف من الخلعة ملي طاحت بنتي من فوق الكرسي، هي لاباس الحمد لله. ولكن من شي شهر كنحس بواحد الخفقان خفيف فاش كنكون مقلقة",
		"my son fell off his bike yesterday, he is fine. I get palpitations sometimes when I am stressed",
	)
	redFlagIs(t, e, "RF-HEART-01", true, f,
		"her heart is racing and she is dizzy and she fell down",
		"قلبي يدق بسرعه وطحت",
	)
	classifiedAs(t, e, true, f,
		"العامل مسكه كهرب من الفيش وطاح، الحين صاحي بس يقول قلبه يدق بسرعه ويده محروقه",
		"ضربني الكهربا وانا اصلح الفيش",
	)
}

// TestAskingWhetherToGoToTheEmergency: whether to take someone to the
// emergency department, asked («نحتاج نوديها طوارئ ولا عادي؟», "should I
// take her to emergency or wait?"), is no call for one (RF-GEN-01): a
// mother cooled after heat exhaustion and better (h101-017). Saying it is
// one, or asking for an ambulance, stays.
func TestAskingWhetherToGoToTheEmergency(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 65}
	redFlagIs(t, e, "RF-GEN-01", false, f,
		"نحتاج نوديها طوارئ ولا عادي؟",
		"لازم اوديه طوارئ؟",
		"should I take her to emergency or wait till tomorrow?",
	)
	redFlagIs(t, e, "RF-GEN-01", true, f,
		"this is an emergency",
		"ابي اسعاف الحين",
	)
}

// TestHeatExhaustionMuchBetterAfterCooling: an older pilgrim cooled and
// given water who is "much better" and talking normally an hour on has
// had the first aid work (the settled note: self-care; NHS: Heat
// exhaustion and heatstroke, better within 30 minutes), not UR-HEAT-02's
// higher risk while being cooled (h101-017). Still unwell is UR-HEAT-03.
func TestHeatExhaustionMuchBetterAfterCooling(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 65}
	amberOf(t, e, "UR-HEAT-02", false, f,
		"الوالده عمرها ٦٥ كنا بالحرم وقت الظهر، جاها دوخه وعرق وايد وصداع. جلسناها بالمكيف وشربت موية، الحين صار لها ساعه وهي احسن بكثير وتسولف عادي",
		"my mum is 70, dizzy and sweating after tawaf in the heat, we sat her in the shade with water and an hour later she is much better, back to herself",
		"امي عمرها ٧٠ دايخة وعرقانة بعد الطواف في الشمس، قعدناها في التكييف وشربت مية، ودلوقتي رجعت لطبيعتها",
	)
	amberOf(t, e, "UR-HEAT-02", true, f,
		"my mum is 70, dizzy and sweating after tawaf in the heat, she vomited, we sat her in the shade with water",
	)
	amberOf(t, e, "UR-HEAT-03", true, f,
		"dizzy, headache and sweating loads after the jamarat in the sun, sat in the shade and drank water but still feel awful",
	)
}

// TestASmallAccidentIsNoMildInjury: an accident or a fall told small is
// a low-energy mechanism (RF-TRAUMA-01 holds off), not a mild injury: a
// wrist very swollen after a "small accident" off a bicycle is an X-ray
// today (UR-INJ-01; NICE NG38; h101-011).
func TestASmallAccidentIsNoMildInjury(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 27}
	amberOf(t, e, "UR-INJ-01", true, f,
		"Yesterday evening I fall from bicycle, small accident no car. I put my hand to stop and now the wrist is very swollen, painful to move it",
		"وقعت من العجلة، حادث بسيط، بس ايدي منفوخة كتير وما بقدر حركها",
	)
	redFlagIs(t, e, "RF-TRAUMA-01", false, f,
		"small car accident last month, my neck is a bit stiff",
		"حادث بسيط من شهر وظهري يعورني شوي",
		"had a small accident in the car park today, my knee hurts",
	)
}

// TestSinceThenGivesTheLength: "had corona 2 years ago and since then I
// have a cough" has lasted the two years (h101-016, a smoker's cough:
// routine, NICE NG115), in each script; a date with no "since then" is
// still no length.
func TestSinceThenGivesTheLength(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		days int
	}{
		{"I had corona 2 years before and since then I have cough in morning time", 730},
		{"had covid 2 years ago and ever since i have a cough", 730},
		{"قبل سنتين جاتني كورونا ومن وقتها عندي كحة", 730},
		{"جاتني كورونا قبل سنتين ومن وقتها عندي كحه الصبح", 730},
		{"kan 3andi corona 9bal 3amain w mn wa2tha 3andi ka7a", 730},
		{"had a stroke 3 years ago, now his face is drooping", -1},
	} {
		if got := e.read(c.text).measured(e).durDays; got != c.days {
			t.Errorf("%q: %d days; want %d", c.text, got, c.days)
		}
	}
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 48},
		"I had corona 2 years before and since then I have cough in morning time with some phlegm. No blood, no fever, breathing is normal",
	)
}

// TestAVitaminAskedWithOnesMedicine: a vitamin, a supplement, a herb or a
// tea asked about beside one's own medicine is the pharmacist's (NHS:
// Metformin, other medicines and supplements; h101-012), a diabetes on
// metformin included. Insulin missed is still UR-DIAB-03's.
func TestAVitaminAskedWithOnesMedicine(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 55}
	urgencyIs(t, e, SelfCare, "", f,
		"I am taking metformin from 2 years, sugar is under control. Only small question: can I drink green tea and take vitamin D with it?",
		"ينفع اخد فيتامين د مع دوا السكر؟",
		"عادي اشرب شاي اخضر مع حبوب الضغط؟",
		"is it ok to take fish oil with my blood pressure tablets?",
	)
	amberOf(t, e, "UR-DIAB-03", true, f,
		"I forgot my insulin last night, can I take vitamin D today?",
	)
}

// TestAnUlcerInsideTheLip: an ulcer inside the lip or on the gums is a
// mouth ulcer (NHS: Mouth ulcers, self-care under three weeks; h101-014).
func TestAnUlcerInsideTheLip(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I have small white ulcer inside my lip since 4 days",
		"an ulcer on my gum since 2 days",
		"عندي قرحة جوا شفتي من ٣ ايام",
	} {
		if !present(t, e, text, "mouth_ulcer") {
			t.Errorf("%q: no mouth ulcer read", text)
		}
	}
}

// TestMolarsComingThrough: a toddler's molars coming («عم يطلعلو اضراس»,
// "3am yetla3lo adras", «طالعله ضروس») is teething (NHS: Baby teething
// symptoms; h101-036), home care.
func TestMolarsComingThrough(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ibni 3mro sentain w 3am yetla3lo adras",
		"ابني عمره سنتين وعم يطلعلو اضراس",
		"بنتي يطلعلها ضروس وحرارتها ٣٧.٨",
		"his molars are coming through and he is drooling",
	} {
		if !present(t, e, text, "teething_word") {
			t.Errorf("%q: no teething read", text)
		}
	}
}

// TestTinyWhiteSpotsAreNoRash: tiny white spots on a newborn's nose are
// milia (NHS: Your newborn baby), no rash that could hide purpura: the
// glass test is not asked (h101-006, strict). Red spots on a baby are.
func TestTinyWhiteSpotsAreNoRash(t *testing.T) {
	e := mustLoad(t)
	f := Facts{}
	askedOrNot(t, e, "skin_nonblanch", false, f,
		"Our son is 2 weeks old and he sneezes all the time and has tiny white spots on his nose. Feeding well, no temperature",
		"بنتي عمرها اسبوعين وطالع لها حبوب بيضا صغيره على خشمها",
	)
	askedOrNot(t, e, "skin_nonblanch", true, f,
		"my baby is 2 weeks old and has red spots on his legs",
	)
}

// TestADiseaseAskedForInformation: what an illness is, whether it is
// dangerous or catching, asked with nobody ill ("we are all fine",
// «حنا لاباس، ما فينا والو») is information, no appointment (h101-032).
// A symptom told beside it decides, and "I'm fine otherwise" after a
// symptom is no one well.
func TestADiseaseAskedForInformation(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 40}
	urgencyIs(t, e, SelfCare, "", f,
		"السلام، غير سؤال: شنو هي الكوليرا؟ شفت فالتلفزة كيهضرو عليها، واش خطيرة وكيفاش كتجي؟ حنا لاباس الحمد لله، ما فينا والو",
		"what is dengue? is it dangerous? we are all fine, just curious",
		"ايش هو مرض الحصبة؟ هل هو معدي؟ احنا كلنا بخير",
	)
	classifiedAs(t, e, true, f,
		"i came back from nigeria with fever, is it malaria? what is malaria? we are all fine",
	)
	for _, text := range []string{
		"my skin is yellow, is it dangerous? im fine otherwise",
		"what is this rash on my son? is it dangerous? we are fine",
	} {
		if d := e.Classify(text, f); d.Urgency == SelfCare {
			t.Errorf("%q: %s; want more than self-care", text, d.Urgency)
		}
	}
}
