package triage

import (
	"slices"
	"testing"
)

// Training set 97 (sixteenth session): hidden emergencies behind a mild
// first message (a refill, a tiredness, a small question), and
// non-emergencies whose first messages look the same.

// TestADialysisSessionMissedToldAsTheWashing: «الغسيل», "the washing",
// missed or not gone to is the dialysis session (UR-KIDNEY-02, the unit the
// same day; with breathlessness or a racing heart RF-KIDNEY-01: UK Kidney
// Association hyperkalaemia guideline 2023, NICE NG107). h97-038 ("fawett
// el ghaseel embare7") and h97-039 ("ma ri7t el ghaseel el yom") were a
// routine question. «ما راحت» (she did not go) is no symptom gone: the
// breathlessness told after it stays. The laundry washed, or its powder,
// is no session.
func TestADialysisSessionMissedToldAsTheWashing(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-KIDNEY-02", true, Facts{AgeYears: 58},
		"ana fawett el ghaseel embare7 3ashan kont msafer, momken a7'od el session bokra badal el naharda?",
		"salam, ma ri7t el ghaseel el yom 3shan el dawam, agdar aroo7 bachir el sob7?",
		"ما رحت الغسيل اليوم بسبب الدوام، اقدر اروح بكره؟",
		"فوت الغسيل امبارح عشان كنت مسافر",
		"ابويا مروحش الغسيل النهارده",
		"بابا ما مشاش للغسيل البارح",
		"i didnt make it to dialysis yesterday, can i go tomorrow",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 58},
		"امي ما راحت الغسيل امس والحين نفسها ضيق",
		"امي ما راحت الغسيل امس ونفسها ضيق",
		"فوت الغسيل امبارح وقلبي بيدق بسرعة ونفسي مقطوع",
	)
	amberOf(t, e, "UR-KIDNEY-02", false, Facts{AgeYears: 40},
		"ما غسلت الغسيل اليوم تعبانه",
		"من ساعة ما غيرت مسحوق الغسيل عندي حكه",
		"رحت الغسيل اليوم والحمدلله تمام",
	)
}

// TestTheBirthToldInOtherWords: the weeks after a birth told in a second
// language's present ("I deliver my baby 5 days before", h97-012: a
// headache with changed sight after the birth ended self-care), by the
// caesarean, as "just had a baby", Egypt's «لسه مولدة», the Maghreb's
// «نفيسة»: a headache with changed sight then is postpartum pre-eclampsia
// until shown otherwise (NICE NG133 1.6; MBRRACE-UK 2021). A delivery of
// medicines, a baby of 20 years back and a woman called Nafisa are not.
func TestTheBirthToldInOtherWords(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Hello, I deliver my baby 5 days before. I can take paracetamol when breastfeeding?",
		"had a c section 5 days ago and got a headache",
		"just had a baby 4 days ago",
		"عملت قيصريه من اسبوع وعندي صداع",
		"لسه مولده من ٥ ايام وعندي صداع",
		"انا نفيسة وعندي الصداع",
		"توني والده وراسي يعورني",
		"weldt mn 5 iyam w 3andi sda3",
	} {
		if !present(t, e, text, "postpartum") {
			t.Errorf("%q: no postpartum read", text)
		}
	}
	for _, text := range []string{
		"can you deliver my medicine to my house, I have headache",
		"اسمي نفيسة وعندي صداع",
	} {
		if present(t, e, text, "postpartum") {
			t.Errorf("%q: postpartum read", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 31, Sex: "f"},
		"I deliver my baby 5 days before, headache since morning and my eyes are blurry",
		"لسه مولده من ٥ ايام وعندي صداع جامد وزغللة في عيني",
	)
}

