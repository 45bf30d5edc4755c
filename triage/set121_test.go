package triage

import (
	"testing"
)

// Training set 121 (eighteenth session): the Maghreb. Patients from
// Morocco, Algeria, Tunisia and Libya writing Darija in Arabic script and
// in Arabizi, with the French words of the Maghreb. The tests below hold
// the families its first run showed, each in several spellings and
// dialects, most not in the set, with the look-alikes that must not move.

// TestTheForemanIsNoDisinfectant: «المعلم», the boss of a building site or
// a workshop (and a teacher), is one letter from «المعقم» (the
// disinfectant): «المعلم دخلني للظل وشربت جوج قراعي ديال الما» (h121-007,
// heat exhaustion cooled and better, NHS: Heat exhaustion) was a
// disinfectant drunk and the emergency number. A disinfectant drunk is
// still a poisoning (NHS: Poisoning).
func TestTheForemanIsNoDisinfectant(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"كنت خدام فالشانطي والشمس حامية جاتني دوخة، المعلم دخلني للظل وشربت الما ودابا مزيان",
		"المعلم ديالي قالي نرتاح شوية، راسي كيضرني من الصهد وشربت الما",
		"خدمت مع المعلم فالكراج وجاني صداع خفيف",
		"the teacher sent my son home, المعلم قال عندو سخانة خفيفة وكيلعب عادي",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 3},
		"ولدي شرب المعقم ديال اليدين",
		"بنتي شربت من قرعة المعقم",
	)
}

// TestFastingTheDayOfArafahIsNoHeat: the day of Arafah fasted at home is
// no day at Arafat in the heat: a pilgrim does not fast it. «كان صايم نهار
// عرفة» (h121-018, an insulin-treated man, hypoglycaemic) was in the heat,
// and a headache after the fast was asked the heat questions. Being at
// Arafat stays the heat's.
func TestFastingTheDayOfArafahIsNoHeat(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"صمت يوم عرفة واليوم عندي دوخة خفيفة",
		"كان صايم نهار عرفة وخذا الأنسولين كيف العادة",
		"صيام عرفه تعبني شوي وجاني صداع",
		"I fasted the day of Arafah and now I have a headache",
		"sayem nhar 3arafa w rasi kaydrni",
	} {
		if present(t, e, text, "heat_context") {
			t.Errorf("%q: read as a day in the heat", text)
		}
	}
	for _, text := range []string{
		"احنا في عرفة والشمس حامية وابوي دايخ",
		"ابوي واقف بعرفات من الصبح وتعبان",
		"I am at Arafat for hajj and feel dizzy",
	} {
		if !present(t, e, text, "heat_context") {
			t.Errorf("%q: no heat read", text)
		}
	}
}

// TestTheMaghrebsWeeksWithoutTheirYa: Algeria and Tunisia write the week
// «سمانة» without the ي of Morocco's «سيمانة», and count it «سمانات»,
// «سيمانتين» (two weeks), «جمعات». Unread, a chest pain «قبل 3 سمانات»,
// checked at the emergency department and gone since (h121-014, the
// settled note: routine; NICE CG95), was a chest pain now and the
// emergency number; and a pregnancy «8 سمانات» (h121-012, spotting without
// pain, urgent; NICE NG126) was asked whether her waters had broken
// (NICE NG25 asks it of later pregnancy). A chest pain told now beside an
// old one is still the emergency.
func TestTheMaghrebsWeeksWithoutTheirYa(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "cardiology", Facts{AgeYears: 50, Sex: "f"},
		"قبل 3 سمانات جاني وجع في صدري، رحت للاستعجالات قالولي كلش مليح. ضرك ماعنديش حتى وجع، بغيت rendez-vous مع طبيب القلب",
		"هادي سيمانتين جاني وجع في صدري، مشيت للسبيطار قالو ليا كلشي مزيان. دابا ما عندي والو",
		"قبل 3 جمعات جاني وجع في صدري، مشيت للطوارئ قالولي كل شي باهي. توا ما عندي شي",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 55, Sex: "m"},
		"عندي ضيقة في صدري دابا، ثقيلة بزاف، قبل 3 سمانات جاني بحالها",
	)
	for _, text := range []string{
		"راني بالحمل 8 سمانات وشفت شويا دم خفيف",
		"انا حاملة ف 6 سمانات وعندي شوية وجع فالكرش",
		"حامل في ست سيمانات ونزل شوية دم",
	} {
		if !present(t, e, text, "early_pregnancy") {
			t.Errorf("%q: no early pregnancy read", text)
		}
	}
	askedOrNot(t, e, "preg_waters", false, Facts{AgeYears: 29, Sex: "f"},
		"السلام، راني بالحمل 8 سمانات، أول حمل. الصباح شفت شويا دم خفيف. ماعنديش وجع",
		"راني حاملة 7 سمانات وشفت قطرات دم وردي",
	)
}

