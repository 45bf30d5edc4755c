package triage

import "testing"

// Training set 98 (sixteenth session): pilgrims in Gulf Arabic, Gulf
// Arabizi and English, most emergencies behind a mild first message.

// TestMaakoDeniesWhatFollows: the Kuwaiti, Bahraini and Iraqi «ماكو»
// ("there is none", "mako" in Arabizi) is a negation, as «مافي» is: «ماكو
// حراره ولا ضيقه نفس» is a cough with no fever (h98-036, a cough of three
// weeks after Hajj, was asked of malaria; NICE CKS cough), and «ماكو ورم»
// no swollen calf (h98-012). What follows a "but" stays.
func TestMaakoDeniesWhatFollows(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"رجعنا من الحج من ٣ اسابيع وللحين عندي كحه ناشفه، ماكو حراره ولا ضيقه نفس",
		"ولدي عنده كحه وماكو حراره",
		"3indi ka7a w mako 7arara",
		"ماكوش حراره",
	} {
		if present(t, e, text, "fever") {
			t.Errorf("%q: read as a fever", text)
		}
	}
	for _, text := range []string{
		"رجولي تعورني من المشي، ماكو ورم",
		"بطة رجلي تعورني بس ماكو ورم ولا احمرار",
	} {
		if present(t, e, text, "calf_one_side") {
			t.Errorf("%q: read as a swollen calf", text)
		}
	}
	for _, text := range []string{
		"ماكو حراره بس ضيقه نفس شديده",
		"عنده حراره ٣٩ وماكو شي ثاني",
	} {
		if text == "ماكو حراره بس ضيقه نفس شديده" && !present(t, e, text, "breathless") {
			t.Errorf("%q: the breathlessness after «بس» lost", text)
		}
		if text == "عنده حراره ٣٩ وماكو شي ثاني" && !present(t, e, text, "fever") {
			t.Errorf("%q: the fever before «ماكو» lost", text)
		}
	}
	// a city's name is no negation: Bamako stays a malaria area
	classifiedAs(t, e, true, Facts{AgeYears: 40},
		"رجعت من باماكو من اسبوع وعندي حراره ورجفه",
	)
}

// TestAJourneyToldByItsDaysOnTheRoad: a calf swollen on one side after two
// days on the bus or in the car is the long journey of the policy's
// settled note, an emergency (NICE NG158 1.1; NHS: DVT). h98-029 («جينا
// بالباص من مسقط لمكه يومين طريق») was urgent. "Since two days" is when it
// began, no journey; both ankles puffy is not one calf.
func TestAJourneyToldByItsDaysOnTheRoad(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-DVT-01", true, Facts{AgeYears: 61},
		"السلام عليكم، الوالده ٦١ سنه جينا بالباص من مسقط لمكه يومين طريق. من امس بطة رجلها اليسار منتفخه وتعورها",
		"we came by bus from Muscat, two days on the road, now her left calf is swollen and painful",
		"drove 2 days from Riyadh to Makkah, my right calf is swollen and sore",
		"جينا بالسياره من الكويت يوم كامل طريق ورجلي اليمين منتفخه وتوجعني",
		"سافرنا يومين بالاتوبيس وسمانة رجلي الشمال وارمه ووجعاني",
		"right calf swollen and painful since 3 days on the bus to umrah",
	)
	redFlagIs(t, e, "RF-DVT-01", false, Facts{AgeYears: 61},
		"رجلي اليمين منتفخه وتعورني من يومين",
		"my right calf is swollen and painful for 2 days",
		"both ankles a bit puffy after 2 days on the bus, no pain",
	)
}

// TestTheDiarrhoeasAmountIsNotTheBloods: "a lot" told right after the
// diarrhoea in Arabic («اسهال وايد وفيه دم»), or "severe" right before it
// in English, is how much diarrhoea there is: bloody diarrhoea with a
// fever is an urgent appointment (NHS: Blood in poo; h98-033 was sent to
// the emergency number as heavy bleeding). A lot of blood stays the
// emergency.
func TestTheDiarrhoeasAmountIsNotTheBloods(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 30}
	redFlagIs(t, e, "RF-BLEED-01", false, adult,
		"اخوي ٣٠ سنه من يومين عنده اسهال وايد وفيه دم وحراره",
		"عنده اسهال كثير ومعاه دم",
		"عندي اسهال كتير ومعه دم من مبارح",
		"عندي اسهال جامد وفيه دم",
		"الاسهال بزاف وفيه الدم",
		"severe diarrhoea with blood since yesterday",
		"3indah is-hal wayed w fee dam",
	)
	urgencyIs(t, e, Urgent, "", adult,
		"اخوي ٣٠ سنه من يومين عنده اسهال وايد وفيه دم وحراره، يشرب عادي",
		"severe diarrhoea with blood since yesterday",
	)
	redFlagIs(t, e, "RF-BLEED-01", true, adult,
		"طالع دم وايد مع البراز",
		"البراز فيه دم وايد",
		"عنده اسهال وفيه دم وايد",
		"a lot of blood in his poo",
		"bleeding a lot from the bottom",
		"ينزف وايد من جرح في يده",
	)
}

