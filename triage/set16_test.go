package triage

import (
	"slices"
	"testing"
)

// TestHowMuchSomeoneSmokesIsNoSeverity: "I smoke a lot", «نتكيف بزاف» say
// a habit, not how bad the breathlessness is, so breathlessness on the
// stairs for a month is asked about and stays routine (h16-050), while a
// breathlessness told as severe is still the emergency (RF-BREATH-02).
func TestHowMuchSomeoneSmokesIsNoSeverity(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي ضيق في النفس كي نطلع الدروج من شهر، نتكيف بزاف. كي نرتاح نولي مليح",
		"I get short of breath on the stairs for a month now, I smoke a lot. Fine when I rest",
		"عندي ضيق تنفس لما اطلع الدرج من شهر، ادخن كثير",
	} {
		w := e.Walk(text, Facts{AgeYears: 52, Sex: "m"}, "", answerAll("no"))
		if w.Decision.Urgency == Emergency || slices.Contains(w.Decision.RedFlags, "RF-BREATH-02") {
			t.Errorf("%q: %s %v, want no severe breathlessness read from a habit", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{"عندي ضيق نفس بزاف ونتكيف", "I smoke, and my breathing is very bad, really short of breath"} {
		if d := e.Classify(text, Facts{AgeYears: 52, Sex: "m"}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want severe breathlessness still the emergency", text, d.Urgency)
		}
	}
}

// TestNotWakingAfterAndIsRead: the Egyptian م…ش negation glued to "and"
// («ومبيردش», «وماصحاش», «ومصحيتش») is read as the negation it is, so a
// parent who slept and does not wake is the emergency (RF-CONSC-01); before,
// «ابويا نام وماصحاش من الصبح» ended routine.
func TestNotWakingAfterAndIsRead(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ابويا نام وماصحاش من الصبح",
		"جدي نام ومصحيش لحد دلوقتي",
		"ابويا وقع ومبيردش علينا",
		"امي نامت ومصحيتش من الضهر",
		"ماما نامت وما فاقتش",
		// a wish elsewhere in the message is no wish not to wake
		"اتمنى تساعدوني، ابويا نام وماصحاش من الصبح",
		"ياريت حد يرد علينا، امي نامت وما فاقتش",
	} {
		if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency != Emergency || !slices.Contains(d.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %s %v, want RF-CONSC-01", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestSleepingAndNotWakingAsAWish: the writer's own sleep without waking,
// wished for («ياريتني انام وماصحاش», «نتمنى نرقد وما نفيقش»), is a passive
// wish to be dead: urgent, the plan asked (C-SSRS), never someone who cannot
// be woken (h16-035 was sent to the emergency number).
func TestSleepingAndNotWakingAsAWish(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انا تعبت من كل حاجة، ساعات بقول ياريتني انام وماصحاش تاني",
		"اتمنى انام وما اصحى",
		"نتمنى نرقد وما نفيقش، عييت",
		"لو مصحيتش الصبح هرتاح",
	} {
		w := e.Walk(text, Facts{AgeYears: 30}, "", answerAll("no"))
		if w.Decision.Urgency != Urgent || !slices.Contains(w.Asked, "mh_plan") || slices.Contains(w.Decision.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: asked %v, %s %v; want the plan asked and urgent", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
}

// TestTwiceAMonthIsNoPregnancy: «مرتين بالشهر» (twice a month) is how often
// a migraine comes, not the month of a pregnancy, which is told by its
// number («بالشهر السابع», «انا في الشهر الرابع»). h16-030's usual migraine
// was asked about bleeding and waters and ended urgent.
func TestTwiceAMonthIsNoPregnancy(t *testing.T) {
	e := mustLoad(t)
	migraine := "عندي صداع نصفي من سنين، نفس الصداع المعتاد يجيني مرتين بالشهر مع غثيان خفيف وما تغير شي"
	w := e.Walk(migraine, Facts{AgeYears: 33, Sex: "f"}, "", answerAll("no"))
	for _, q := range w.Asked {
		if q == "preg_bleeding" || q == "preg_waters" {
			t.Errorf("a migraine twice a month was asked %v", w.Asked)
		}
	}
	for _, text := range []string{"انا بالشهر السابع وعندي صداع", "انا في الشهر الرابع وعندي نزيف خفيف"} {
		if !e.lex.analyze(text).present[e.lex.index["pregnancy_word"]] {
			t.Errorf("%q: the month of a pregnancy not read", text)
		}
	}
}

// TestAFindingDeniedIsNotAskedAgain: once a question's "no" has said a
// finding is not there, another question of the same findings is not asked
// (a toddler's stiff neck was asked twice, as child_neck and fever_neck; a
// rash that does not fade as fever_rash and skin_nonblanch).
func TestAFindingDeniedIsNotAskedAgain(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Our 2 year old has been throwing up and has diarrhea since yesterday, 101 fever, she's keeping some water down",
		"my boy is 2 yrs, he has had fever now 5 days, his eyes are red and he has a rash on his body",
		"امي ٦٨ سنه معتمره، صار لها يومين عندها كحه وحراره وتعبانه شوي",
		"ولدي عندو 3 سنين، السخانة عندو 5 ايام، طلعولو حبوب فالجلد",
	} {
		w := e.Walk(text, Facts{}, "", answerAll("no"))
		denied := map[string]string{}
		for _, id := range w.Asked {
			q, ok := e.questions[id]
			if !ok || q.Kind != KindYesNo || len(q.Findings) == 0 {
				continue
			}
			again := true
			for _, f := range q.Findings {
				if denied[f] == "" {
					again = false
				}
			}
			if again {
				t.Errorf("%q: %s asked after %v had denied its findings (asked %v)", text, id, denied, w.Asked)
			}
			for _, f := range q.Findings {
				if denied[f] == "" {
					denied[f] = id
				}
			}
		}
	}
}

// TestAnEndingHoursAgoIsRecent: «من شهور» (for months) made every episode
// that ended in its sentence weeks back, so a chest pain of months that
// went away an hour ago was asked nothing of the chest and ended routine,
// where the same words in English are asked and urgent. An ending dated
// minutes or hours back is recent (NICE CG95: chest pain in the last 12
// hours); one a month back is still over.
func TestAnEndingHoursAgoIsRecent(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"من شهور بيجيني وجع بصدري، راح من ساعة",
		"chest pain on and off for a few months, went away an hour ago",
	} {
		w := e.Walk(text, Facts{AgeYears: 58, Sex: "m"}, "", answerAll("no"))
		if !slices.Contains(w.Asked, "chest_spread") || w.Decision.Urgency != Urgent {
			t.Errorf("%q: asked %v, %s; want the chest asked about and urgent", text, w.Asked, w.Decision.Urgency)
		}
	}
	over := "من شهر اجاني وجع بصدري وراح"
	if w := e.Walk(over, Facts{AgeYears: 58, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency == Emergency || w.Decision.Urgency == Urgent {
		t.Errorf("%q: %s, want a chest pain a month back over", over, w.Decision.Urgency)
	}
}