// TestAHotWaterBottleIsNoScald: a hot-water bottle (the Maghreb's «بوطة»,
// «قرعة», the Gulf's «قربة», the French "bouillotte"), a warm compress, or
// hot water put on a sore part, is a remedy, not a scald: «ناخذ دوليبران
// وبوطة ماء سخون ونرتاح» (h121-024, the usual period cramps, self-care;
// NHS: Period pain) was a burn for the same day. In Arabizi "9er3a" (the
// bottle) was a fit («صرعه») and "bouillotte" the gums, a toothache. A hot
// drink spilt on a child stays the emergency, whatever was put on it
// after (NICE CKS Burns and scalds), and a burn told with its own verb
// beside the bottle stays a burn.
func TestAHotWaterBottleIsNoScald(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"العادة جاتني وكرشي يوجعني، حطيت كمادات ماء سخون وارتحت",
		"معي مغص الدورة، حطيت كيس مي سخنة على بطني وارتحت",
		"عندي وجع الدورة، حطيت قربة ماي حار على بطني",
		"ضهري كيضرني، درت بوطة ديال الما السخون وتهنيت شوية",
		"l3ada jatni w kerchi kaydrni, drt bouillotte w rta7t",
		"l3ada jatni w kerchi kaydrni, drt 9er3a dyal lma skhoun 3la kerchi",
	} {
		if present(t, e, text, "burn") || present(t, e, text, "seizure") || present(t, e, text, "toothache") {
			t.Errorf("%q: read as a burn, a fit or a toothache", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 25, Sex: "f"}); d.Urgency.Rank() >= Urgent.Rank() {
			t.Errorf("%q: %s %v %v; a hot-water bottle is no scald", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	// the sprain's question about warm water is the sprain's
	if present(t, e, "رجلي تلوات، نحط عليها الما السخون؟", "burn") {
		t.Errorf("warm water asked of a sprain: read as a burn")
	}
	for _, text := range []string{
		"انحرقت بالبوطة على رجلي وطلعو فقاقيع",
		"حطيت ايدو في الما السخون بالغلط",
		"طاح عليه الشاي السخون",
	} {
		if !present(t, e, text, "burn") {
			t.Errorf("%q: no burn read", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 3},
		"ولدي عمرو 3 سنين انكب عليه الما السخون على صدرو، حطيتلو معجون سنان وطلعو فقاقيع",
		"بنتي عمرها سنتين طاح عليها الشاي السخون، حطيت عليها الثلج",
	)
}

// TestTheUsualPeriodPainToldAsAlways: cramps every month "as always"
// («هكا من ديما», «كيف كيف», "always been like this", «من زمان هيك»), eased
// by a painkiller, and the period itself told normal («العادة عادية موش
// برشا»), are primary dysmenorrhoea at home (NICE CKS Dysmenorrhoea; NHS:
// Period pain; h121-024), not a routine visit. A period heavier than
// usual stays the same day's (NICE NG88), and one told not normal a
// women's health visit.
func TestTheUsualPeriodPainToldAsAlways(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "obstetrics_gynecology", Facts{AgeYears: 20, Sex: "f"},
		"كل شهر كيف تجيني العادة كرشي توجعني نهار ولا زوز، هكا من ديما. ناخذ دوليبران ونرتاح. العادة عادية موش برشا",
		"every month I get period cramps for a day or two, always been like this, paracetamol helps",
		"كل شهر ملي كتجيني العادة كرشي كيضرني، هكا من ديما، ناخد دوليبران ونرتاح",
	)
	// Tunisia's "hakka" (like this) is no itch («حكه»)
	if present(t, e, "kerchi kaydrni, hakka mn dima", "itch") {
		t.Errorf("hakka mn dima: read as an itch")
	}
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 34, Sex: "f"},
		"العادة جاتني من البارح برشا برشا، نبدل الفوطة كل ساعة وفيها حبوب دم كبار، عادة موش هكا",
	)
	if !present(t, e, "الدورة مش عادية من ثلاث شهور", "period_problem") {
		t.Errorf("a period told not normal: no period problem read")
	}
}

