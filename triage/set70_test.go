package triage

import "testing"

// Set 70 was written blind at the start of a fourteenth-session task:
// chronic illness and medicines, in English (eight of them second-language)
// and Gulf, Egyptian, Levantine, Maghrebi and Arabizi Arabic - dialysis (a
// missed session, an infected fistula), diabetes (insulin, sick days, low
// and high sugars), heart failure, atrial fibrillation on blood thinners,
// COPD, asthma, sickle cell disease, epilepsy, chemotherapy, a transplant,
// and medicine problems (sertraline with tramadol, a digoxin double dose,
// a missed dose, side effects, a refill). Its first run caught all sixteen
// emergencies in both modes. Two non-emergencies went to the emergency
// number with `-missing=no`: a Moroccan insulin user whose sugar of 65
// after a walk was "ودابا ١١٠ ولاباس" after a juice (the corrected reading
// after "now" was not read, so the 65 and her shaking were a hypo now,
// RF-DIAB-01), and a type 1 diabetic on a sick day whose "sugars running
// 15-17, ketones 0.8" with two vomits, keeping water down, fired RF-DIAB-02
// (left alone: a measured ketone level is not read). An asthma with the
// reliever "every 3-4 hour" was routine (the range and the singular hour
// were not inhaler_overuse).

// TestAHypoCorrectedIsOver: a low sugar treated and told back in range
// after "now" is over (NHS: Low blood sugar - treat, recheck after 15
// minutes); a low sugar with its signs now, or a reading after "now" that
// is still low, stays an emergency (RF-DIAB-01).
func TestAHypoCorrectedIsOver(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 41},
		"السكر كان ٦٥ وكنرعد، شربت عصير ودابا ١١٠ ولاباس",
		"السكر كان ٦٥ وكنرعد، شربت عصير والحين صار ١١٠",
		"sugar was 3.5 and shaky, had juice and now 6.2, feel fine",
		"السكر نزل ٥٥ وعرقت، اكلت تمر ودلوقتي ١٢٠",
		"السكر كان ٦٠ وكنت عم ارجف، شربت عصير وهلق ١٠٥",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 41},
		"السكر ٤٥ وعرقان",
		"sugar 2.8 shaking, now sweating",
		"sugar 45 confused, now 50",
		"السكر ٤٠ وكيرعد ودابا عرقان بزاف",
		"fever 39 and sugar 300 vomiting, now 38",
	)
}

// TestRelieverEveryFewHoursInARange: the reliever needed every three to
// four hours, told as a range or with the singular "hour", is an asthma
// attack for a same-day review (UR-ASTHMA-02; BTS/SIGN 158), not an
// emergency without its severe signs.
func TestRelieverEveryFewHoursInARange(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my asthma is bad since 3 days, I use my blue inhaler every 3-4 hour",
		"asthma, using ventolin every 3 or 4 hours",
		"عندي ربو وعم استعمل البخاخ كل ٣-٤ ساعات",
	} {
		d := e.Classify(text, Facts{AgeYears: 35})
		if d.Urgency != Urgent {
			t.Errorf("%q: %s %v %v; want urgent", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	classifiedAs(t, e, false, Facts{AgeYears: 35},
		"my asthma is bad since 3 days, I use my blue inhaler every 3-4 hour and waking in the night with cough. I can talk normal",
		"عندي ربو وعم استعمل البخاخ كل ٣-٤ ساعات",
	)
}
