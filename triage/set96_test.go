package triage

import "testing"

// Training set 96 (sixteenth session): emergencies told plainly in the
// first message, in everyday words and slang, and non-emergencies that
// share their words.

// TestPillsNeckedAfterARow: a box of pills "necked", "downed" or "popped",
// and the painkillers named by brand (co-codamol, codeine, tramadol, Adol),
// are an overdose (h96-004; TOXBASE paracetamol and opioids; NICE CG16
// self-harm); a couple taken for a pain, and a battery that popped out of a
// toy, are not. "Dozy" is drowsy.
func TestPillsNeckedAfterARow(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-POISON-01", true, Facts{AgeYears: 19},
		"gf (19) necked most of a box of co-codamol about an hour ago after we had a row",
		"she downed a whole packet of paracetamol",
		"my sister popped a load of her tramadol",
		"he necked a strip of codeine",
		"took a handful of co-codamol",
		"بنتي بلعت علبة ادول كاملة بعد ما تهاوشت مع ابوها",
		"ukhti bl3at 3elbat panadol kamla",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"took 2 co-codamol for my back, still sore",
		"i take tramadol every day for my back, need more",
		"popped a couple of nurofen for period pain",
		"necked a pint after work and got a headache",
		"the battery popped out of his toy, it's fine",
		"baddi jaddid wasfet dawa el da8et, kel shi tamam",
		"راسي يوجعني وايد، خذيت بنادول وما نفع",
	)
	if !present(t, e, "shes gone really dozy now", "drowsy") || !present(t, e, "he keeps nodding off", "drowsy") {
		t.Error("dozy, nodding off: want drowsy")
	}
}

// TestNothingLikeItSince: a chest pain weeks back, checked, with "not had
// anything since", "it never came back", «ما جاني شي من بعدها», «من داك
// الوقت ما عاودني والو» is over: routine (the project's settled note; NICE
// CG95), the Arabic weeks counted with a number («قبل ٣ اسابيع», «هادي 3
// سيمانات») as far back as the English. A pain told now, or "until" today,
// or "it came back" this morning, stays an emergency.
func TestNothingLikeItSince(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 52},
		"Had a tight crushing feeling in my chest about 3 weeks ago, went to A&E, they did ECG and bloods twice and said it wasnt my heart. not had anything since, no pain now.",
		"had a crushing chest pain 2 weeks ago, checked at the hospital, havent had anything like it since",
		"tight chest 3 weeks ago, ER said not heart, it never came back",
		"chest pressure 3 weeks ago, checked, hasnt come back since, no pain now",
		"جاني ضيق بصدري قبل ٣ اسابيع ورحت الطوارئ وقالوا مو القلب، وما جاني شي من بعدها",
		"اجاني ضغط على صدري من ٣ اسابيع، فحصوني بالطوارئ، وما رجعلي ابدا",
		"جاني واحد الضيق فصدري هادي 3 سيمانات، مشيت للمستعجلات وقالو ماشي القلب، ومن داك الوقت ما عاودني والو",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 52},
		"my chest is tight and crushing right now, had the same 3 weeks ago, nothing since till today",
		"My chest is really tight right now. Had the same 3 weeks ago, checked in A&E, nothing since.",
		"tight chest 3 weeks ago, nothing since until an hour ago, now its crushing again",
		"صدري يعصرني الحين، نفس اللي جاني قبل ٣ اسابيع وما جاني شي من بعدها لين اليوم",
		"crushing chest pain since an hour. had the same 3 weeks ago, went to A&E, never came back till now",
	)
}