// TestUsuallyBesideAReadingIsNoPeriod: «العادة» alone is the period in the
// Maghreb, Tunisia and Libya, and "usually" everywhere: beside a sugar or
// a blood pressure reading («السكر في الصبح طالع 210 و220، العادة 140»,
// h121-030, a diabetic's morning sugars; NICE NG28) it is the usual
// reading, and the medication review went to the gynaecologist. The
// period named alone, or late, is still read.
func TestUsuallyBesideAReadingIsNoPeriod(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"هالجمعة السكر في الصبح طالع 210 و220، العادة 140",
		"الضغط طالع 150 على 90، العادة 120",
		"السكر عندي 250 اليوم والعادة 130",
	} {
		if present(t, e, text, "period_problem") {
			t.Errorf("%q: read as the period", text)
		}
	}
	urgencyIs(t, e, Routine, "endocrinology", Facts{AgeYears: 55, Sex: "f"},
		"عندي السكر النوع الثاني، ناخذ الميتفورمين. هالجمعة السكر في الصبح طالع 210 و220، العادة 140. نحس روحي عادي",
	)
	for _, text := range []string{
		"العادة جاتني وكرشي يوجعني",
		"العادة ديالي ما بقاتش كتجي فوقتها",
	} {
		if !present(t, e, text, "period_problem") && !present(t, e, text, "period_time") {
			t.Errorf("%q: the period not read", text)
		}
	}
}

// TestAPregnancyTestToldInFrench: a pregnancy test come back negative in
// the Maghreb's French ("test de grossesse negatif", Arabizi "test d
// grossesse negatif", «الحمل خرج نيجاتيف») is no pregnancy: h121-038's
// irregular periods (a routine visit, NICE CKS PCOS) were asked whether
// her waters had broken, and "not sure" was the emergency number. A test
// come back positive with no word of a pregnancy («درت تيست وطلع
// بوزيتيف», h116-033's family) is a pregnancy, and an early one, so the
// waters are not asked (NHS: Pregnancy tests; NICE NG25).
func TestAPregnancyTestToldInFrench(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"dert test d grossesse negatif w les regles ma jawnich",
		"3melt test dyal l7aml w kharej negatif",
		"درت test de grossesse وطلع negatif",
		"درت تحليل الحمل وخرج نيجاتيف، والريغلات ما جاوش",
	} {
		if present(t, e, text, "pregnancy_word") {
			t.Errorf("%q: read as a pregnancy", text)
		}
	}
	for _, text := range []string{
		"درت تيست وطلع بوزيتيف، وقتاش نمشي عند طبيبة النسا؟",
		"3mlt test w tele3 positive, awwal mara",
		"test de grossesse positif, c'est ma premiere grossesse",
	} {
		if !present(t, e, text, "pregnancy_word") || !present(t, e, text, "early_pregnancy") {
			t.Errorf("%q: no early pregnancy read", text)
		}
	}
	askedOrNot(t, e, "preg_waters", false, Facts{AgeYears: 27, Sex: "f"},
		"درت تيست وطلع بوزيتيف، ما عنديش وجع ولا دم، غير شوية غثيان",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 24, Sex: "f"},
		"slm, les regles dyali ma jayinch f wa9thom mn 5 chhor, dert test d grossesse negatif. bghit rendez-vous m3a tbiba",
	)
}

// TestNotWettingHimselfIsNoRetention: a child who does not wet himself
// by day, or his bed («ما كيبولش عليه», «ما يبول على نفسه»), passes urine:
// h121-039's bedwetting of a boy of 7 (NICE CG111, routine) was read as no
// urine and retention, seen today. A baby with no wet nappy and a man who
// cannot pass water are still those.
func TestNotWettingHimselfIsNoRetention(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدي عندو 7 سنين كيبول فالفراش بالليل، فالنهار ما كيبولش عليه",
		"ابني عمره 6 سنين يبول في الفراش بالليل، بالنهار ما يبول على نفسه",
		"f nhar ma kaybolch 3lih, ghir f lil",
	} {
		if present(t, e, text, "no_urine") || present(t, e, text, "urinary_retention") {
			t.Errorf("%q: read as no urine", text)
		}
	}
	for _, text := range []string{
		"ولدي عمرو 7 سنين مازال كيبول في فراش في الليل",
		"weldi mazal kaybol f frach f lil",
		"ابني عمره 6 سنين لسه بيبول على السرير بالليل",
	} {
		if !present(t, e, text, "bedwetting") {
			t.Errorf("%q: no bedwetting read", text)
		}
	}
	for _, text := range []string{
		"بنتي عمرها سنة ما بالت من الصبح والحفاض ناشف",
		"بابا ما كيبولش من البارح وكرشو منفوخة",
	} {
		if !present(t, e, text, "no_urine") && !present(t, e, text, "urinary_retention") {
			t.Errorf("%q: no urine not read", text)
		}
	}
}

