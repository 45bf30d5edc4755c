package triage

import (
	"slices"
	"testing"
)

// Training set 106 (seventeenth session): plain emergencies told plainly
// in the first message, in Arabic only (Gulf, Egyptian, Levantine,
// Maghrebi and Arabizi), with their look-alikes. All 28 emergencies were
// caught at the first run; the tests below hold the families its misses
// showed.

// TestTheGulfsAteParticipleBeforePills: the Gulf's participle «ماكل» (has
// eaten) right before pills that were found or are someone else's is a
// child who swallowed a medicine, RF-POISON-02 (NHS: Poisoning - children;
// NPIS: treat as swallowed until proven otherwise). «لقيناه ماكل من حبوب
// جدته حق الضغط» (h106-003) was asked a question first. «ماكل» is also «ما
// كل» (did not eat): not eating, then a medicine given, is no poisoning.
func TestTheGulfsAteParticipleBeforePills(t *testing.T) {
	e := mustLoad(t)
	toddler := Facts{AgeYears: 3}
	redFlagIs(t, e, "RF-POISON-02", true, toddler,
		"ولدي عمره ٣ سنين لقيناه ماكل من حبوب جدته حق الضغط، ما ندري كم حبه اكل الشريط كان فيه ١٠ والحين باقي ٣ بس. هو الحين عادي يلعب بس خايفين",
		"ولدي ماكل حبوب جدته",
		"بنتي ماكله من حبوب امها",
		"لقيته ماكل ٣ حبات من الدرج",
		"ابني شرب دوا جدو",
		"weldi lgeenah maakil min 7boob yadda",
	)
	redFlagIs(t, e, "RF-POISON-02", false, toddler,
		"ولدي ماكل من امس ولقيته تعبان وعطيته دوا الحراره",
		"ولدي ماكل غداه وبعدين عطيته حبوب الحديد حقته",
		"ولدي ماكل شي من امس واعطيته دوا جده للكحه",
	)
}

// TestADizzyHeadOfHimOrHer: the head that spins is dizziness told of him
// or her as well as of oneself («دار راسه», «راسها يدور», "rasa 3am
// ydoor"). A teenager who «تعب ودار راسه» playing in the heat, cooled and
// well now, is heat exhaustion's self-care (h106-008, a routine visit when
// the dizziness was not read); confused after the sun he is heat stroke.
// A mother bleeding after the birth with her head spinning is RF-PREG-13.
func TestADizzyHeadOfHimOrHer(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"امي راسها يدور من الصبح",
		"ابوي عم يدور راسو كل ما يوقف",
		"تعب ودار راسه",
		"يدور راسها اذا قامت",
		"jeddi rasso 3am ydoor",
	} {
		if !present(t, e, text, "dizziness") {
			t.Errorf("%q: no dizziness", text)
		}
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 17, Sex: "m"},
		"ولدي عمره ١٧ كان يلعب كوره في الحر وتعب ودار راسه، دخلناه المكيف وشرب ماي وايد وتسبح بماي بارد والحين بخير ويسولف عادي وياكل. لازم نوديه المستشفى؟",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"كان يشتغل بالشمس ودار راسه وطاح، الحين يتكلم كلام مو مفهوم",
	)
}

// TestBleedingAfterABirthWithDizziness: bleeding after a birth with
// dizziness is a haemorrhage's sign, the emergency (RF-PREG-13; NHS:
// Postpartum haemorrhage). h52-031 ("3am tinzef aktar mn awal ... rasa 3am
// ydoor") and h47-049 were caught only after questions. A few spots, or
// dizziness with no bleeding, are not this rule.
func TestBleedingAfterABirthWithDizziness(t *testing.T) {
	e := mustLoad(t)
	mother := Facts{AgeYears: 28, Sex: "f"}
	redFlagIs(t, e, "RF-PREG-13", true, mother,
		"mart a5i wildet mn 3 iyyam w 3am tinzef aktar mn awal, w 3am t2ool rasa 3am ydoor shway, hayda 3adi ba3d el wlade?",
		"Hello doctor, my wife she give birth 5 days ago, today she is bleeding more, she change the pad every half hour and she feel dizzy. My mother say its normal after birth, is it true?",
		"my wife gave birth 5 days ago, today she is bleeding more and she feels dizzy",
		"ولدت من اسبوع والنزيف زاد وراسي يدور",
		"مراتي والده من ٤ ايام والدم بيزيد وبتقول انها دايخه",
		"ولدات هادي سيمانة والدم كيزيد وكتدوخ",
	)
	redFlagIs(t, e, "RF-PREG-13", false, mother,
		"ولدت من شهر وما في نزيف بس دايخه شوي",
		"gave birth 2 weeks ago, just some spotting, a bit dizzy",
		"ولدت من اسبوعين وعندي شوية دم",
	)
}

// TestPsychologicallyIsNoBreath: «نفسيا» (psychologically), read without
// its ا as «نفسي», is no breath: «تعبان نفسيا ومخنوق» (h106-016, a young
// man with passive thoughts of death) was a breathlessness, asked about
// the breath first. A breath told tight («نفسي ضيق», «نفسي مخنوق») still
// is one.
func TestPsychologicallyIsNoBreath(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"تعبان نفسيا ومخنوق", false},
		{"انا تعبانه نفسيا ومخنوقه", false},
		{"نفسيتي تعبانه ومخنوقه", false},
		{"حالتي النفسيه وحشه ومخنوق", false},
		{"نفسي ضيق وتعبان", true},
		{"نفسي مخنوق من الصبح", true},
		{"تعبان نفسيا ونفسي ضيق", true},
	} {
		if got := present(t, e, c.text, "breathless"); got != c.want {
			t.Errorf("%q: breathless=%v, want %v", c.text, got, c.want)
		}
	}
}

