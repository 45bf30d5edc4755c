package triage

import (
	"slices"
	"testing"
)

// TestNegationOwnsTheSymptomItReachesFirst: a negation that an ordered
// composite ("not" + "eating") would begin is the negation of a symptom
// named between them: «ما عندي حرارة وآكل وأشرب عادي» is no fever and
// eating as usual, not a fever with no eating (h20-022).
func TestNegationOwnsTheSymptomItReachesFirst(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ما عندي حرارة وآكل وأشرب عادي",
		"ما فيني حرارة وآكل عادي",
		"معنديش سخونية وباكل كويس",
		"ما عندي سخانة وكناكل عادي",
		"no fever, eating and drinking fine",
	} {
		a := e.lex.analyze(text)
		if a.present[e.lex.index["fever"]] || a.present[e.lex.index["not_eating"]] {
			t.Errorf("%q: fever %v, not eating %v; want neither", text, a.present[e.lex.index["fever"]], a.present[e.lex.index["not_eating"]])
		}
	}
	for _, text := range []string{"ما قادر آكل", "ما عم ياكل من امبارح", "he's not eating", "I can't get him to wake up"} {
		a := e.lex.analyze(text)
		if !a.present[e.lex.index["not_eating"]] && !a.present[e.lex.index["hard_to_wake"]] && !a.present[e.lex.index["unresponsive"]] {
			t.Errorf("%q: the negated verb is no longer read", text)
		}
	}
}

// TestWellTodayEndsLastNightsBreathing: a breathing episode told of last
// night, then "today I'm fine" — even with the cold told in a sentence
// between — is over (h20-002, h20-022): RF-BREATH-01 is for breathing
// trouble now. Breathing trouble still going on stays an emergency.
func TestWellTodayEndsLastNightsBreathing(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Had a coughing fit last night and couldn't catch my breath for a minute. It's a cold, blocked nose. Today I'm fine.",
		"last night he couldn't breathe properly with the cough. today he is fine, playing",
		"البارحة من الكحة ما قدرت آخذ نفسي دقيقة. اليوم الحمدلله زينة",
		"امبارح بالليل مكنتش قادرة آخد نفسي من الكحة. النهارده الحمدلله كويسة",
		"مبارح بالليل ما قدرت اتنفس من السعلة. اليوم منيحة",
		"البارح ما قدرتش نتنفس من الكحة. اليوم لاباس",
	} {
		if d := e.Classify(text, Facts{AgeYears: 28}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; a breathing episode that passed is not an emergency now", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"I can't breathe, it's a cold I think. Today is the worst",
		"ما قدرت آخذ نفسي من الصبح وأحس بضيق",
		"couldn't catch my breath last night. today I'm fine but now I can't breathe again",
	} {
		if d := e.Classify(text, Facts{AgeYears: 28}); d.Urgency != Emergency {
			t.Errorf("%q: %s; breathing trouble now is an emergency", text, d.Urgency)
		}
	}
}

// TestFrightThatTheyWereDyingIsNoCallForHelp: "I was so scared, I thought
// he is dying", told of a night now over, is the parent's fright, not the
// parent saying it is an emergency now (h20-017, croup); "I think he is
// dying" and «الحقوني ابويا بيموت» still are (RF-GEN-01).
func TestFrightThatTheyWereDyingIsNoCallForHelp(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"in the night he coughed like a dog barking, I was so scared I thought he is dying. Now he is sleeping",
		"she had a bad night, I thought she was dying. she is better now",
		"خفت انه بيموت من الكحة، هلق نايم",
		"كنت فاكرة انها بتموت من الكحة، دلوقتي نايمة",
		"امبارح حسيت انه بيموت، اليوم نايم مرتاح",
	} {
		if d := e.Classify(text, Facts{AgeYears: 6}); slices.Contains(d.RedFlags, "RF-GEN-01") {
			t.Errorf("%q: RF-GEN-01; a fright told in the past is no call for help now", text)
		}
	}
	for _, text := range []string{"I think he is dying please help", "الحقوني ابويا بيموت", "امي بتموت تعالوا بسرعة"} {
		if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency != Emergency {
			t.Errorf("%q: %s; the family's alarm now is an emergency", text, d.Urgency)
		}
	}
}

