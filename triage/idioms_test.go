package triage

import (
	"slices"
	"testing"
)

// TestEverydayIdiomsAreNotEmergencies: words that name an emergency in an
// idiom ("a stroke of bad luck", "choking on my words", dying of
// boredom «بموت من الملل», a lump in the throat or «غصة» of worry, blood
// taken for a test, an eye «حمرا دم» as red as blood, a heart attack
// "nearly had" at a bill, an accident seen), each beside the
// wording that must still fire.
// An arm "dead" from sleeping on it is left a stroke: it is how a family
// explains one away ("he reckons he slept on it funny", h17-009).
func TestEverydayIdiomsAreNotEmergencies(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, never string }{
		{"what a stroke of bad luck, I sprained my ankle before my trip", "RF-STROKE-05"},
		{"I was choking on my words in the interview, anxiety", "RF-BREATH-03"},
		{"I get choked up when I talk about my mum, since she died", "RF-BREATH-03"},
		{"حاسة اني بموت من الملل في البيت", "RF-SEPSIS-01"},
		{"I have a lump in my throat feeling when I'm anxious, no trouble swallowing", "RF-ALLERGY-01"},
		{"حسيت بغصة في حلقي من الزعل", "RF-BREATH-03"},
		{"I nearly had a heart attack when I saw my phone bill", "RF-CHEST-03"},
		{"مكسرة من الشغل وتعبانة", "UR-INJ-01"},
		{"طاح قلبي لما شفت الحادث بس ما صار لي شي", "RF-TRAUMA-01"},
		{"I fainted once when I had my blood taken, now I need another blood test, advice?", "RF-CONSC-02"},
		{"اغمى علي مرة لما سحبوا مني دم وعندي تحليل بكرة", "RF-CONSC-02"},
		{"عيني حمرا دم بعد الكحة الجامدة بس مفيش وجع والنظر كويس", "RF-BLEED-01"},
		{"I'm dying of boredom in this bed, when can I go home after my appendix", "RF-SEPSIS-01"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 35}); slices.Contains(slices.Concat(d.RedFlags, d.AmberFlags), c.never) {
			t.Errorf("%q: %s %v; %s must not fire", c.text, d.Urgency, d.RedFlags, c.never)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"I think my father had a stroke, his face dropped", "RF-STROKE-05"},
		{"Dad's right arm feels heavy since lunch and he drops his cup, he reckons he slept on it funny", "RF-STROKE-02"},
		{"my son is choking on a grape", "RF-BREATH-03"},
		{"حاسة اني بموت وحرارتي عالية ورجفة", "RF-SEPSIS-01"},
		{"my throat is swelling after the peanut", "RF-ALLERGY-01"},
		{"I fainted and there is blood from my head", "RF-CONSC-02"},
		{"I think I'm having a heart attack, my chest is crushing", "RF-CHEST-03"},
		{"عملنا حادث بالسيارة وابني راسه ينزف", "RF-TRAUMA-01"},
		{"وقعت على ايدي وشكلها مكسورة ومنفخة", "UR-INJ-01"},
		{"ولدي جاته غصة وهو ياكل وما يقدر يتنفس", "RF-BREATH-03"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 70}); !slices.Contains(slices.Concat(d.RedFlags, d.AmberFlags), c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
}