// TestAKnockToTheHeadToldOtherwise: a knock to the head "whacked",
// "bashed", "smacked", the head as the subject ("his head hit the
// floor"), the Gulf's «طق راسه», is a head injury, whose signs are asked
// (NICE NG232 1.1). A child who cried at once did not lose consciousness:
// with none of the signs, a knock told so is home care (NHS: Head injury
// and concussion), as h97-007 ("whacked his head on the coffee table ...
// cried straight away", routine) and h68-033 (Gulf Arabizi "9ayya7 3la
// tool", read as pus and as "all along") now are. Not crying, or a sign
// told, is not.
func TestAKnockToTheHeadToldOtherwise(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my son whacked his head on the coffee table",
		"she bashed her head on the door frame",
		"his head hit the floor when he fell off the bed",
		"my son hit head in school",
		"ولدي طق راسه بالطاوله",
	} {
		if !present(t, e, text, "head_injury") {
			t.Errorf("%q: no head injury read", text)
		}
	}
	urgencyIs(t, e, SelfCare, "pediatrics", Facts{AgeYears: 6},
		"my son (6) whacked his head on the coffee table about an hour ago, big lump and he cried straight away. can he have calpol?",
		"she bashed her head on the door frame, cried immediately",
		"my son hit head in school, he cry directly",
		"ولدي طق راسه بالطاوله وصاح على طول",
		"ابني خبط راسه في الترابيزة وعيط على طول",
		"ابني دق راسو بالطاولة وبكي فورا",
		"ولدي ضرب راسو فالطابلة وبكا ديريكت",
		"wldi 3 sanawat 6a7 w dg rasa b6awlat el 9ala, 9ayya7 3la tool w al7een yil3ab 3adi",
	)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 6},
		"he hit his head on the table and did not cry, just went quiet",
		"ابني خبط راسه في الترابيزة",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 6},
		"my son whacked his head, cried straight away but now he has vomited twice",
	)
	// "all along" stays a long duration where no one cried
	if !present(t, e, "عندي صداع على طول", "chronic") {
		t.Error("«على طول» alone: no chronic read")
	}
}

// TestAnItchyRashAfterAFoodIsHives: an itchy rash come up after a food,
// with no swelling of the lips or throat and no trouble breathing (the
// skin questions ask both), is hives for a pharmacist's antihistamine
// (NHS: Hives; NICE CKS Urticaria): h97-014, h84-032 and h23-052 were
// booked as a rash. With a fever it is seen (NHS: an urgent GP
// appointment for a rash with a high temperature; mild_unless); after a
// new medicine it is the prescriber's; with a swollen lip it is
// anaphylaxis (RF-ALLERGY-01).
func TestAnItchyRashAfterAFoodIsHives(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "dermatology", Facts{AgeYears: 30},
		"Hi, yesterday I eat shrimp and now I have some red itchy spots on my arms. Which antihistamine is good?",
		"after eating prawns yesterday i have itchy red spots on my arms",
		"كليت الفريز وطلعو ليا حبوب حمرين كيحكوني فالدراع والكرش",
		"اكلت جمبري وطلع عندي حبوب حمرا بتاكلني",
		"كلت روبيان وطلعت لي حبوب تحكني",
		"akalt jambari w tel3etli 7obob 7amra bt2akolni",
		"kalet fraise w tele3li 7bob 7mor 3a idi bt7ekni",
	)
	urgencyIs(t, e, Routine, "dermatology", Facts{AgeYears: 35},
		"I have a fever since yesterday and an itchy rash came out after I ate fish",
	)
	// the prescriber's the same day since set 107 (UR-MED-04, NICE CG183)
	urgencyIs(t, e, Urgent, "general_practice", Facts{AgeYears: 35},
		"itchy rash after starting amoxicillin",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"I ate peanuts and now itchy rash and my lips are swelling",
	)
	d := e.Classify("اكلت سمك وعندي حكة وحبوب وحرارتي ٣٨.٥", Facts{AgeYears: 30})
	if d.Urgency == SelfCare {
		t.Errorf("a fever with an itchy rash after fish: %s %v", d.Urgency, d.AmberFlags)
	}
	if slices.Contains(d.RedFlags, "RF-ALLERGY-01") {
		t.Errorf("a fever with an itchy rash after fish: %v", d.RedFlags)
	}
}