// TestNotThereNowEndsAnEpisode: "right now I don't have it", «هلق ما
// عندي شي», «دابا ما عندي والو» end an episode, so what is an emergency
// only while it lasts (palpitations, breathlessness) is over. A chest
// tightness that ended stays a recent one whatever its months of history
// (NICE CG95 1.1.2.1: pain in the last 12 hours is an emergency; months of
// episodes may be crescendo angina), so h20-016's stress-related tightness
// is left at the emergency number.
func TestNotThereNowEndsAnEpisode(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my heart races when I am stressed, it comes and goes. Right now I dont have it.",
		"بيجيني خفقان لما اتوتر، هلق ما عندي شي",
		"كيجيني الخفقان ملي كنتقلق، دابا ما عندي والو",
	} {
		if a := e.lex.analyze(text); a.present[e.lex.index["palpitations"]] {
			t.Errorf("%q: palpitations read as now", text)
		}
	}
	for _, text := range []string{
		"I get chest tightness when I am stressed, it comes and goes for months. Right now I dont have it.",
		"crushing chest pain on and off for a few months, getting worse, it went away an hour ago",
		"tight pressure in my chest right now, going to my arm",
	} {
		if d := e.Classify(text, Facts{AgeYears: 58}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v, want an emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestArabiziConsonantAndVowelNeedNoAlif: an Arabizi word that begins with
// a consonant and its vowel ("gawi", "9awi", "9oo2": قوي, strong) is not
// read with an alif the writer did not write (اقوى, the strongest): a
// strong, usual migraine is not the worst headache ever (h20-024). A word
// that begins with two consonants still takes it ("mmi" امي, "bni" ابني),
// and a superlative written with its a ("a9wa") is still one.
func TestArabiziConsonantAndVowelNeedNoAlif(t *testing.T) {
	e := mustLoad(t)
	for w, want := range map[string]string{"gawi": "قوي", "9awi": "قوي", "mmi": "امي", "bni": "ابني", "a9wa": "اقوي"} {
		if got := e.lex.arabizi.read(w); !slices.Contains(got, want) {
			t.Errorf("%q read %v, want %s among them", w, got, want)
		}
	}
	for _, w := range []string{"gawi", "9awi", "9oo2"} {
		if got := e.lex.arabizi.read(w); slices.Contains(got, "اقوي") {
			t.Errorf("%q read %v: an alif not written", w, got)
		}
	}
	for _, text := range []string{
		"3indi sudaa3 gawi nafs il migraine illi yiyeeni min zaman",
		"3andi sda3 9awi mn zman, nafs el migraine",
		"3ande wja3 ras 2awi metl kel marra",
	} {
		if d := e.Classify(text, Facts{AgeYears: 31}); slices.Contains(d.RedFlags, "RF-NEURO-02") {
			t.Errorf("%q: RF-NEURO-02; a strong usual headache is not the worst ever", text)
		}
	}
	if d := e.Classify("a9wa sudaa3 fi 7ayati, ja faj2a", Facts{AgeYears: 40}); d.Urgency != Emergency {
		t.Errorf("the strongest headache of my life, sudden: %s, want an emergency", d.Urgency)
	}
}

// TestWishNotToWakeInArabic: «يا ريتني ما فيق الصبح» (Levantine, the
// first person without its alif), «ياريتني ما اصحى», "ya reit ma as7a
// bokra" — the wish a few words before the waking — is the passive wish
// (UR-MH-02: urgent, the plan asked), not someone who cannot be woken
// (h20-032); a parent who does not wake is still RF-CONSC-01.
func TestWishNotToWakeInArabic(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"kel lele bfakker ya retni ma fi2 el sob7",
		"كل ليلة بفكر يا ريتني ما فيق الصبح",
		"ياريتني ما اصحى بكره، ما عندي خطة",
		"ya reit ma as7a bokra",
		"كنتمنى ما نفيقش غدا",
	} {
		d := e.Classify(text, Facts{AgeYears: 27})
		if d.Urgency != Urgent || slices.Contains(d.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %s %v, want urgent (a passive wish), no RF-CONSC-01", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"ابوي ما يفيق من الصبح", "بنتي وقعت ومش عم تفيق", "baba ma kayfi9sh"} {
		if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, d.Urgency)
		}
	}
}