// TestBetterWithoutMeToldFirst: the world, or one's family, better off
// "without me" told before the verb («الدنيا من غيري هتبقى احسن», «اهلي
// بدوني هيعيشو احسن») are passive thoughts of death, as the verb told
// first is: what is left to ask is a plan (mh_plan), not the thoughts
// again, and with no plan it is UR-MH-02's same day (C-SSRS; NICE NG225);
// a plan is RF-MH-01.
// h106-016 was asked about the thoughts, "yes" sent to the emergency
// number.
func TestBetterWithoutMeToldFirst(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 23, Sex: "m"}
	texts := []string{
		"انا ٢٣ سنه ومن فتره حاسس اني تعبان نفسيا ومخنوق وساعات بفكر ان الدنيا من غيري هتبقى احسن، بس مش هعمل حاجه في نفسي ومعنديش نيه خالص. محتاج اكلم حد النهارده",
		"حاسه ان اهلي بدوني هيعيشو احسن",
		"الدنيا بدوني بتكون احسن",
		"بحس ان الكل من غيري هيبقى احسن",
		"ahli bdooni hay3esho a7san",
	}
	for _, text := range texts {
		if !present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: no passive thoughts of death", text)
		}
	}
	// h106-016 denies a plan and an intent in its words: neither is asked
	askedOrNot(t, e, "mh_suicidal", false, adult, texts...)
	askedOrNot(t, e, "mh_plan", true, adult, texts[1:]...)
	playedTo(t, e, Urgent, adult, []string{"suicidal_thoughts", "not_coping"}, texts...)
	playedTo(t, e, Emergency, adult, []string{"suicidal_thoughts", "suicide_plan"}, texts[1:]...)
}

// TestNoPainSinceThatDay: a chest pain weeks back, checked, that has not
// come back since («ومن يومها ما رجع الالم ابد», «الوجع ما رجعلي من يومها»,
// «من يومها ما عاودني») is over: the settled note's routine (h106-007,
// asked whether it spread and sent to the emergency number on "not
// sure"). A pain that has not gone («الوجع ما راح») is now, and one from
// yesterday gone since is NICE CG95's same day.
func TestNoPainSinceThatDay(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 45, Sex: "m"}
	for _, text := range []string{
		"قبل ٣ اسابيع جاني الم في صدري ورحت الطوارئ سوو لي تخطيط وتحاليل وقالو القلب سليم، ومن يومها ما رجع الالم ابد. ابغى موعد مع دكتور قلب بس عشان اتطمن",
		"قبل ٣ اسابيع جاني الم في صدري، والوجع ما رجعلي من يومها",
		"قبل شهر كان عندي وجع في صدري ورحت للطوارئ، ومن يومها ما عاودني",
		"من ٣ اسابيع جاني الم في صدري وقالو القلب سليم، والالم ما رجع",
		"2abl 3 asabee3 jani alam fi sadri w mn yomha ma 3awadni",
	} {
		if present(t, e, text, "chest_pain") {
			t.Errorf("%q: a chest pain now", text)
		}
		if d := e.Classify(text, adult); d.Urgency != Routine {
			t.Errorf("%q: %s %v, want routine", text, d.Urgency, d.RedFlags)
		}
		if asked := askedOf(e, text, adult); slices.Contains(asked, "chest_spread") {
			t.Errorf("%q: asked whether the pain spreads (%v)", text, asked)
		}
	}
	classifiedAs(t, e, true, adult,
		"صدري يوجعني من الصبح والوجع ما راح",
	)
	urgencyIs(t, e, Urgent, "", adult,
		"امبارح جاني وجع في صدري وما رجع الالم",
	)
}

// TestABumpOfSwellingIsNoRash: one «حبة» told as a swelling («حبة ورم»,
// «حبه منفوخه») after a knock is a bump, no spots: a 4-year-old's head
// bump (h106-023) was asked the glass test and sent to the emergency
// number on "not sure". Spots told by their colour stay a rash.
func TestABumpOfSwellingIsNoRash(t *testing.T) {
	e := mustLoad(t)
	child := Facts{AgeYears: 4}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"ابني عمره ٤ سنين وقع عن الكنباية وضرب راسه بالارض، عيط فورا وهلأ طلعت عنده حبة ورم صغيرة، بس بيلعب عادي وما استفرغ ولا نام. لازم نروح عالطوارئ؟", false},
		{"وقعت وطلعت عندها حبه منفوخه على جبينها", false},
		{"ضرب راسه في الطاوله وطلعتله حبه وارمه", false},
		{"طلعتله حبوب حمرا على جسمه وسخن", true},
	} {
		if got := present(t, e, c.text, "rash"); got != c.want {
			t.Errorf("%q: rash=%v, want %v", c.text, got, c.want)
		}
	}
	askedOrNot(t, e, "skin_nonblanch", false, child,
		"ابني عمره ٤ سنين وقع عن الكنباية وضرب راسه بالارض، عيط فورا وهلأ طلعت عنده حبة ورم صغيرة، بس بيلعب عادي وما استفرغ ولا نام. لازم نروح عالطوارئ؟",
	)
	urgencyIs(t, e, SelfCare, "pediatrics", child,
		"ابني عمره ٤ سنين وقع عن الكنباية وضرب راسه بالارض، عيط فورا وهلأ طلعت عنده حبة ورم صغيرة، بس بيلعب عادي وما استفرغ ولا نام. لازم نروح عالطوارئ؟",
	)
}