// TestTheGulfsRilIsALeg: the Gulf says رجل and رجول with its ج as ي
// («ريلي», «ريوله»): a diabetic's foot blister a week unhealed and red is
// an urgent general-practice visit (NICE NG19 1.3.5; h98-030 was routine),
// and a Gulf leg swollen after a hospital stay is the clot. A blister
// without diabetes, redness or pus is not the diabetic foot.
func TestTheGulfsRilIsALeg(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 63}
	amberOf(t, e, "UR-DIAB-06", true, old,
		"ابوي عنده سكر، طلعت له فقاعه بريله من المشي حافي بصحن الطواف وصار لها اسبوع ما طابت، محمره ومنتفخه شوي",
		"عندي سكر وفي جرح بريلي محمر ومنتفخ",
		"امي عندها سكر وريلها فيها جرح ما طاب من اسبوعين",
	)
	amberOf(t, e, "UR-DIAB-06", false, old,
		"ريولي كلها فقاقيع من المشي بالنعال، مافيها احمرار ولا صديد. ما عندي سكر",
		"عندي سكر وابي اجدد العلاج",
	)
	redFlagIs(t, e, "RF-DVT-01", true, old,
		"ريلي اليمين منتفخه وتعورني من طلعت من المستشفى",
	)
}

// TestTheRelieverCountedFiveTimesToday: a reliever inhaler used five times or more
// today, or three since the morning, is needed more than usual: urgent
// even when it helps (the service policy's settled note; BTS/SIGN 158;
// h98-026 was a routine asthma). Once today, or twice a week, is not.
func TestTheRelieverCountedFiveTimesToday(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 26}
	amberOf(t, e, "UR-ASTHMA-02", true, adult,
		"my asthma is bad with the dust and crowds, used the blue inhaler like 6 times today, normally once a week. it works every time and im ok now",
		"asthma playing up, 4 times since this morning on the ventolin",
		"الربو تعبني من الغبار واستخدمت البخاخ ست مرات اليوم",
		"عندي ربو واستعملت الفنتولين ٥ مرات من الصبح",
		"الربو تاعبني وخدت البخاخه ٦ مرات النهارده",
	)
	amberOf(t, e, "UR-ASTHMA-02", false, adult,
		"I have asthma, used my inhaler once today, all fine, need a refill",
		"عندي ربو واستخدم البخاخ مرتين بالاسبوع، ابي اجدد الوصفه",
	)
}

// TestAPenOrGlassesBrokenIsNoBone: insulin pens, needles, glasses or a
// phone that broke are no fracture (h98-011, «الابر انكسرت بالشنطه
// بالطياره», went to orthopaedics and, not sure of a fall from height, to
// the emergency number); insulin pens broken or forgotten leave a diabetic
// without insulin, a supply the same day (UR-DIAB-03; NICE NG17 1.8). A
// broken arm or wrist is still an injury.
func TestAPenOrGlassesBrokenIsNoBone(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 33}
	amberOf(t, e, "UR-INJ-01", false, adult,
		"عندي سكر نوع اول وآخذ انسولين، الابر انكسرت بالشنطه بالطياره ووصلت مكه اليوم",
		"نضارتي انكسرت بالزحمه عند الجمرات وما اشوف زين بعيد",
		"my glasses broke in the crowd and my phone is broken too",
		"my insulin pen broke in my bag",
	)
	amberOf(t, e, "UR-DIAB-03", true, adult,
		"عندي سكر نوع اول وآخذ انسولين، الابر انكسرت بالشنطه بالطياره ووصلت مكه اليوم. السكر ٢٨٠",
		"type 1 diabetic, my insulin pen broke in my bag and I have no other",
		"ولدي عنده سكر نوع اول، نسى ابر الانسولين بالفندق بالعزيزيه",
	)
	amberOf(t, e, "UR-INJ-01", true, adult,
		"طحت وانكسرت يدي وهي منتفخه وتعورني وايد",
		"I think I broke my wrist, it's swollen and very painful",
	)
}

// TestDropsOfBloodAreNoRash: «نقط دم» and "spots of blood" are a spotting,
// not a rash to be asked of a swollen throat and a spreading redness
// (h98-040, spotting at two months of pregnancy). Red spots on the skin
// stay a rash.
func TestDropsOfBloodAreNoRash(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انا حامل بالشهر الثاني، اليوم شفت نقط دم خفيفه",
		"شفت نقاط من الدم بالليل",
		"a few spots of blood on my underwear, 7 weeks pregnant",
	} {
		if present(t, e, text, "rash_word") {
			t.Errorf("%q: read as a rash", text)
		}
	}
	for _, text := range []string{
		"طلعت له نقط حمرا على جسمه",
		"red spots on his legs since yesterday",
	} {
		if !present(t, e, text, "rash_word") {
			t.Errorf("%q: the rash lost", text)
		}
	}
}

// TestLegsSoreFromAllTheWalking: both legs aching from all the walking of
// a pilgrimage, with no swelling, are sore muscles for rest and a
// painkiller (NHS: Leg pain; h98-012 went to orthopaedics). One calf
// swollen and painful is still the clot's urgent review.
func TestLegsSoreFromAllTheWalking(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 44}
	urgencyIs(t, e, SelfCare, "", adult,
		"من كثر المشي بالحج رجولي متكسره، تعورني عضلات الفخذ والسمانه بالثنتين، ماكو ورم ولا احمرار",
		"my legs are aching from all the walking at hajj, no swelling",
		"رجليا بتوجعني من كتر المشي في العمره",
	)
	urgencyIs(t, e, Urgent, "", adult,
		"رجلي اليسار منتفخه وتعورني من كثر المشي",
		"my left calf is swollen and painful from all the walking",
	)
}