// TestBrownOnTheUnderwearIsSpotting: brown or pink seen on the underwear, a
// pad or the paper after wiping is spotting: urgent early in pregnancy
// without pain or faintness (the settled note; NICE NG126), an emergency
// late in pregnancy or with pain (RF-PREG-05, RF-PREG-10). Brown spots on
// the face are not.
func TestBrownOnTheUnderwearIsSpotting(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-PREG-01", true, Facts{AgeYears: 28, Sex: "f"},
		"hello, i am 7 weeks pregnant first baby. today morning i see little bit brown spot in my underwear when i go toilet. no pain in stomach, no dizzy",
		"8 weeks pregnant and theres a bit of brown on my knickers, no pain",
		"im 6 weeks pregnant, bit of pink when i wipe, no cramps",
		"انا حامل بالشهر الثاني ولقيت نقطة بني بالملابس الداخلية، ما فيني الم",
		"انا حامل في ٧ اسابيع ونزل مني شوية بني على الهدوم، مفيش وجع",
		"انا حاملة فالشهر الثاني وبان ليا شي نقط بنيين فالسليب، ما عندي حتى وجع",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 28, Sex: "f"},
		"8 weeks pregnant and theres a bit of brown on my knickers, no pain",
		"pregnant 20 weeks and got brown spots on my face, is it normal",
		"bought pink pants for the baby, 30 weeks pregnant, when should i pack my bag",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 30, Sex: "f"},
		"im 33 weeks pregnant and theres a bit of brown on my knickers",
		"6 weeks pregnant, bit of brown on the tissue when i wiped and strong pain on my left side",
	)
}

// TestEveryHourIChangeThePad: the hour told before the pad ("every one
// hour i change the pad", «كل ساعة بغير الفوطة») is a period soaking a pad
// hourly: urgent without faintness (UR-GYN-02; the settled note; NHS:
// Heavy periods), not RF-BLEED-01; with a faint it is still an emergency,
// and a wound's dressing changed every hour is not a period.
func TestEveryHourIChangeThePad(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-GYN-02", true, Facts{AgeYears: 38, Sex: "f"},
		"my period this month is too much heavy, from yesterday every one hour i change the pad and it is full, big clots also. i not feel dizzy or faint",
		"period really heavy this time, every hour or two im changing my pad, big clots, not dizzy",
		"الدورة نازلة جامد، كل ساعة بغير الفوطة ونازل حتت دم، مش دايخة",
		"الريغل جاتني بزاف، كل ساعة كنبدل السيرفيت، ما كندوخش",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 38, Sex: "f"},
		"period really heavy this time, every hour or two im changing my pad, big clots, not dizzy",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 38, Sex: "f"},
		"period heavy, every hour i change the pad, and i fainted this morning",
		"cut my arm, bleeding heavily, every hour I change the dressing",
	)
}

// TestAnAsthmaAttackSettledSinceLastNight: an attack the reliever settled a
// day or more back, well today, is routine (the settled note: an attack
// relieved and settled); one settled an hour ago is still UR-ASTHMA-03's
// same-day review (BTS/SIGN 158), and more reliever than usual is urgent.
func TestAnAsthmaAttackSettledSinceLastNight(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 31},
		"last night i got asthma attack when sleeping, i take blue puffer 2 puffs and after 10 minute it go away complete. today i am normal, i can talk and walk, no problem breath",
		"had an asthma attack yesterday evening, two puffs of ventolin sorted it, fine today",
		"البارحة بالليل جاتني نوبة ربو، اخذت البخاخ وراحت، اليوم زينة",
		"امبارح بالليل جتلي ازمة ربو وخدت البخاخة وراحت، النهارده كويسة",
	)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 30},
		"had a bad asthma attack about an hour ago walking home in the cold, took 6 puffs of my blue inhaler with the spacer and its settled now, can talk fine",
		"asthma attack yesterday, settled with inhaler, but today using it every 2 hours",
	)
}

// TestAnEggOnTheForehead: "a massive egg on his forehead" after running
// into the coffee table is a knock to the head (NICE NG232 asks its
// signs), at home a low-energy one, not a crash to ask about; with
// vomiting and sleepiness it is RF-TRAUMA-02. A Gulf or Levantine «بيضة»
// on the head is the same.
func TestAnEggOnTheForehead(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"toddler (2) went flying into the corner of the coffee table, screamed straight away, now has a massive egg on his forehead",
		"she smacked her head on the door, big goose egg, crying but playing now",
		"ابني وقع وطلعتله بيضة براسه، بكى على طول وهلق عم يلعب عادي",
	} {
		if !present(t, e, text, "head_injury") {
			t.Errorf("%q: want head_injury", text)
		}
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 2},
		"toddler (2) went flying into the corner of the coffee table, screamed straight away, now has a massive egg on his forehead. that was an hour ago, hes back to bouncing off the walls and eating crisps. not been sick",
	)
	if !present(t, e, "toddler (2) went flying into the corner of the coffee table", "minor_mechanism") {
		t.Error("flying into the coffee table: want minor_mechanism")
	}
	redFlagIs(t, e, "RF-TRAUMA-02", true, Facts{AgeYears: 2},
		"he smacked his head on the table and has been sick 3 times and is very sleepy",
	)
	if present(t, e, "egg allergy, ate cake, my head itches", "head_injury") {
		t.Error("egg allergy: want no head_injury")
	}
}

