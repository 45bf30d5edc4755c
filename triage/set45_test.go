package triage

import (
	"slices"
	"testing"
)

// Set 45 (mental health, medicines and poisons) was written blind at the
// start of the eleventh session. Its first run missed two emergencies; the
// readings that missed them are fixed here in general, each beside the
// wording that must keep its own reading.

// TestLipsAndTongueSwellingOnAMedicine: lips «منفوخين» (both lips swollen,
// the plural the lexicon did not know), a tongue «عم يكبر» (getting bigger)
// and «صعبة البلع» (hard to swallow, the adjective first) are angioedema,
// here on an ACE inhibitor (h45-029; NHS angioedema: call 999 when the
// tongue or throat swells). The Maghreb's «ماشي منفوخين» (not swollen,
// h23-052) and a tongue's pain that grows stay what they were.
func TestLipsAndTongueSwellingOnAMedicine(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بلشت دوا للضغط من شهر واليوم الصبح فقت شفافي منفوخين كتير وهلق لساني كمان عم يكبر وصعبة البلع شوي",
		"شفايفي منفوخين من الصبح بعد الدوا الجديد",
		"لساني قاعد يكبر ومش قادر اتكلم منيح",
		"my tongue is getting bigger since I took the new tablet",
		"his lips are swollen and his tongue is swelling",
	} {
		if d := e.Classify(text, Facts{AgeYears: 58}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency (angioedema)", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"كليت الفريز وطلعو ليا حبوب حمرين كيحكوني فالدراع والكرش. شفايفي ماشي منفوخين وكنتنفس مزيان",
		"عندي قرحة في لساني والوجع عم يزيد",
		"ابني عم يكبر وصار يتكلم كتير",
	} {
		if d := e.Classify(text, Facts{AgeYears: 23}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; no swelling of the airway", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAWishToSleepForeverAndAffairsInOrder: "I just want to sleep forever"
// is a passive wish to be dead (UR-MH-02), never someone who cannot be woken
// (h45-004 was RF-CONSC-01's); with the bank sorted and letters written to
// the children it is a farewell, intent told calmly (h45-032; RF-MH-01; NHS
// Help for suicidal thoughts: putting affairs in order). Being tired enough
// to sleep forever is no wish, and a man who went to sleep and did not wake
// is still unresponsive.
func TestAWishToSleepForeverAndAffairsInOrder(t *testing.T) {
	e := mustLoad(t)
	passive := "everything feels pointless, I keep thinking I just want to sleep forever and not wake up. I wouldnt actually do anything"
	if d := e.Classify(passive, Facts{AgeYears: 31}); d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-MH-02") {
		t.Errorf("%q: %s %v %v; want UR-MH-02, urgent", passive, d.Urgency, d.RedFlags, d.AmberFlags)
	}
	for _, text := range []string{
		"Not urgent really, can you cancel my appointment. I just want to sleep forever tbh. Ive sorted the bank stuff and written to the kids",
		"I wrote my will and wrote to my kids, it's all sorted",
		"بدي نام للابد. رتبت اموري وكتبت لولادي",
		"my dad went to sleep and did not wake up, he is not responding",
	} {
		if d := e.Classify(text, Facts{AgeYears: 47}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"so tired after the night shift I could sleep forever",
		"I sorted the bank stuff today, can I book a blood test",
	} {
		if d := e.Classify(text, Facts{AgeYears: 35}); d.Urgency == Emergency || slices.Contains(d.AmberFlags, "UR-MH-02") {
			t.Errorf("%q: %s %v %v; no wish to die", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
}

// TestDyingOfTirednessIsHowTired: «حاسس اني هموت من التعب» after a month
// of night shifts (h45-021) is how tired, not the dread of sepsis
// (RF-SEPSIS-01); beside a fever in the sentence it stays the dread (NHS
// sepsis: "I feel like I might die").
func TestDyingOfTirednessIsHowTired(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ana shaghal shift bel leil men shahr w msh 3aref anam bel nahar, 7asis eni hamoot men el ta3ab",
		"والله رح اموت من التعب، صرلي شهرين ما الي نفس لاشي",
		"I feel like I'm dying of exhaustion after this week of double shifts",
	} {
		if d := e.Classify(text, Facts{AgeYears: 28}); slices.Contains(d.RedFlags, "RF-SEPSIS-01") {
			t.Errorf("%q: %s %v; no sepsis", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"عندي حرارة ٣٩ ورجفة وحاسس اني هموت من التعب",
		"حاسس اني هموت وعندي سخونية",
		"fever 39 and shaking, I feel like I'm dying of exhaustion",
	} {
		if d := e.Classify(text, Facts{AgeYears: 28}); !slices.Contains(d.RedFlags, "RF-SEPSIS-01") {
			t.Errorf("%q: %s %v; want RF-SEPSIS-01", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestTheMaghrebsDayIsNoCollapse: Arabizi "kol nhar" (every day) is the
// day, نهار, not انهار (collapsed) that an unwritten first alif also
// spells (h45-039, grief eight months on); a father who fell and does not
// answer is still an emergency.
func TestTheMaghrebsDayIsNoCollapse(t *testing.T) {
	e := mustLoad(t)
	text := "salam, baba mat 3andha 8 chhor w ana mazal kanbki kol nhar, mab9itch kankhdem mzyan"
	if d := e.Classify(text, Facts{AgeYears: 40}); d.Urgency == Emergency || slices.Contains(d.AmberFlags, "UR-NEURO-01") {
		t.Errorf("%q: %s %v %v; no collapse", text, d.Urgency, d.RedFlags, d.AmberFlags)
	}
	if d := e.Classify("baba tah w ma kayjawebch", Facts{AgeYears: 70}); d.Urgency != Emergency {
		t.Errorf("a father who fell and does not answer: %s %v; want an emergency", d.Urgency, d.RedFlags)
	}
}

// TestPassiveWishesToldAsBetter: dying in an accident "would be better"
// («بفكر اذا بعمل حادث بالسيارة وبموت احسن», h45-040) and a new mother
// saying the baby is better off without her, told by her husband (h45-035;
// NICE CG192), are passive wishes to die: urgent, and the plan question
// follows (UR-MH-02). "I'd rather die than go to school" and a mother
// saying the children are better off without their father are not.
func TestPassiveWishesToldAsBetter(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"kel yom bfakker eza ba3mel 7adis bl sayyara w bmout a7san. ma 3ndi khetta",
		"كل يوم بفكر اذا بعمل حادث بالسيارة وبموت احسن",
		"زوجتي ولدت قبل ٣ اسابيع وقالت لي امس ان البيبي احسن له بدونها",
		"my mum said we would all be better off without her",
		"والله احسن لهم بدوني",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); !slices.Contains(d.AmberFlags, "UR-MH-02") || d.Urgency == Emergency {
			t.Errorf("%q: %s %v %v; want UR-MH-02, urgent", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"انا اموت احسن من اني اروح المدرسة",
		"she said the kids are better off without him, he drinks",
	} {
		if d := e.Classify(text, Facts{AgeYears: 12}); slices.Contains(d.AmberFlags, "UR-MH-02") {
			t.Errorf("%q: %v; no wish to die", text, d.AmberFlags)
		}
	}
	if d := e.Classify("قالت ان الكل احسن بدونها وجمعت الحبوب", Facts{AgeYears: 30}); d.Urgency != Emergency {
		t.Errorf("better off without her, with the tablets gathered: %s %v; want an emergency", d.Urgency, d.RedFlags)
	}
}

// TestManiaToldByTheFamily: days without sleep beside racing speech,
// grandiosity or money spent wildly is a possible manic episode, seen by a
// mental health team urgently (h45-014; NICE CG185; UR-MH-01). Not
// sleeping alone is insomnia.
func TestManiaToldByTheFamily(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"اخويا بقاله ٥ ايام مش بينام خالص، بيتكلم بسرعة وبيقول انه هيبقى اغنى واحد في مصر وصرف فلوس الجمعية كلها",
		"my brother hasnt slept for days and is talking nonstop, spent all his savings",
	} {
		if d := e.Classify(text, Facts{AgeYears: 27}); !slices.Contains(d.AmberFlags, "UR-MH-01") {
			t.Errorf("%q: %s %v; want UR-MH-01", text, d.Urgency, d.AmberFlags)
		}
	}
	text := "انا بقالي ٤ شهور مش بنام الا ساعتين تلاتة، جربت ينسون مفيش فايدة"
	if d := e.Classify(text, Facts{AgeYears: 42}); d.Urgency == Urgent || d.Urgency == Emergency {
		t.Errorf("%q: %s %v %v; insomnia is not urgent", text, d.Urgency, d.RedFlags, d.AmberFlags)
	}
}

// TestAlcoholWithdrawal: shaking and sweating two days after stopping a
// bottle of whisky a day is alcohol withdrawal, assessed the same day
// (h45-037; NICE CG100; UR-MH-03); a man who has a beer at the weekend and
// shakes from the cold is not, and fits after stopping stay an emergency.
func TestAlcoholWithdrawal(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"sir i am driver, i drink every day maybe one bottle whisky for many years. 2 days i stop because i want change. now my hands shaking much and sweating",
		"بشرب كحول كل يوم من سنين ووقفت من يومين وايديي عم ترجف",
	} {
		if d := e.Classify(text, Facts{AgeYears: 45}); !slices.Contains(d.AmberFlags, "UR-MH-03") {
			t.Errorf("%q: %s %v; want UR-MH-03", text, d.Urgency, d.AmberFlags)
		}
	}
	if d := e.Classify("I have a beer at the weekend, my hands are shaking from the cold", Facts{AgeYears: 45}); slices.Contains(d.AmberFlags, "UR-MH-03") {
		t.Errorf("a weekend beer: %v; no withdrawal", d.AmberFlags)
	}
	if d := e.Classify("he drinks every day, stopped drinking 2 days ago and now he is having a fit", Facts{AgeYears: 45}); d.Urgency != Emergency {
		t.Errorf("a fit in withdrawal: %s %v; want an emergency", d.Urgency, d.RedFlags)
	}
}

// TestAHeartGoingCrazyIsARacingHeart: "my heart is going crazy" before exams
// is palpitations, not a mind lost (h45-012, UR-MH-01); "I'm going crazy,
// I hear voices" still is.
func TestAHeartGoingCrazyIsARacingHeart(t *testing.T) {
	e := mustLoad(t)
	if d := e.Classify("exams next week and my heart is going crazy every time I open my notes, cant sleep", Facts{AgeYears: 20}); slices.Contains(d.AmberFlags, "UR-MH-01") {
		t.Errorf("exam nerves: %v; no mental crisis", d.AmberFlags)
	}
	if d := e.Classify("I think I'm going crazy, I hear voices at night", Facts{AgeYears: 20}); !slices.Contains(d.AmberFlags, "UR-MH-01") {
		t.Errorf("voices: %s %v; want UR-MH-01", d.Urgency, d.AmberFlags)
	}
}
