package triage

import (
	"slices"
	"testing"
)

// Set 30 was a training set of the ninth session: how urgent an everyday
// complaint is (self-care, routine or urgent), told in Levantine,
// Egyptian, Arabizi and English. What follows is what the first run
// over- or under-graded.

// TestEasedALotIsNoOverdose: "took a paracetamol and the headache eased a
// lot" («خدت بنادول والصداع خف كتير», t30-013) is neither an overdose
// (RF-POISON-01) nor a severe headache; many pills taken still are.
func TestEasedALotIsNoOverdose(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"خدت بنادول والصداع خف كتير",
		"عندي صداع، اخذت بروفين والصداع هدا كثير",
		"عندي صداع، شربت دوا والصداع خف بزاف",
		"عندي صداع، اخدت بنادول وريحني كتير",
	} {
		if d := e.Classify(text, Facts{AgeYears: 35}); d.Urgency != SelfCare {
			t.Errorf("%q: %s %v, want self_care", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"خدت بنادول كتير",
		"اخذت حبوب كثير من دوا الاعصاب",
		"اخويا بلع حبوب كتير وبعدين الوجع خف كتير",
	} {
		if d := e.Classify(text, Facts{AgeYears: 35}); !slices.Contains(d.RedFlags, "RF-POISON-01") {
			t.Errorf("%q: %s %v, want RF-POISON-01", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestBurningOnTheToiletInAMan: the Levant's "whenever I go into the
// toilet I feel burning" («كل ما فوت عالحمام بحس بحرقة», t30-009) is a
// urine infection, same day in a man (UR-URO-04); when the words do not
// tell the sex, the conversation asks it before the questions' limit.
func TestBurningOnTheToiletInAMan(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"صرلي تلات ايام كل ما فوت عالحمام بحس بحرقة",
		"كل ما اروح عالحمام بتحرقني من امبارح",
		"جوزي كل ما يدخل عالحمام يحس بحرقان",
	} {
		if d := e.Classify(text, Facts{AgeYears: 45, Sex: "m"}); !slices.Contains(d.AmberFlags, "UR-URO-04") {
			t.Errorf("%q, a man of 45: %s %v, want UR-URO-04", text, d.Urgency, d.AmberFlags)
		}
	}
	text := "مرحبا، صرلي تلات ايام كل ما فوت عالحمام بحس بحرقة وعم فوت كتير، ما عندي حرارة. عمري ٤٥"
	for _, c := range []struct {
		name, sex string
		want      Urgency
	}{
		{"a man", "m", Urgent},
		{"a woman", "f", Routine},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, unsure := range []string{"no", "not_sure"} {
				w := e.Walk(text, Facts{}, "", func(q Question) string {
					switch {
					case q.ID == sexQuestion:
						return c.sex
					case q.Kind == KindYesNo:
						return unsure
					}
					return q.Options[len(q.Options)-1].Value
				})
				if !slices.Contains(w.Asked, sexQuestion) || w.Decision.Urgency.Rank() < c.want.Rank() {
					t.Errorf("answering %s: %s, asked %v; want the sex asked and at least %s", unsure, w.Decision.Urgency, w.Asked, c.want)
				}
			}
		})
	}
}

// TestPeriodThatCameIsPeriodPain: a cramp told with the period that came
// today, as every month («الدورة جاتلي النهارده وعندي مغص جامد شوية زي كل
// شهر», t30-012), is period pain at home, not a severe belly pain (urgent)
// nor a women's health visit; a late period's pain stays what it was.
func TestPeriodThatCameIsPeriodPain(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الدورة جاتلي النهارده وعندي مغص جامد شوية زي كل شهر بالظبط، باخد بنادول وبيهدى",
		"الدورة جاتلي النهارده وعندي مغص",
		"نزلت الدورة اليوم وعندي مغص متل كل شهر",
	} {
		if d := e.Classify(text, Facts{AgeYears: 22, Sex: "f"}); d.Urgency != SelfCare {
			t.Errorf("%q: %s, want self_care", text, d.Urgency)
		}
	}
	if d := e.Classify("الدورة متأخرة اسبوعين وعندي مغص جامد", Facts{AgeYears: 25, Sex: "f"}); d.Urgency != Emergency {
		t.Errorf("a late period's severe cramp: %s, want the emergency it was", d.Urgency)
	}
	if d := e.Classify("عندي وجع بطن جامد من الصبح", Facts{AgeYears: 30, Sex: "m"}); d.Urgency != Urgent {
		t.Errorf("a severe belly pain: %s, want urgent", d.Urgency)
	}
}

// TestConstipationAfterATrip: three days without a stool since coming
// back from a trip (t30-021), in Arabizi or Arabic script, is self-care:
// "rje3et mn el safra" is no jaundice, "3am kol 3adi" (I'm eating
// normally) no chronic complaint and the journey no infection; yellow
// eyes and a fever after travel are still read.
func TestConstipationAfterATrip(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"marhaba, sarli 3 iyam ma fetet 3al 7ammam mn wa2t ma rje3et mn el safra, 3am kol 3adi w ma fi waja3 kbir bas nefkha shway. shu fini e5od?",
		"sarli 3 iyam ma fetet 3al 7ammam, 3am kol",
		"صرلي ٣ ايام ما فتت عالحمام من وقت ما رجعت من السفرة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 34, Sex: "f"}); d.Urgency != SelfCare {
			t.Errorf("%q: %s, want self_care", text, d.Urgency)
		}
	}
	if d := e.Classify("ibni 3younu safra w bawlo ghame2", Facts{AgeYears: 34}); d.Urgency.Rank() < Urgent.Rank() {
		t.Errorf("yellow eyes: %s, want at least urgent", d.Urgency)
	}
	if d := e.Classify("back from Nigeria last week, now fever and constipation", Facts{AgeYears: 34}); d.Urgency != Emergency {
		t.Errorf("fever after a malaria area: %s, want the emergency", d.Urgency)
	}
}