// TestAHeadacheAPainkillerEased: a headache told as "killing me" or «هموت
// من الصداع» that a paracetamol eased is self-care (NICE CG150 1.3); one
// the painkiller did not help stays a visit, one of a month stays routine,
// and a thunderclap still fires.
func TestAHeadacheAPainkillerEased(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 30},
		"هموت من الصداع بجد، من امبارح وانا مش نايمة كويس ومضغوطة في الشغل، الوجع زي رباط حوالين راسي. خدت بنادول وهدي شوية. مفيش سخونية ولا ترجيع",
		"this headache is killing me, took 2 paracetamol and it helped a bit, didnt sleep last night",
		"راسي رح يطق من الوجع، اخدت بنادول وخف شوي",
	)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 30},
		"terrible headache, paracetamol didnt help at all",
		"راسي يوجعني وايد، خذيت بنادول وما نفع",
		"3ndi sda3 kolla nhar f l3chiya mn chhar, kaytl3 m3a lkhdma w l'ecran, doliprane kay n'f3, ma kayn walo khor",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"worst headache of my life came on suddenly, took paracetamol and it helped a bit",
	)
}

// TestTheMaghrebsDialyseMissed: «فاتتني الدياليز» is a dialysis session
// missed: urgent alone (UR-KIDNEY-02; the settled note), an emergency with
// breathlessness (RF-KIDNEY-01).
func TestTheMaghrebsDialyseMissed(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-KIDNEY-02", true, Facts{AgeYears: 50},
		"فاتتني الدياليز ديال البارح حيت الطوبيس ما جاش، ولكن لاباس عليا، ما عندي ضيق ف النفس، قلبي عادي وما ناعسش",
		"ما لحقت جلسة الغسيل اليوم، حاسس حالي منيح",
	)
	redFlagIs(t, e, "RF-KIDNEY-01", true, Facts{AgeYears: 50},
		"ما مشيتش للدياليز البارح وعندي ضيق فالنفس بزاف",
	)
}

// TestHisBallsAreKillingHim: a pain "killing him" told of another, and his
// "nuts", are a testicle's pain: with vomiting, torsion (RF-URO-01; NICE
// CKS scrotal pain). Nuts eaten are not a testicle.
func TestHisBallsAreKillingHim(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-URO-01", true, Facts{AgeYears: 13, Sex: "m"},
		"my 13yo woke me at 5am in bits, says his balls are killing him, the left one looks higher than the other and hes been sick twice",
	)
	if !present(t, e, "son's nuts are killing him since he woke", "testicular_pain") {
		t.Error("his nuts are killing him: want testicular_pain")
	}
	if present(t, e, "allergic to nuts, ate some and my lips tingle", "testicle") {
		t.Error("nuts eaten: want no testicle")
	}
}

// TestAwayWithTheFairies: "away with the fairies", "thinks im her sister",
// «فاكراني اختها» are new confusion, and "breathing like shes run a
// marathon" at rest is fast breathing: with an infection, sepsis (NICE
// NG51, RF-SEPSIS-03). A marathon run yesterday is not.
func TestAwayWithTheFairies(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-SEPSIS-03", true, Facts{AgeYears: 84},
		"Nan's been on antibiotics for a water infection since tuesday but tonight shes shaking like a leaf under 3 blankets, burning up, breathing like shes run a marathon and she's away with the fairies, thinks im her sister",
		"جدي عنده حرارة ورجفة، ومفكرني اخوه، ونفسه سريع",
		"ستي سخنة ومش مركزة، فاكراني اختها",
		"mum is breathing like she ran a marathon just sitting in her chair, and has a fever",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"he ran a marathon yesterday and now his calf hurts",
	)
}

