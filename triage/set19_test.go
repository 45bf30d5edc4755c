package triage

import (
	"slices"
	"testing"
)

// Set 19 was sealed: written blind at the start of the seventh session and
// run by figures only, on the session's first tree and its last. These are
// the general gaps behind its three missed emergencies, fixed after those
// recorded runs.

// TestAConditionsYearsAreNotTheSymptoms: "diabetic for 20 years", «عنده
// ضغط وسكر من عشر سنين», "BP since many years" tell how long the condition
// has been there. Read as how long the weakness had lasted, they kept the
// stroke rules off (a weakness for weeks is no stroke): a father's TIA in a
// tent at Mina ended routine (h19-013), and so did "my father is diabetic
// for 20 years, since this morning he cannot move his left arm".
func TestAConditionsYearsAreNotTheSymptoms(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my father is diabetic for 20 years, since this morning he cannot move his left arm",
		"my father has BP since 10 years, today he can't lift his right arm",
		"my mum has had diabetes for years and now her face is drooping on one side",
		"ابوي عنده ضغط وسكر من عشر سنين، اليوم فجأة ما يقدر يحرك يده اليسار",
		"ابويا عنده السكر من سنين، النهارده مش قادر يحرك دراعه",
		"In morning after fajr his mouth was going to one side and he cannot lift the right hand properly. After half hour all is become ok. He is having BP since many years.",
	} {
		if d := e.Classify(text, Facts{AgeYears: 69, Sex: "m"}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want the stroke's emergency", text, d.Urgency)
		}
	}
	// a weakness that has itself lasted is still no stroke
	for _, text := range []string{"weak legs for 3 months", "diabetic, weak legs for 3 months"} {
		if d := e.Classify(text, Facts{AgeYears: 69, Sex: "m"}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v, want a weakness of months not read as a stroke", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestEveryLittleWhileIsHowOften: «كل شويه» (every little while) is how
// often, not a mild or a long complaint: «وجع فظيع مره واحده في جنبي
// الشمال … وبرجع كل شويه» (a sudden terrible loin pain, throwing up again
// and again) is the emergency of RF-URO-02 (h19-034 ended routine).
func TestEveryLittleWhileIsHowOften(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انا شغال في الشمس طول اليوم، ومن الصبح جالي وجع فظيع مره واحده في جنبي الشمال نازل لتحت، وبرجع كل شويه",
		"جاني الم شديد في جنبي اليمين فجأة وارجع كل شوي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 35, Sex: "m"}); !slices.Contains(d.RedFlags, "RF-URO-02") {
			t.Errorf("%q: %s %v, want RF-URO-02", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestPillsReadyAndALetterToMum: the means made ready beside a letter to
// the family is a plan and a farewell (C-SSRS: preparatory behaviour), in
// Arabizi as in Arabic script and English (h19-055: 'mgahza el 7obob w
// katabt gawab l mama' ended routine at the dermatologist, the pills read
// as spots). A letter alone, or pills packed for a journey, is neither.
func TestPillsReadyAndALetterToMum(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ana msh 3ayza 7ad y2la2, bas ana mgahza el 7obob w katabt gawab l mama",
		"انا مش عايزة حد يقلق، بس انا مجهزة الحبوب وكتبت جواب لماما",
		"I've got the pills ready and wrote a letter to my mum",
	} {
		if d := e.Classify(text, Facts{AgeYears: 24, Sex: "f"}); !slices.Contains(d.RedFlags, "RF-MH-01") {
			t.Errorf("%q: %s %v, want RF-MH-01", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"wrote a letter to my mum for her birthday", "انا مجهزة الحبوب بتاعة الضغط للسفر"} {
		if d := e.Classify(text, Facts{AgeYears: 24, Sex: "f"}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v, want no emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestRedFlagsSurviveWhatElseIsTold: what a message says besides, in a
// sentence of its own — a long-term condition and its years, a greeting
// from Mina, an operation ten years back, an apology, a mild cold since
// last week — takes no red flag's emergency away. On the tree the seventh
// session started from this test failed 247 times (an example and a
// sentence before it): "mild", "chronic" and a duration counted for the
// whole message (a car hitting a
// son beside "a bit of a cold" was self care), and a knee that hurts on the
// stairs kept a father's weak arm from being a stroke. They now count only
// in the sentence they are told in (state.modifierApart, and a rule's
// none_here), and a condition's own years are no symptom's
// (applyConditionDurations).
func TestRedFlagsSurviveWhatElseIsTold(t *testing.T) {
	e := mustLoad(t)
	before := map[string][]string{
		"en": {"my father is 72, diabetic for 20 years and on BP tablets. ", "I have had asthma since childhood. ",
			"Mum has high blood pressure for years, takes amlodipine. ", "Assalamu alaikum doctor, we are in Mina for Hajj. ",
			"I had my appendix out 10 years ago. ", "He takes metformin and aspirin every day. ",
			"Sorry to bother you, it is probably nothing. ", "I have a small rash on my arm from the sun. ",
			"My knee hurts when I climb stairs. ", "I got a small cut on my finger yesterday. "},
		"gulf": {"ابوي عمره ٧٢ وعنده سكر وضغط من عشرين سنه. ", "السلام عليكم دكتور، احنا في منى. ", "سويت عملية الزايده من عشر سنين. ",
			"عندي حبوب بسيطه في يدي من الشمس. ", "ركبتي تعورني لما اطلع الدرج. "},
		"egyptian":  {"بابا عنده السكر من سنين وبياخد دوا الضغط. ", "عملت عملية الزايده من عشر سنين. ", "معلش اسف على الازعاج، يمكن مفيش حاجه. "},
		"levantine": {"بيي عندو سكري وضغط من زمان. ", "عملت عملية الزايدة من عشر سنين. ", "مرحبا دكتور، نحنا بمنى. "},
		"maghrebi":  {"بابا عندو السكر والطونسيو هادي سنين. ", "درت عملية الزايدة هادي عشر سنين. ", "السلام عليكم الطبيب، حنا فمنى. "},
	}
	cold := map[string]string{"en": "I also have a bit of a cold since last week. ", "gulf": "وعندي زكام خفيف من اسبوع. "}
	coldFlu, cough := e.lex.index["cold_flu"], e.lex.index["cough"]
	for _, r := range e.rules {
		if r.urgency != Emergency {
			continue
		}
		ex := r.spec.Examples
		coldExcluded := slices.Contains(r.none, coldFlu) || slices.Contains(r.none, cough)
		for lang, texts := range map[string][]string{"en": ex.En, "gulf": ex.Gulf, "egyptian": ex.Egyptian, "levantine": ex.Levantine, "maghrebi": ex.Maghrebi} {
			pre := before[lang]
			if c, ok := cold[lang]; ok && !coldExcluded {
				pre = append(slices.Clone(pre), c)
			}
			for _, text := range texts {
				if e.Classify(text, Facts{}).Urgency != Emergency {
					continue // an example that needs more than its words (TestRuleExamples)
				}
				for _, p := range pre {
					// before the red flag, and after it
					for _, msg := range []string{p + text, text + ". " + p} {
						if d := e.Classify(msg, Facts{}); d.Urgency != Emergency {
							t.Errorf("%s: %q: %s %v, want the emergency", r.id, msg, d.Urgency, d.RedFlags)
						}
					}
				}
			}
		}
	}
}

// TestAnEpisodeThatPassedIsSeenToday: not responding, or suddenly
// confused, and well again is no longer the emergency, but no routine
// either: a transient loss of consciousness or an episode of confusion is
// assessed the same day (UR-NEURO-04, NICE CG109). Found probing the red
// flags with "Probably nothing serious, he is ok now." after them.
func TestAnEpisodeThatPassedIsSeenToday(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my husband is not responding. Probably nothing serious, he is ok now.",
		"my grandmother was suddenly confused and talking nonsense this morning, she is fine now",
		"ابوي ما كان يرد علينا دقيقة والحين زين",
		"ماما كانت مش بترد علينا شوية ودلوقتي كويسة",
	} {
		w := e.Walk(text, Facts{AgeYears: 70}, "", answerAll("no"))
		if w.Decision.Urgency != Urgent && w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want at least urgent", text, w.Asked, w.Decision.Urgency)
		}
	}
	if w := e.Walk("she was a bit tired yesterday, fine now", Facts{AgeYears: 70}, "", answerAll("no")); w.Decision.Urgency == Urgent || w.Decision.Urgency == Emergency {
		t.Errorf("tiredness that passed: %s %v", w.Decision.Urgency, w.Decision.AmberFlags)
	}
}

// TestADurationToldNextStillQualifies: a sentence that names no complaint
// of its own tells more of the one before it, so a chest pain "for months"
// or weak legs "three months" told in the next sentence is still the
// long-standing complaint it was (routine), not a new emergency.
func TestADurationToldNextStillQualifies(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I have chest pain. It comes and goes for months.",
		"I have chest pain. For 2 months now.",
		"عندي الم في صدري. من شهرين.",
		"my legs are weak. It has been three months.",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v, want the long-standing complaint it is", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestHeGotBurnt: «انحرق» (he got burnt) was read only by forgiving a typo
// of «انحرقت», which is not tried once "and" is stripped: «ابوي عمره ٧٤
// وانحرق وجهه بالزيت» (and his face was burnt with oil) was routine. Found
// putting a relative's age before the red-flag examples.
func TestHeGotBurnt(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"ابوي عمره ٧٤ وانحرق وجهه بالزيت", "ابوي وانحرق وجهه بالزيت", "ولدي اتحرق بالشاي"} {
		if d := e.Classify(text, Facts{}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want a burn's emergency", text, d.Urgency)
		}
	}
}

// The rest of set 19's mismatches, fixed after its runs were recorded
// (eighth session, training figures).

// TestHopingNotToWakeInEnglish: "I go to bed hoping I just won't wake up"
// is the writer's passive wish (UR-MH-02), never someone who cannot be
// woken (h19-005 went to the emergency number, and as a child's, since the
// writer named her kids). Another's not waking stays the emergency.
func TestHopingNotToWakeInEnglish(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I'm 34 and lately I go to bed hoping I just won't wake up. I'd never do anything, I've got my kids",
		"some nights I pray I would just not wake up",
		"honestly I'd be fine if I might not wake up tomorrow",
	} {
		d := e.Classify(text, Facts{AgeYears: 34, Sex: "f"})
		if d.Urgency == Emergency || slices.Contains(d.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %s %v; a passive wish is urgent, not an unconscious person", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"she just won't wake up", "my son won't wake up, I shook him"} {
		if d := e.Classify(text, Facts{}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want emergency", text, d.Urgency)
		}
	}
}

// TestTightOnlyWhenCoughing: a chest tight or sore from a cold's cough is
// the chest wall, not a heart's pressure (h19-012); the question about a
// pressure still asks, and its "yes" is the emergency. Tightness told
// apart from the cough stays RF-CHEST-02.
func TestTightOnlyWhenCoughing(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I've had a cold for three days and my chest feels a bit tight and sore when I cough a lot",
		"chest tightness when I cough",
		"صدري يعورني ومكتوم من كثر الكحه",
	} {
		if d := e.Classify(text, Facts{AgeYears: 25, Sex: "m"}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; a chest sore from coughing is no heart attack", text, d.Urgency, d.RedFlags)
		}
		if w := e.Walk(text, Facts{AgeYears: 25, Sex: "m"}, "", answerAll("yes")); w.Decision.Urgency != Emergency {
			t.Errorf("%q answered yes: %s; a pressure answered is the emergency", text, w.Decision.Urgency)
		}
	}
	for _, text := range []string{
		"I have a cough. My chest feels tight and heavy",
		"my chest feels tight and heavy",
		"عندي كتمة في صدري",
	} {
		if d := e.Classify(text, Facts{AgeYears: 50, Sex: "m"}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want emergency", text, d.Urgency)
		}
	}
}

// TestYearsBeforeAndNothingNew: "had stroke 3 years before" is a date
// (South Asian English for "ago"), and a weakness "still … nothing is new"
// or lasting "since her stroke" has lasted (h19-020). A stroke today stays
// the emergency.
func TestYearsBeforeAndNothingNew(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my mother had stroke 3 years before, her left arm is still weak from that time, nothing is new",
		"her left arm is weak since her stroke in 2021, nothing is new, we need physiotherapy",
		"ابوي جاته جلطه من سنتين ويده اليسار ضعيفه من بعد الجلطه، ما في شي جديد",
	} {
		if d := e.Classify(text, Facts{AgeYears: 74, Sex: "f"}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; an old stroke's weakness is no stroke now", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my mother can't move her left arm since this morning",
		"he can't move his left arm, we gave him water, no change",
		"he can't move his left arm, we gave him water, nothing changed",
		"my father suddenly cannot move his arm, nothing new in his medicines",
		"since his stroke this morning he cannot move his left arm",
		"she had a stroke 2 hours before we called",
	} {
		if d := e.Classify(text, Facts{AgeYears: 74, Sex: "f"}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want emergency", text, d.Urgency)
		}
	}
}

// TestACheekSwollenByATooth: a pregnant woman's dental abscess is urgent
// (h19-036); a face swollen alone in pregnancy is the midwife's call the
// same day, and with a headache or changed sight it is pre-eclampsia.
func TestACheekSwollenByATooth(t *testing.T) {
	e := mustLoad(t)
	preg := Facts{AgeYears: 30, Sex: "f", Pregnant: true}
	for _, text := range []string{
		"انا حامل في الشهر السادس، ضرسي بيوجعني من اسبوع والنهارده خدي ورم وسخن",
		"I'm 24 weeks pregnant, my tooth is killing me and my face is swollen on that side",
		"pregnant, my face is swollen this morning",
	} {
		if d := e.Classify(text, preg); d.Urgency != Urgent {
			t.Errorf("%q: %s %v, want urgent", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"I'm 32 weeks pregnant, my face and hands are swollen since this morning and I have a bad headache",
		"حامل في الشهر الثامن ووجهي منفخ وعندي صداع شديد",
	} {
		if d := e.Classify(text, preg); d.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency of pre-eclampsia", text, d.Urgency)
		}
	}
}

// TestWornOutIsNotDrowsy: «فشلان» (Tunisian: worn out) and «ما فيه حيل»
// (no strength) are tiredness, not a sleepiness hard to wake from: a
// pilgrim's diarrhoea with dizziness on standing is urgent, not heat stroke
// (h19-048). The verb of dizziness is read in every person.
func TestWornOutIsNotDrowsy(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انا حاج من تونس في العزيزية، عندي اسهال من نهارين برشا مرات، نحس روحي فشلان ونتدوخ شوية كي نقوم",
		"عندي اسهال من يومين وما فيني حيل وادوخ لما اقوم",
		"my 3 year old has diarrhoea and is drinking less than usual",
		"ابني عنده ٥ سنين عنده اسهال من يومين وبيعمل بيبي اقل من العادي",
	} {
		d := e.Classify(text, Facts{AgeYears: 40, Sex: "m", Pilgrim: true})
		if d.Urgency != Urgent {
			t.Errorf("%q: %s %v, want urgent (dehydration to be seen today)", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"الحاج طاح في الشمس ومش بيرد", "ولدي عنده السخانة ونعسان بزاف وما بغاش يفيق"} {
		if d := e.Classify(text, Facts{AgeYears: 3, Pilgrim: true}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want emergency", text, d.Urgency)
		}
	}
}

// TestEverydayComplaintsReadAsSuch: pain running from the back to the
// groin is the loin's (h6-099, once its "kidney stone 2 years before"
// became a date); a scratchy throat, a sunburn after "went to beach", skin
// that went red «حمرت» in the sun, and a small bruise «زرقة» are read as
// the self-care complaints they are (h19-023, -024, -045, -054); a baby's
// swollen gums are teething, not an abscess (h19-022).
func TestEverydayComplaintsReadAsSuch(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		fx   Facts
		want Urgency
		spec string
	}{
		{"Since morning very bad pain coming and going from my back to groin on left side", Facts{AgeYears: 38, Sex: "m"}, Urgent, "urology"},
		{"Throat scratching me since yesterday", Facts{AgeYears: 30}, SelfCare, "ent"},
		{"زوري بيخربشني من امبارح", Facts{AgeYears: 30}, SelfCare, "ent"},
		{"I went to beach on Saturday, now my shoulders are little red and paining when touching. No blister", Facts{AgeYears: 30}, SelfCare, ""},
		{"وجهي ورقبتي حمرت من الشمس يوم عرفة وتحرقني شوي", Facts{AgeYears: 30}, SelfCare, ""},
		{"بنتي ٦ سنين ضربت ركبتها بالطاولة وطلعت زرقة صغيرة، عم تمشي وتركض عادي", Facts{AgeYears: 6, Sex: "f"}, SelfCare, ""},
	} {
		d := e.Classify(c.text, c.fx)
		if d.Urgency != c.want || c.spec != "" && d.Specialty != c.spec {
			t.Errorf("%q: %s %s, want %s %s", c.text, d.Urgency, d.Specialty, c.want, c.spec)
		}
	}
	baby := "My baby boy is 8 month, he is chewing everything and drooling too much, gums are swollen. He is feeding and playing good."
	if d := e.Classify(baby, Facts{AgeMonths: 8, Sex: "m"}); slices.Contains(d.AmberFlags, "UR-DENT-01") || d.Urgency.Rank() > Routine.Rank() {
		t.Errorf("teething: %s %v; a baby's swollen gums are teething", d.Urgency, d.AmberFlags)
	}
}

// TestWhatIsCaredForAtHome: heartburn and a new back strain are treated at
// home first (NHS: Heartburn and acid reflux; NHS: Back pain, NICE NG59),
// lasting weeks they are the GP's; morning sickness while eating and
// drinking is home care, fluids not kept down the same day (h9-043: «عم
// استفرغ كل شي بكلو او بشربو حتى المي … وبولي صاير غامق», where «المي» is
// the water, not "my pain").
func TestWhatIsCaredForAtHome(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		fx   Facts
		want Urgency
	}{
		{"احس بحموضة وحرقان فوق المعدة بعد الكبسة، بس ما فيه الم في صدري", Facts{AgeYears: 40, Sex: "m"}, SelfCare},
		{"Lifting boxes at work yesterday and now my lower back is stiff and achy, can walk fine", Facts{AgeYears: 27, Sex: "m"}, SelfCare},
		{"عندي وجيعة في ضهري اللوطاني من ستة جمعات، مازالت ما برات", Facts{AgeYears: 42, Sex: "m"}, Routine},
		// home care since set 103 (the pregnancy complaint's mild_signs): it
		// was routine by the pregnancy floor
		{"أنا حامل في الشهر التالت وعندي ترجيع الصبح كل يوم، بس باكل وبشرب عادي", Facts{AgeYears: 28, Sex: "f"}, SelfCare},
		{"انا حامل بالشهر التاني وعم استفرغ كل شي بكلو او بشربو حتى المي من مبارح، وبولي صاير غامق كتير", Facts{AgeYears: 27, Sex: "f"}, Urgent},
	} {
		if d := e.Classify(c.text, c.fx); d.Urgency != c.want {
			t.Errorf("%q: %s %v, want %s", c.text, d.Urgency, d.AmberFlags, c.want)
		}
	}
	if d := e.Classify("كنت عم نضّف الفرن بالبخاخ وطرطش شوي بعيني اليمين وعم تحرقني كتير", Facts{AgeYears: 39}); !slices.Contains(d.RedFlags, "RF-EYE-02") {
		t.Errorf("oven cleaner splashed in the eye: %s %v, want RF-EYE-02", d.Urgency, d.RedFlags)
	}
}

// TestAManOrAnOlderPersonsUrineInfection: a urine infection is urgent in a
// man or at 65 or older (UR-URO-04, NICE NG109), a young woman's cystitis
// stays the pharmacist's or a booked GP's; "Mum's 78" is her age, and
// burning "when she goes to the loo" is the urine's (h5-028, h16-007).
func TestAManOrAnOlderPersonsUrineInfection(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		fx   Facts
		want Urgency
	}{
		{"I had a stroke 5 years ago, nothing new there. For 2 days it burns when I pee and I'm going every half hour", Facts{AgeYears: 67, Sex: "m"}, Urgent},
		{"عندي حرقان في البول من يومين", Facts{AgeYears: 35, Sex: "m"}, Urgent},
		{"Mum's 78, she's got that burning when she goes to the loo again and going every 5 minutes", Facts{Sex: "f"}, Urgent},
		{"burning when I wee since yesterday and going every 5 mins, had it before", Facts{AgeYears: 27, Sex: "f"}, Routine},
	} {
		w := e.Walk(c.text, c.fx, "", func(q Question) string {
			if q.ID == "age_band" && c.fx.AgeYears == 0 {
				return q.Options[len(q.Options)-1].Value
			}
			return answerAll("no")(q)
		})
		if w.Decision.Urgency != c.want {
			t.Errorf("%q: %s, want %s", c.text, w.Decision.Urgency, c.want)
		}
	}
	if got := e.Prefill("Mum's 78 and she has a cough", Facts{}, "breathing")["age_band"]; got != "65plus" {
		t.Errorf("Mum's 78: age band %q, want 65plus", got)
	}
}

// TestBabyKickingLoadsIsNoQuestion: "baby kicking loads" or «الجنين
// بيتحرك كويس» settles the movements question absent (absent_with), so a
// pregnant woman's heartburn is not asked it (h13-031, h22-020); a baby
// moving less is still the emergency.
func TestBabyKickingLoadsIsNoQuestion(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"32 weeks pregnant and getting awful heartburn every night. Otherwise feeling fine, baby kicking loads.",
		"انا حامل في الشهر الثامن وعندي حموضة بالليل، والجنين بيتحرك كويس",
	} {
		w := e.Walk(text, Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no"))
		if slices.Contains(w.Asked, "preg_movements") || w.Decision.Urgency == Emergency {
			t.Errorf("%q: asked %v, %s; the baby's movements are told", text, w.Asked, w.Decision.Urgency)
		}
	}
	if d := e.Classify("32 weeks pregnant, the baby is moving fine but less than yesterday, kicking less", Facts{Sex: "f"}); d.Urgency != Emergency {
		t.Errorf("a baby kicking less: %s, want emergency", d.Urgency)
	}
}

// TestThisSessionsWordsKeepRedFlags: the words this session taught, put
// before or after a red flag, keep it: a scratchy throat told apart from a
// slurred speech (RF-STROKE-04's sore throat now counts only in its own
// sentence), and «يشرب قليل» (drinks little), whose «قليل» had made the
// crash before it mild. Found by the probe of TestRedFlagsSurviveWhatElseIsTold.
func TestThisSessionsWordsKeepRedFlags(t *testing.T) {
	e := mustLoad(t)
	for _, msg := range []string{
		"My throat is scratchy. his speech is slurred",
		"his speech is slurred. My throat is scratchy.",
		"زوري بيخربشني. بابا مش قادر يتكلم",
		"صار لي حادث سيارة. يشرب قليل.",
		"انحرقت يده كلها بالموية الحارة. يشرب قليل.",
		"جاته ضربة شمس. يشرب قليل.",
	} {
		if d := e.Classify(msg, Facts{}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v, want the emergency", msg, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("my throat is sore and my voice is hoarse, I can hardly speak", Facts{AgeYears: 30}); d.Urgency == Emergency {
		t.Errorf("a sore throat's hoarse voice: %s %v; no stroke", d.Urgency, d.RedFlags)
	}
}
