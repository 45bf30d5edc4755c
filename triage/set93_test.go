package triage

import "testing"

// Training set 93 (Egyptian Arabic, fifteenth session): the families its
// first run showed, each in Egyptian and the other dialects and English.

// TestToiletAndWaterALotIsNoOverdose: "a lot" of toilet visits, of passing
// water or of drinking water is the thirst and polyuria of a high sugar
// (NICE NG17), not an amount of pills taken: «باخد الانسولين ... وبدخل
// الحمام كتير» (h93-020) was RF-POISON-01. Pills taken in number still are.
func TestToiletAndWaterALotIsNoOverdose(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"السكر عندي ٣٥٠ رغم اني باخد الانسولين، وعطشانه اوي وبدخل الحمام كتير",
		"باخد دوا السكر وبقيت بشرب مايه كتير",
		"اخذ حبوب السكر وصرت اروح الحمام وايد",
		"عم اخد دوا السكر وعم اشرب مي كتير",
		"كناخد دوا السكر والسكر طالع وكنمشي للتواليت بزاف",
	} {
		if present(t, e, text, "overdose") {
			t.Errorf("%q: overdose read", text)
		}
	}
	for _, text := range []string{"خدت حبوب كتير عشان انام", "اخذت حبوب كثير من دوا امي", "took too many pills"} {
		if !present(t, e, text, "overdose") {
			t.Errorf("%q: overdose not read", text)
		}
	}
	classifiedAs(t, e, false, Facts{AgeYears: 47},
		"السكر عندي بقاله يومين ٣٥٠ و٤٠٠ رغم اني باخد الانسولين، وعطشانه اوي وبدخل الحمام كتير")
}

// TestPushingOneselfIsNoMood: Egypt's «بضغط نفسي» (I push myself) is work,
// not «ضغط نفسي», a stress of the mind (h93-038: a familiar tension
// headache asked about suicide, in strict mode RF-MH-01).
func TestPushingOneselfIsNoMood(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"دماغي وجعاني من قلة النوم والشغل الكتير، زي كل مره لما بضغط نفسي",
		"راسي يوجعني لما اضغط على نفسي في الشغل",
		"صداع كل ما بضغط على نفسي في المذاكره",
		"my head aches when I push myself at work",
	} {
		if present(t, e, text, "mental_word") {
			t.Errorf("%q: mental_word read", text)
		}
	}
	for _, text := range []string{"عندي ضغط نفسي من الشغل ومش بنام", "تعبانه نفسيا"} {
		if !present(t, e, text, "mental_word") {
			t.Errorf("%q: mental_word not read", text)
		}
	}
}

// TestCompletelyBetterIsNoSeverePain: «خالص» after a better or a good word
// is "completely" (h93-033 «بقيت احسن خالص», h77-037 «دلوقتي كويسة
// خالص»); after a pain it still tells its strength.
func TestCompletelyBetterIsNoSeverePain(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"قعدت في التكييف وشربت مايه وبقيت احسن خالص",
		"دلوقتي كويسه خالص",
		"الوجع راح خالص الحمد لله",
		"بقى كويس خالص بعد ما نام",
	} {
		if present(t, e, text, "severe") {
			t.Errorf("%q: severe read", text)
		}
	}
	if !present(t, e, "بطني بتوجعني اوي", "severe") {
		t.Error("severe not read")
	}
}

// TestRelieverNoLongerEnough: an asthma reliever that no longer suffices is
// a reliever needed more often, UR-ASTHMA-02 (BTS/SIGN 158; h93-021 was
// routine); one that does not help at all is still RF-BREATH-05.
func TestRelieverNoLongerEnough(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-ASTHMA-02", true, Facts{AgeYears: 34},
		"الربو تاعبني من امبارح والبخاخه الزرقا مبقتش بتكفي زي الاول، بس بتكلم عادي",
		"عندي ربو والبخاخ مش مكفيني زي زمان",
		"عندي ربو والفنتولين ما عاد يكفي متل قبل",
		"عندي الربو والبخاخ ما صار يكفي",
		"my asthma is playing up and the blue inhaler is not lasting as long",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 34}, "البخاخ مش بيفيد خالص")
}

// TestBackFromAPlaceIsNoVomiting: «راجع من» is back from a trip or a
// pilgrimage (h93-001), «يمنعها ترجع» keeps something from coming back
// (h93-035); a child who brings everything up still vomits.
func TestBackFromAPlaceIsNoVomiting(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بابا راجع من العمره من ٣ ايام وعنده كحه",
		"لسه راجعه من السفر وعندي صداع",
		"توه راجع من الحج وتعبان",
		"مناخيري نزفت امبارح، ايه اللي يمنعها ترجع؟",
	} {
		if present(t, e, text, "vomiting") {
			t.Errorf("%q: vomiting read", text)
		}
	}
	for _, text := range []string{"ابني بيرجع كل حاجه من الصبح", "رجعت مرتين النهارده", "ترجيع واسهال"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: vomiting not read", text)
		}
	}
}

// TestEgyptsIGotDizzy: «دوخت» (I got dizzy) and «دوختني» (it made me dizzy)
// are dizziness; a heat exhaustion at Umrah that settled in the shade with
// water is self-care (NHS heat exhaustion; h93-033 was read as nothing).
func TestEgyptsIGotDizzy(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"دوخت شويه في الطواف من الحر", "الشمس دوختني النهارده"} {
		if !present(t, e, text, "dizziness") {
			t.Errorf("%q: dizziness not read", text)
		}
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 40},
		"انا اصلا من الصعيد وجيت عمره مع الحاجه، دوخت شويه في الطواف من الحر، قعدت في التكييف وشربت مايه وبقيت احسن خالص. اعمل ايه بكره؟")
}