// TestSomeoneStandingOnMyChest: «حاس احد دايس على صدري», «كأن جبل فوق
// صدري», "feels like someones stood on my chest", "like a fridge on my
// chest" are a chest pressure (RF-CHEST-02; NICE CG95); sitting on a chair
// or a sofa beside an itchy chest is not.
func TestSomeoneStandingOnMyChest(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-CHEST-02", true, Facts{AgeYears: 62},
		"السلام عليكم، من نص ساعة حاس احد دايس على صدري برجله، والعرق نازل مني بارد وانا جالس ما سويت شي",
		"حاسس في حد قاعد على صدري من ساعة",
		"كأن جبل فوق صدري وعرقان",
		"feels like someones stood on my chest",
		"like a fridge on my chest since 20 mins",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"وانا جالس على الكرسي صدري فيه حبوب بتحكني",
		"sat on the sofa all day, chest feels a bit itchy from the new jumper",
	)
}

// TestStabbedIsASimileForPain: a pain "like being stabbed" is how sharp it
// is, not a knife wound (RF-TRAUMA-03 is for a stabbing); a stabbing is.
func TestStabbedIsASimileForPain(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 27, Sex: "f"},
		"i have period cramps, pain like being stabbed in my lower belly, took ibuprofen",
	)
	redFlagIs(t, e, "RF-TRAUMA-03", false, Facts{AgeYears: 27},
		"sharp pain in my side like being stabbed when i breathe in after gym",
	)
	redFlagIs(t, e, "RF-TRAUMA-03", true, Facts{AgeYears: 25},
		"i was stabbed in the leg an hour ago",
	)
}

// TestTheBabyNotMovingIsNoPersonUnresponsive: the unborn baby not moving,
// told in its sentence, is the baby's movements (RF-PREG-06 late in
// pregnancy, "el bebe" included), not a person unresponsive, and early in
// pregnancy no emergency at all; food eaten to get it moving is no
// allergen.
func TestTheBabyNotMovingIsNoPersonUnresponsive(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 25, Sex: "f"},
		"انا حامل في الشهر التالت والبيبي مش بيتحرك لسه، ده طبيعي؟",
		"انا حامل بالشهر التاني وما بحس البيبي بيتحرك، عادي؟",
	)
	redFlagIs(t, e, "RF-PREG-06", true, Facts{AgeYears: 29, Sex: "f"},
		"انا حامل بالشهر التامن (٣٣ اسبوع)، البيبي من مبارح المسا هادي كتير، ما عم حسه عم يلبط متل العادة، شربت مي باردة وأكلت شي حلو وما تحرك. ما في وجع ولا دم",
		"marhaba, ana 7amel bel osbou3 33. el yom el bebe msh 3am yet7arak ktir metl el 3ade",
	)
	for _, rule := range []string{"RF-CONSC-01", "RF-ALLERGY-02"} {
		redFlagIs(t, e, rule, false, Facts{AgeYears: 29, Sex: "f"},
			"انا حامل بالشهر التامن (٣٣ اسبوع)، البيبي من مبارح المسا هادي كتير، ما عم حسه عم يلبط متل العادة، شربت مي باردة وأكلت شي حلو وما تحرك. ما في وجع ولا دم",
		)
	}
	redFlagIs(t, e, "RF-CONSC-01", true, Facts{AgeYears: 60},
		"ابوي وقع بالحمام وما عم يتحرك ولا يرد",
	)
}