// TestMosquitoBitesAfterTheVillage: itchy mosquito bites brought back
// from the village or a holiday, no fever, are the bites' (NHS: Insect
// bites and stings), not an infection brought home: h121-040 («رجعت من
// البلد ... لحبوب ديال النموس») was a routine infectious-disease visit, and
// its Arabizi "7aja khra" (something else) a stabbing. The Maghreb's
// mosquito is «نموس», its French "piqûres de moustique". A fever after a
// stay in a malaria area stays the emergency (RF-TRAVEL-01).
func TestMosquitoBitesAfterTheVillage(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "dermatology", Facts{AgeYears: 35, Sex: "f"},
		"رجعت من البلد وعندي حبوب ديال النموس فرجليا كياكلوني، ما عنديش سخانة",
		"I came back from holiday with loads of mosquito bites on my legs, very itchy, no fever",
		"رجعت من البلاد وعندي قرص ناموس في رجلي يحكني، ما عندي سخانة",
	)
	if !present(t, e, "j'ai des piqures de moustique partout", "insect_bite") {
		t.Errorf("piqures de moustique: no insect bite read")
	}
	classifiedAs(t, e, true, Facts{AgeYears: 35},
		"رجعت من السودان وعندي قرص ناموس وسخانة ورجفة",
	)
}

// TestArabiziWordsReadAsHarm: Arabizi words of every day that their
// letters spelt as harm. "khra", "akhor" (another, something else) were a
// stabbing and an electric shock (h121-040: itchy bites to the emergency
// number); "lezim", "lazmak", "lezmo" (must, with its pronouns) were
// blood («لضم», «لدمك»), and a first pregnancy's questions a bleeding
// (h44-024's family); "lwazn" (the weight) the ear. Harm told in Arabizi
// is still read.
func TestArabiziWordsReadAsHarm(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"wach kayn chi 7aja khra? chi dwa akhor?",
		"bghit chi tbib akhor",
	} {
		if present(t, e, text, "crush_penetrating") || present(t, e, text, "electrical") {
			t.Errorf("%q: read as a stabbing or an electric shock", text)
		}
	}
	for _, text := range []string{
		"shu lezim a3mel?",
		"shu lazmak ta3mel",
		"lezmo yshouf doctor",
		"lazmha tertah",
	} {
		if present(t, e, text, "bleeding") {
			t.Errorf("%q: read as bleeding", text)
		}
	}
	if present(t, e, "zdt f lwazn bzaf", "ear") {
		t.Errorf("zdt f lwazn: read as the ear")
	}
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"khoya tdreb b mous f kerchou w dem kaykhrej bzaf",
	)
}

// TestTheMaghrebsTwistIsASprain: the Maghreb's «تلويت», «تلوات ليه»
// ("tlwat lia rjli") is a twist: unread, the ankle swollen after it was a
// leg's swelling for a clot review (h121-008, a sprain walked on,
// self-care; NHS: Sprains and strains; Ottawa ankle rules). A twisted
// ankle that bears no weight is still seen today (UR-INJ-01).
func TestTheMaghrebsTwistIsASprain(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 19, Sex: "m"},
		"تلويت ليا رجلي فالماتش البارح، الكعبة تنفخات شوية وزرقات. كنقدر نمشي عليها",
		"tlwat lia rjli f derouj, tnf5at chwiya walakin nqder nmchi",
		"salam, kount nel3eb foot w tlwat rejli, ntfekhet chwiya 3and la cheville. nemchi 3adi",
	)
	urgencyIs(t, e, Urgent, "orthopedics", Facts{AgeYears: 30, Sex: "m"},
		"تلويت في رجلي اليمين البارح، الكعبة منفوخة وزرقة وما نقدرش نحط عليها",
		"tlwat lia rjli f drouj w ma9ditch nmchi 3liha, ntfkhat bzaf",
	)
}

// TestAChildWhoAdvisedIsNoPatient: a son or a daughter who told the
// writer to send a photo, to ask or to write, or who types for them, is
// the messenger: «أنا عندي السكر ... بنتي قالت ليا نصيفط ليكم تصويرة»
// (h121-005, a diabetic's infected foot, urgent general practice; NICE
// NG19) went to pediatrics. A child's own complaint told as what the
// child said stays the child's.
func TestAChildWhoAdvisedIsNoPatient(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"أنا عندي السكر وتجرحت فرجلي، الجرح كيخرج منو شي ما صفر. بنتي قالت ليا نصيفط ليكم تصويرة",
		"I have diabetes and a sore on my foot that is leaking yellow stuff. My daughter told me to send you a photo",
		"عندي السكر وجرح في رجلي يطلع منه صديد، بنتي قالت لي ابعت لكم صورة",
		"عندي ضغط مرتفع ودوخة خفيفة، ولدي قالي نسول الطبيب",
	} {
		if d := e.Classify(text, Facts{}); d.Specialty == "pediatrics" {
			t.Errorf("%q: sent to pediatrics", text)
		}
	}
	if d := e.Classify("بنتي قالت ليا راسها كيضرها من سيمانة", Facts{}); d.Specialty != "pediatrics" {
		t.Errorf("a daughter's own headache: %s, want pediatrics", d.Specialty)
	}
}