// TestHoursCountedAreNoRecurrence: «ساعات» alone is "at times", but nine
// hours at the computer («قعدت ٩ ساعات قدام الكمبيوتر», t30-013) is how
// long she sat, not a headache that keeps coming back.
func TestHoursCountedAreNoRecurrence(t *testing.T) {
	e := mustLoad(t)
	if d := e.Classify("دماغي مصدعة، قعدت ٩ ساعات قدام الكمبيوتر", Facts{AgeYears: 35}); d.Urgency != SelfCare {
		t.Errorf("nine hours at the computer: %s, want self_care", d.Urgency)
	}
	if d := e.Classify("بيجيني صداع ساعات", Facts{AgeYears: 35}); d.Urgency != Routine {
		t.Errorf("a headache at times: %s, want routine", d.Urgency)
	}
}

// TestKnownStoneInGulfArabizi: with nine hours no longer read as "at
// times", "min 2 sa3at" (for two hours) stopped hiding h7-015's colic from
// RF-URO-02; what makes it urgent is the stone had before, "3indi 7asa fil
// kilya gabl", now read as a known stone (RF-URO-03's, NICE CKS Renal
// colic), while a first sudden severe loin pain stays the emergency.
func TestKnownStoneInGulfArabizi(t *testing.T) {
	e := mustLoad(t)
	text := "salam, 3indi alam qawi fi jenbi al yemeen min 2 sa3at yeji o yrou7, 3indi 7asa fil kilya gabl. shno a5ath?"
	if d := e.Classify(text, Facts{AgeYears: 38, Sex: "m"}); d.Urgency == Emergency {
		t.Errorf("a known stone's colic again at 38: %s %v, want no emergency", d.Urgency, d.RedFlags)
	}
	if d := e.Classify("الم شديد في جنبي فجأة ويستفرغ", Facts{AgeYears: 38, Sex: "m"}); !slices.Contains(d.RedFlags, "RF-URO-02") {
		t.Errorf("a first sudden severe loin pain: %s %v, want RF-URO-02", d.Urgency, d.RedFlags)
	}
}