// TestNotEatenIsNoEating: «وما كلاش» (and he did not eat) is poor feeding,
// and its «كلا» is no eating of pills or of an allergen: a child with a
// fever who did not eat, given his fever medicine, is no overdose.
func TestNotEatenIsNoEating(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-POISON-01", false, Facts{AgeYears: 5},
		"ولدي فيه السخانة، ما كلاش اليوم، عطيتو الدوا ديال السخانة وكيعرق بزاف",
	)
	for _, rule := range []string{"RF-POISON-01", "RF-ALLERGY-02"} {
		redFlagIs(t, e, rule, false, Facts{AgeYears: 58},
			"راجلي عندو السكر، ضرب الانسولين الصباح وما كلاش، دوك راهو يعرق بزاف وراهو يهدر بلا معنى وما عرفنيش، وراهو ناعس ما يجاوبش مليح",
		)
	}
	classifiedAs(t, e, true, Facts{AgeYears: 58},
		"راجلي عندو السكر، ضرب الانسولين الصباح وما كلاش، دوك راهو يعرق بزاف وراهو يهدر بلا معنى وما عرفنيش، وراهو ناعس ما يجاوبش مليح",
	)
}

// TestSunburnToldAsABeachDay: a beach day, "fried" at the beach, "like a
// lobster", «اتحرقوا من الشمس» with red, stinging skin and no blisters is
// sunburn, self-care (NHS: Sunburn); read before only through its denied
// blisters.
func TestSunburnToldAsABeachDay(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 35},
		"Back from a beach day and my shoulders are on FIRE, bright red and stinging, I look like a lobster. No blisters",
		"got absolutely fried at bondi yesterday, shoulders pink and stinging, no blisters",
		"رقبتي ودراعي اتحرقوا من الشمس يوم عرفة، حمرا وبتلسعني شوية بس مفيش فقاقيع ولا سخونية، وأنا كويس وبشرب كويس",
	)
}

// TestARepeatToldShort: "Could I get my sertraline repeat please?" is a
// repeat prescription, routine, not a question about taking a medicine.
func TestARepeatToldShort(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 35},
		"Could I get my sertraline repeat please? It's been working well, mood is stable. No side effects.",
	)
}

// TestNotEatingAndTheKetoneBreath: "he not eat so he skip insulin" is a
// sick day (UR-DIAB-02), not a child who swallowed his insulin
// (RF-POISON-02); "his breath smell like nail polish remover" is the
// ketones' breath (NICE NG18), and the whole story is DKA.
func TestNotEatingAndTheKetoneBreath(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-POISON-02", false, Facts{AgeYears: 15},
		"he not eat so he skip insulin",
		"my son is 15 and he have type one sugar. from morning he is vomit many times, he is breathing very deep and fast like tired, he is very sleepy and his breath smell like nail polish remover. his sugar meter say HI. he not eat so he skip insulin",
	)
	redFlagIs(t, e, "RF-DIAB-03", true, Facts{AgeYears: 15},
		"my son is 15 and he have type one sugar. from morning he is vomit many times, he is breathing very deep and fast like tired, he is very sleepy and his breath smell like nail polish remover. his sugar meter say HI. he not eat so he skip insulin",
	)
	if !present(t, e, "his breath smell like nail polish remover", "fruity_breath") {
		t.Error("breath smell like nail polish remover: want fruity_breath")
	}
}

// TestAlgeriasQuickBreath: «تتنفس بالخف» is breathing fast (Algeria's
// "quickly"): a girl of 15 with type 1 diabetes, vomiting and belly pain is
// DKA from the first message (RF-DIAB-03; NICE NG18), and «ماكلاتش» (she
// has not eaten) is no medicine swallowed.
func TestAlgeriasQuickBreath(t *testing.T) {
	e := mustLoad(t)
	text := "السلام عليكم بنتي عندها 15 سنة عندها السكري نوع 1، من البارح وهي تقيا وكرشها توجعها، قلت جاتها غير قريب المعدة كيما خاوتها. راهي راقدة بزاف وتتنفس بالخف. نقصلها الانسولين خاطر ماكلاتش؟"
	redFlagIs(t, e, "RF-DIAB-03", true, Facts{AgeYears: 15, Sex: "f"}, text)
	redFlagIs(t, e, "RF-POISON-02", false, Facts{AgeYears: 15, Sex: "f"}, text)
	if !present(t, e, "وتتنفس بالخف", "fast_breathing") {
		t.Error("«وتتنفس بالخف»: want fast_breathing")
	}
}
