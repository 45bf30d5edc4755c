package triage

import (
	"slices"
	"testing"
)

// Set 87 was written blind at the start of a fifteenth-session task:
// working-age adults writing in Egyptian and Levantine Arabic script (work
// injuries, back and neck, headaches, the chest, the belly, the urine,
// skin, eyes, ears, pregnancy, men's health, the mind, refills) and
// look-alikes told in alarming words. Its first run caught all fourteen
// emergencies in both modes; what it missed were everyday words read as
// something else. Each test names the family and reads it in several
// dialects, with the same words where they do mean what they say.

// TestCarryingAndTheShopAreNoPregnancy: «بحمل» is "I carry" in the Levant
// and Egypt («وانا بحمل الكراتين», h87-006), and «المحل» the shop, two
// letters from «الحمل» (h87-016, asked about bleeding in pregnancy and in
// strict mode sent to the emergency number). A pregnancy is still read.
func TestCarryingAndTheShopAreNoPregnancy(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"اكيد شديت عضلة وانا بحمل الكراتين",
		"ضهري وجعني من ساعة ما كنت بحمل شوال الرز",
		"من وقت ما سكرت المحل ما عم نام",
		"بشتغل في المحل طول اليوم واقف",
		"رحت عالمحل وجبت دوا",
	} {
		if present(t, e, text, "pregnancy_word") {
			t.Errorf("%q: read as a pregnancy", text)
		}
	}
	for _, text := range []string{
		"انا حامل بالشهر التاني ونزل دم",
		"في الحمل عندي صداع",
		"مرتي حامل ب ٧ شهور",
		"i am pregnant and bleeding",
	} {
		if !present(t, e, text, "pregnancy_word") {
			t.Errorf("%q: pregnancy not read", text)
		}
	}
}

// TestAHeavyHeadIsNoThroatClosing: «دماغي تقيلة» (my head is heavy) with a
// blocked nose and a sore throat is a cold, not a throat swelling shut
// (RF-ALLERGY-01, h87-033); a throat that is heavy or closing still is.
func TestAHeavyHeadIsNoThroatClosing(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"دماغي تقيلة ومناخيري مسدودة وزوري بيوجعني",
		"راسي تقيل وانفي مسدود وحلقي بيوجعني",
		"my head is heavy, blocked nose and a sore throat",
	} {
		if present(t, e, text, "airway_swelling") {
			t.Errorf("%q: read as a throat swelling", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"زوري بيقفل بعد ما اكلت جمبري",
		"حلقي مسكر ولساني تنفخ",
		"my throat feels tight after the bee sting",
	)
}

// TestANeckStiffForWeeksIsNoMeningitis: a desk worker's neck stiff for
// months with a headache at the end of the day (h87-026) is not meningitis,
// which is acute (NICE NG240); a stiff neck with a fever or a headache now
// still is (RF-CHILD-02).
func TestANeckStiffForWeeksIsNoMeningitis(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 33},
		"رقبتي متيبسة ومشنجة من شهرين من قعدة الكمبيوتر بالشغل، وآخر النهار بيجيني وجع راس من ورا",
		"رقبتي متيبسة من ٣ اسابيع وبيجيني صداع",
		"my neck has been stiff for 2 months from the computer and i get headaches in the evening",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 33},
		"عندي صداع جامد ورقبتي متيبسة من امبارح",
		"headache and stiff neck with fever",
		"ابني عندو حرارة ورقبتو مشدودة",
	)
}

// TestAWorkshopIsNotOutInTheSun: an Egyptian «ورشة» is a workshop, indoors;
// a fever from an infected work wound is no heat stroke (RF-HEAT-01,
// h87-017). A building site, or the sun, is still the heat.
func TestAWorkshopIsNotOutInTheSun(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("اتعورت في ايدي من حديدة في الورشة من ٣ ايام، ودلوقتي الحتة اللي حوالين الجرح حمرا وسخنة، وجسمي مكسر وسخن شوية.", Facts{AgeYears: 42})
	if slices.Contains(d.RedFlags, "RF-HEAT-01") {
		t.Errorf("an infected wound from the workshop: %s %v, want no heat stroke", d.Urgency, d.RedFlags)
	}
	classifiedAs(t, e, true, Facts{AgeYears: 40},
		"شغال بالشمس بالورشة، هلق حرارتو عالية وعم يخربط بالحكي",
		"بشتغل بورشة بناء وجسمي سخن نار وما عاد عم اعرق وعم يخربط",
	)
}

// TestWokeUpDeafIsSudden: hearing gone on waking («صحيت النهارده مش سامع
// من ودني», h87-019) is a sudden hearing loss, seen the same day
// (UR-ENT-03, NICE CKS); the drops asked about are a medicine, not spots
// of a rash.
func TestWokeUpDeafIsSudden(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"صحيت النهارده مش سامع كويس من ودني اليمين خالص وفيها صفير. ممكن تكون شمع؟ اجيب نقط؟",
		"فقت الصبح ما عم اسمع من اذني الشمال",
		"صحيت لقيت ودني مش سامعه",
	} {
		amberOf(t, e, "UR-ENT-03", true, Facts{AgeYears: 45}, text)
	}
	amberOf(t, e, "UR-ENT-03", false, Facts{AgeYears: 70}, "سمعي ضعيف من سنين، مش بسمع كويس")
	for _, text := range []string{"اجيب نقط للودن؟", "حطيت نقط في عيني", "ممكن تكون شمع؟ اجيب نقط؟"} {
		if present(t, e, text, "rash") {
			t.Errorf("%q: drops read as a rash", text)
		}
	}
	if !present(t, e, "طلع في ايدي نقط حمرا", "rash") {
		t.Error("red spots on the arm: rash not read")
	}
}

// TestTheBellyCuttingAndTheWashingPowder: «بطني بتتقطع» is a cramping belly
// (h87-035, cramps after street food, self-care), and «مسحوق الغسيل» is the
// washing powder, not dialysis (h87-037, hives read as a kidney complaint).
func TestTheBellyCuttingAndTheWashingPowder(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"بطني بتتقطع من امبارح", "بطني عم تتقطع", "معدتي بتتقطع بعد الاكل"} {
		if !present(t, e, text, "pain") {
			t.Errorf("%q: pain not read", text)
		}
	}
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 26},
		"بطني بتتقطع من امبارح بعد ما اكلت كشري من بره، دخلت الحمام ٣ مرات. بشرب عادي ومفيش دم. اخد ايه؟",
	)
	for _, text := range []string{"من ساعة ما غيرت مسحوق الغسيل", "نشرت الغسيل وجاتني حكة"} {
		if present(t, e, text, "kidney_word") {
			t.Errorf("%q: read as the kidney", text)
		}
	}
	if !present(t, e, "بعمل غسيل كلى ٣ مرات في الاسبوع", "kidney_word") {
		t.Error("dialysis not read")
	}
}