// TestFloatersAndFlashesHoweverSaid: spots or threads said to fly, float
// or move, and a light said to flash or flicker, in any dialect and however
// far apart («شي ضو كيبرق فعيني وشي نقط كحلين كيطيرو قدامي», h20-040), are
// new floaters and flashes, UR-EYE-02 (NHS: same-day eye assessment). Red
// spots on the skin are not.
func TestFloatersAndFlashesHoweverSaid(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"من البارح كنشوف بحال شي ضو كيبرق فعيني اليسرى وشي نقط كحلين كيطيرو قدامي",
		"since yesterday there are black dots floating in my left eye and lights flickering",
		"من امبارح في نقط بتطير قدام عيني ونور بيلمع",
		"من الصبح في خيوط سودا عم يطيرو قدام عيني",
		"من اليوم اشوف ذبان طاير قدام عيني وبرق",
	} {
		if d := e.Classify(text, Facts{AgeYears: 58}); !slices.Contains(d.AmberFlags, "UR-EYE-02") {
			t.Errorf("%q: %s %v, want UR-EYE-02", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, text := range []string{"عندي نقط حمرا في ايدي كتحكني", "red spots on my arm, itchy", "the lights in the room keep flickering"} {
		if d := e.Classify(text, Facts{AgeYears: 30}); slices.Contains(d.AmberFlags, "UR-EYE-02") {
			t.Errorf("%q: UR-EYE-02, no eye complaint", text)
		}
	}
}

// TestDryMouthWithVomitingIsDehydration: a dry mouth or tongue, however
// said («تمو ناشف», «بقها ناشف», "his mouth is dry"), with vomiting or
// diarrhoea is a sign of dehydration, UR-GI-01 (NICE CG84 1.2.1.1: dry
// mucous membranes; h20-035). A dry mouth alone, or a dry throat with a
// cold, is not.
func TestDryMouthWithVomitingIsDehydration(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ابني عندو إسهال واستفراغ من مبارح، تعبان وتمو ناشف",
		"بنتي عندها اسهال وبقها ناشف",
		"ولدي يستفرغ من امس وريقه ناشف",
		"my son has had diarrhoea since yesterday and his mouth is dry",
		"weldi kayt9aya w fommo nachef",
	} {
		if d := e.Classify(text, Facts{AgeYears: 10}); !slices.Contains(d.AmberFlags, "UR-GI-01") {
			t.Errorf("%q: %s %v, want UR-GI-01", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, text := range []string{"I have a dry mouth at night", "diarrhoea since yesterday, drinking well, dry cough"} {
		if d := e.Classify(text, Facts{AgeYears: 30}); slices.Contains(d.AmberFlags, "UR-GI-01") {
			t.Errorf("%q: UR-GI-01, no sign of dehydration", text)
		}
	}
}

// TestFeltLikeDyingIsNoSeverity: «حسيت اني بموت», «كنت فاكرة اني هموت»
// — having felt one was dying, in a fright that passed — is not how bad a
// complaint is: a cold's coughing fit told so stays self-care (h20-022).
// «بموت من الوجع», dying of the pain, still is severe.
func TestFeltLikeDyingIsNoSeverity(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي زكام وخشمي مسدود من يومين، والبارحة من الكحة حسيت اني بموت. اليوم الحمدلله زينة",
		"عندي برد وكحة، امبارح كنت فاكرة اني هموت من الكحة، النهارده كويسة",
		"معي رشح، مبارح حسيت حالي عم موت من السعلة، اليوم منيحة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 28}); d.Urgency != SelfCare {
			t.Errorf("%q: %s %v, want self-care", text, d.Urgency, d.Complaints)
		}
	}
	for _, text := range []string{"بطني بتوجعني بموت من الوجع", "ضهري بيوجعني هموت من الوجع"} {
		if d := e.Classify(text, Facts{AgeYears: 40}); d.Urgency == SelfCare || d.Urgency == Routine {
			t.Errorf("%q: %s, want severe pain read", text, d.Urgency)
		}
	}
}

// TestBellyPainWithThePeriodIsPeriodPain: a belly pain told with the days
// of a period, a few words apart («كل شهر مع الدورة بيجيني وجع بطن قوي»,
// h20-033; "my tummy hurts badly during my period"), is period pain, a
// severe one routine (NHS: Period pain; NICE CKS Dysmenorrhoea), not a
// severe belly pain seen the same day. A late period with a belly pain is
// not period pain, and stays the emergency of a possible ectopic.
func TestBellyPainWithThePeriodIsPeriodPain(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"كل شهر مع الدورة بيجيني وجع بطن قوي أول يومين، باخد مسكن وبيخف",
		"my tummy hurts really badly during my period every month",
		"مع الدوره يجيني مغص في بطني وايد",
		"ملي كتجيني الدوره كيضرني كرشي بزاف",
		"وقت الدوره بطني بتوجعني جامد",
	} {
		d := e.Classify(text, Facts{AgeYears: 23, Sex: "f"})
		if d.Urgency != Routine || !slices.Contains(d.Complaints, "period_pain") {
			t.Errorf("%q: %s %v, want routine period pain", text, d.Urgency, d.Complaints)
		}
	}
	for _, text := range []string{"الدوره متاخره اسبوعين وعندي وجع بطن قوي ودايخه", "my period is 6 weeks late and I have bad belly pain and feel faint"} {
		if d := e.Classify(text, Facts{AgeYears: 27, Sex: "f"}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, d.Urgency)
		}
	}
}

// TestChildWellInTheWordsOfTheHouse: a feverish toddler "charging round the
// living room, ate his lunch and is drinking loads", «عم يركض» is told to
// be well (NICE NG143's green features), so UR-CHILD-04 does not send him
// to be seen today (h20-004); a toddler with a fever not told to be well
// still is, and a runny nose is no sign of being well.
func TestChildWellInTheWordsOfTheHouse(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my son is 4, temp 38.3 this morning, he's charging round the living room now and ate his lunch",
		"she's 3, temperature 38.5, tearing around the house and drinking loads",
		"ابني عمره ٣ سنين حرارته ٣٨ ونص بس عم يركض بالبيت",
	} {
		if d := e.Classify(text, Facts{AgeYears: 4}); slices.Contains(d.AmberFlags, "UR-CHILD-04") {
			t.Errorf("%q: UR-CHILD-04, the child is told to be well", text)
		}
	}
	for _, text := range []string{"my son is 4, temp 38.3 this morning, grizzly and clingy", "بنتي عمرها سنتين عندها حرارة ومناخيرها بتجري"} {
		if d := e.Classify(text, Facts{AgeYears: 3}); !slices.Contains(d.AmberFlags, "UR-CHILD-04") {
			t.Errorf("%q: %s %v, want UR-CHILD-04", text, d.Urgency, d.AmberFlags)
		}
	}
}
