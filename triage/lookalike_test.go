package triage

import (
	"slices"
	"testing"
)

// TestLookAlikesReadAsMeant: words that look like a sign but mean
// something else in their place (held-out sets 5-9).
func TestLookAlikesReadAsMeant(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name, text string
		f          Facts
		want       Urgency
		flag       string // a red or amber flag that must fire ("" none)
		notFlag    string // a red flag that must not
		complaint  string // a complaint that must be read ("" none)
	}{
		{"hot tea is a scald, not a fever", "ابني ٤ سنين اتدلق على ايده كوبايه شاي سخنه من ساعه", Facts{}, Emergency, "RF-BURN-03", "", "burn"},
		{"a red hot wound is local heat", "درت عملية ديال المرارة هادي ١٠ ايام، والجرح ولا حمر وسخون وكيخرج منو شوية ديال القيح", Facts{AgeYears: 45}, Urgent, "UR-SKIN-01", "", ""},
		{"spots on the face are no overdose", "عندي حبوب بزاف فوجهي من عامين والكريمات ماخدموش", Facts{AgeYears: 19}, Routine, "", "RF-POISON-01", "skin_condition"},
		{"many pills taken are", "خويا خدا حبوب بزاف ديال الدوا", Facts{}, Emergency, "RF-POISON-01", "", ""},
		{"a forehead that does not move is a facial weakness", "حتى جبيني ما عم يتحرك من هالجهة", Facts{AgeYears: 36}, Emergency, "RF-STROKE-01", "RF-CONSC-01", ""},
		{"a mouth ulcer is self-care", "Got a mouth ulcer 4 days now, its sore when I eat spicy food", Facts{AgeYears: 30}, SelfCare, "", "", "mouth_ulcer"},
		{"a mouth ulcer of weeks is seen", "I have had an ulcer in my mouth for 5 weeks, it does not heal", Facts{AgeYears: 60}, Routine, "", "", "mouth_ulcer"},
		{"a stone years ago is a date", "my kidney stone is back, had one 3 years ago, pain in my side comes in waves, no temperature", Facts{AgeYears: 42}, Urgent, "", "RF-URO-02", ""},
		{"a known stone with a fever", "I had kidney stones before, now pain in my side again with fever and chills", Facts{AgeYears: 42}, Emergency, "RF-URO-03", "", ""},
		{"a first sudden loin pain", "sudden terrible pain in my side going to my groin", Facts{AgeYears: 42}, Emergency, "RF-URO-02", "", ""},
		{"the side of a throat is no loin", "Sore throat since 4 days, now very painful on the left side, my voice is like potato in mouth. Fever also.", Facts{AgeYears: 20}, Urgent, "UR-ENT-01", "RF-URO-02", "sore_throat"},
		{"a Levantine ear with a fever that comes and goes", "بنتي عمرها ٤ سنين صرلها ٣ ايام عم تبكي من دينتها وحرارتها بتوصل ٣٩، بعطيها خافض بتنزل وبترجع", Facts{}, Urgent, "UR-ENT-02", "", "ear_pain"},
		{"always cold for months is no fever", "من كم شهر عم يوقع شعري كتير، وبحس حالي تعبانة وبردانة دايماً وزاد وزني", Facts{AgeYears: 38}, Routine, "", "", "fatigue"},
		{"Tunisian breathing with difficulty", "بابا عندو 74 سنة وعندو القلب، ساقيه منفوخين ويتنفس بالسيف كي يرقد", Facts{}, Urgent, "UR-RESP-02", "", "breathless"},
		{"a small stray-dog bite is urgent (rabies)", "كلب في الشارع عضني في رجلي امبارح بالليل، الجرح صغير وغسلته بالميه والصابون", Facts{AgeYears: 28}, Urgent, "UR-BITE-01", "", ""},
		{"a child's burning when she goes to the toilet", "بنتي عمرها ٥ سنين تقول يحرقها لما تروح الحمام، وحرارتها ٣٨ ونص من امس", Facts{}, Urgent, "UR-URO-01", "", "urinary"},
		{"Gulf hot tea on a baby is a scald", "بنتي عمرها سنه وشوي انكب عليها شاي حار على يدها، صار فيه فقاعات", Facts{}, Emergency, "RF-BURN-03", "", "burn"},
		{"period pain is self-care", "Is it safe to take paracetamol and ibuprofen together for period pain? Its the normal pain I get every month", Facts{AgeYears: 22}, SelfCare, "", "", "period_pain"},
		{"the side of a tooth is no loin", "I have tooth pain lower left side since 4 days, now my cheek also swelling", Facts{AgeYears: 52}, Urgent, "UR-DENT-01", "RF-URO-02", "toothache"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := e.Classify(tc.text, tc.f)
			flags := append(slices.Clone(d.RedFlags), d.AmberFlags...)
			switch {
			case d.Urgency != tc.want:
				t.Errorf("%s %v %v, want %s", d.Urgency, flags, d.Complaints, tc.want)
			case tc.flag != "" && !slices.Contains(flags, tc.flag):
				t.Errorf("flags %v, want %s", flags, tc.flag)
			case tc.notFlag != "" && slices.Contains(flags, tc.notFlag):
				t.Errorf("flags %v fire %s", flags, tc.notFlag)
			case tc.complaint != "" && !slices.Contains(d.Complaints, tc.complaint):
				t.Errorf("complaints %v, want %s", d.Complaints, tc.complaint)
			case slices.Contains(d.Complaints, "fever") && tc.complaint == "burn":
				t.Errorf("hot tea read as a fever: %v", d.Complaints)
			}
		})
	}
	// not asked what cannot be: no testicle question for a painless weak
	// stream, no road accident for a car seat carried, no bite in "a bit"
	for _, tc := range []struct{ text, q string }{
		{"I wake up 3 to 4 times at night to urinate and the flow is not strong like before. No pain.", "uro_testicle"},
		{"my left calf is tight and a bit swollen, I thought its from carrying the car seat around", "inj_mechanism"},
	} {
		if w := e.Walk(tc.text, Facts{AgeYears: 58, Sex: "m"}, "", notSure); slices.Contains(w.Asked, tc.q) {
			t.Errorf("%q asked %s: %v", tc.text, tc.q, w.Asked)
		}
	}
}

// TestWishNotToWakeIsNoCollapse: a writer who would rather not wake up is
// telling a passive wish to be dead, urgent with its plan question, never
// someone who cannot be woken (h14-019: "better if I don't wake up. I have
// no plan" went to the emergency number by RF-CONSC-01). Someone else who
// will not wake is still an emergency.
func TestWishNotToWakeIsNoCollapse(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Sometimes I think it will be better if I don't wake up. I have no plan to do anything",
		"honestly I hope I never wake up tomorrow, no plan though",
		"I'd rather not wake up some days. I wish I just didn't wake up",
		"it would be easier if i didnt wake up in the morning",
		"احسن لو ما اصحى من النوم، ما عندي خطة",
		"ياريت مصحاش الصبح، بس مش هعمل حاجة",
		"ياريت ما نفيقش غدوة",
	} {
		d := e.Classify(text, Facts{AgeYears: 22})
		if d.Urgency != Urgent || slices.Contains(d.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %s %v, want urgent (a passive wish), no RF-CONSC-01", text, d.Urgency, d.RedFlags)
		}
		if !e.lex.analyze(text).present[e.lex.index["passive_suicidal"]] {
			t.Errorf("%q: no passive thoughts of death read", text)
		}
	}
	checkReading(t, []readingCase{
		{"my dad wont wake up, he is breathing", "emergency"},
		{"I can't wake my mum up, she's not responding", "emergency"},
		{"he did not wake up this morning and is barely breathing", "emergency"},
		{"ابوي ما يصحى من الصبح", "emergency"},
		{"I hope I never wake up, I have the pills ready", "emergency"},
	})
}

// TestSleepAsksAboutMood: sleep asked for in everyday words is the mood
// family's complaint, so the conversation asks about thoughts of ending
// one's life and a plan (h14-008: "something to help me sleep" hid a plan
// and was never asked).
func TestSleepAsksAboutMood(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"hey can I get something to help me sleep? haven't slept properly in weeks",
		"I can't fall asleep at night for a month, need sleeping pills",
		"ما اقدر انام من اسبوعين، ابي حبوب نوم",
		"بقالي شهر مش قادره انام، عايزه حاجه تساعدني انام",
		"ما كيجينيش النعاس هادي شهر، بغيت دوا ديال النعاس",
		"صرلي شهر ما عم اقدر نام، بدي شي للنوم",
	} {
		f := Facts{AgeYears: 19, Sex: "f"}
		w := e.Walk(text, f, "", answering(map[string]string{"mh_suicidal": "yes", "mh_plan": "yes"}))
		if !slices.Contains(w.Asked, "mh_suicidal") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want mh_suicidal asked and an emergency on a plan", text, w.Asked, w.Decision.Urgency)
		}
		if w := e.Walk(text, f, "", answerAll("no")); w.Decision.Urgency.Rank() > Routine.Rank() {
			t.Errorf("%q: %s with every answer no, want routine or less", text, w.Decision.Urgency)
		}
	}
}

// TestWithdrawnTeenAsksAboutMood: a teenager shut in the room, seeing and
// talking to no one, is asked about thoughts of ending one's life and a
// plan, in each dialect's wording (h17-013: «قافلة على نفسها» hid a plan
// and got only the general screen); every answer "no" stays routine.
func TestWithdrawnTeenAsksAboutMood(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my 15 year old has shut herself in her room for a week and isn't eating much",
		"my son is 16, he is very withdrawn lately, not talking to anyone",
		"بنتي عندها 17 سنة بقالها أسبوعين قافلة على نفسها في الأوضة ومش بتاكل كويس",
		"ولدي عمره 16 حابس نفسه في غرفته وما يكلم احد من اسبوع",
		"بنتي عمرها 15 صرلها فترة مسكرة على حالها وما بتحكي مع حدا",
		"ولدي عندو 16 عام مسدود على راسو فالبيت وما كيهضر مع حتى واحد",
		"benti 3andaha 16 sana 2afla 3ala nafsaha fel oda",
	} {
		f := Facts{AgeYears: 16, Sex: "f"}
		w := e.Walk(text, f, "", answering(map[string]string{"mh_suicidal": "yes", "mh_plan": "yes"}))
		if !slices.Contains(w.Asked, "mh_suicidal") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want mh_suicidal asked and an emergency on a plan", text, w.Asked, w.Decision.Urgency)
		}
		if w := e.Walk(text, f, "", answerAll("no")); w.Decision.Urgency.Rank() > Routine.Rank() {
			t.Errorf("%q: %s with every answer no, want routine or less", text, w.Decision.Urgency)
		}
	}
}

// TestAskingIfItIsWorryingIsNoAnxiety: "should I worry?" about a symptom
// is a question about the symptom, not the mood family's complaint (h14-015:
// spotting at 8 weeks asked about suicidal thoughts, and "not sure" went to
// the emergency number). Worry as the complaint is still read.
func TestAskingIfItIsWorryingIsNoAnxiety(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text   string
		mental bool
	}{
		{"I'm 8 weeks pregnant and noticed some light brown spotting this morning. No pain at all. Should I worry?", false},
		{"is this something to worry about? small lump on my arm for 2 weeks", false},
		{"I'm worried it could be something serious, I have a cough for 3 weeks", false},
		{"انا حامل في الشهر التاني ونزل شوية دم بني، خايفه يكون في مشكلة", false},
		{"عندي كحة من اسبوعين، هل اقلق؟", false},
		{"عندي كحة من شهر، كنخاف يكون شي حاجة خايبة", false},
		{"My dad had chest pain last month, checked in A&E and fine. He's anxious it's his heart. Can he see a cardiologist?", false},
		{"they booked him a stress test after his chest pain last month, when will it be?", false},
		{"my mum is scared it's cancer, she has a lump for 3 weeks", false},
		{"I'm afraid that it is something serious, a rash for 2 weeks", false},
		{"I feel anxious and scared all the time", true},
		{"I am worried all the time and can't stop overthinking", true},
		{"خايفه وقلقانه طول الوقت ومش قادره اركز", true},
		{"راني مقلق بزاف هاد الايام وما كنعسش", true},
	} {
		d := e.Classify(tc.text, Facts{AgeYears: 30, Sex: "f"})
		if got := slices.Contains(d.Complaints, "mental"); got != tc.mental {
			t.Errorf("%q: mental complaint %v, want %v (%v)", tc.text, got, tc.mental, d.Complaints)
		}
	}
}

// TestHearingLostTodayIsSudden: hearing lost since this morning or on
// waking is a sudden hearing loss, seen the same day (UR-ENT-03, NICE CKS),
// however "sudden" is said or left unsaid (h14-023 ended routine); hearing
// lost over weeks or years is not.
func TestHearingLostTodayIsSudden(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text   string
		sudden bool
	}{
		{"Good day, since this morning I cannot hear well from my right ear, it feels full, no pain. I am 50.", true},
		{"woke up today and I can't hear anything in my left ear", true},
		{"my hearing went all of a sudden in one ear", true},
		{"من الصبح ما بسمع بودني الشمال", true},
		{"صحيت من النوم وما اسمع في اذني اليمين", true},
		{"ملي فقت هاد الصباح ما بقيتش كنسمع بودني", true},
		{"ما عم اسمع منيح باذني من اليوم الصبح", true},
		{"I've had earwax for weeks and can't hear well", false},
		{"my grandad can't hear the TV, getting worse for years", false},
	} {
		d := e.Classify(tc.text, Facts{AgeYears: 50})
		if got := slices.Contains(d.AmberFlags, "UR-ENT-03"); got != tc.sudden {
			t.Errorf("%q: UR-ENT-03 %v, want %v (%s %v)", tc.text, got, tc.sudden, d.Urgency, d.AmberFlags)
		}
	}
}

// TestPresentTenseFallIsAnInjury: second-language writers tell a fall in
// the present tense ("I slip on the marble floor"); a swollen joint after
// it may be a fracture, seen today (UR-INJ-01; h14-016 ended routine).
func TestPresentTenseFallIsAnInjury(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Hello, I am 65 years, I slip on the marble floor at Haram this evening, my wrist is swollen and hurt when I move it. I can move my fingers.", true},
		{"my mother slip in bathroom yesterday, her ankle is swelling and she cannot walk on it", true},
		{"I slip on wet floor and now my knee very swollen", true},
		{"I slip on the stairs, small bruise on my leg, walking fine", false},
		{"the bandage keeps slipping off my cut", false},
	} {
		d := e.Classify(tc.text, Facts{AgeYears: 65, Sex: "f"})
		if got := slices.Contains(d.AmberFlags, "UR-INJ-01"); got != tc.want {
			t.Errorf("%q: UR-INJ-01 %v, want %v (%s %v)", tc.text, got, tc.want, d.Urgency, d.AmberFlags)
		}
	}
}

// TestWhatBringsPainOnIsNoWorsening: "worse on stairs", «تزيد لما اطلع
// الدرج» tell what brings a pain on, not that it is severe or getting
// worse (h14-030: months of knee pain went urgent); "getting worse" and
// "much worse today" still are.
func TestWhatBringsPainOnIsNoWorsening(t *testing.T) {
	e := mustLoad(t)
	severe := e.lex.index["severe"]
	for _, tc := range []struct {
		text   string
		severe bool
	}{
		{"My knees have been aching for months, worse on stairs and first thing in the morning. I'm 33 and overweight.", false},
		{"my lower back pain is worse when I sit for long, had it for 2 months", false},
		{"ركبتي توجعني من شهور وتزيد لما اطلع الدرج", false},
		{"ركبي كيضروني هادي شهور وكيزيد مع الدروج", false},
		{"ضهري بيوجعني من شهرين وبيزيد لما اقعد على الكرسي", false},
		{"my back pain is getting worse on the left side", true},
		{"the pain is much worse today and spreading", true},
		{"الوجع عم يزيد من امبارح", true},
	} {
		if got := e.lex.analyze(tc.text).present[severe]; got != tc.severe {
			t.Errorf("%q: severe %v, want %v", tc.text, got, tc.severe)
		}
	}
}

// TestFearIsNoSeverity: how afraid the writer is ("really scared", «كتير
// خايفة», «خايفة بزاف») is no severity of the symptom, so light spotting
// in early pregnancy without pain stays urgent (h7-023 went to the
// emergency number); severe cramps with it are still an emergency.
func TestFearIsNoSeverity(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text string
		want Urgency
	}{
		{"انا حامل بالاسبوع العاشر ونزل معي شوية دم بني خفيف اليوم، ما في وجع. هاد طبيعي؟ كتير خايفة", Urgent},
		{"I'm 9 weeks pregnant with some brown spotting, no pain, I'm really scared", Urgent},
		{"انا حامل في الشهر التاني ونزل مني نقط دم بني، خايفه اوي", Urgent},
		{"انا حاملة فالشهر التاني وبان ليا شوية الدم، خايفة بزاف", Urgent},
		{"حامل بالشهر الثاني ونزل علي نقط دم، وايد خايفه", Urgent},
		{"pregnant 10 weeks, spotting with really bad cramps", Emergency},
		{"انا حامل وعم ينزل نقط دم ومعي مغص كتير", Emergency},
	} {
		if d := e.Classify(tc.text, Facts{AgeYears: 28, Sex: "f"}); d.Urgency != tc.want {
			t.Errorf("%q: %s %v, want %s", tc.text, d.Urgency, d.RedFlags, tc.want)
		}
	}
}

// TestTeethingGumsAreHomeCare: a baby's sore gums while teeth come through
// are home care (NHS: Baby teething symptoms), not a toothache for the
// dentist (h14-039); a child's toothache with a swollen cheek is still
// urgent.
func TestTeethingGumsAreHomeCare(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text string
		f    Facts
		want Urgency
	}{
		{"My 9 month old is dribbling loads and chewing everything, gums look sore, temp 37.6. Teething?", Facts{AgeMonths: 9}, SelfCare},
		{"ابني عمره ٨ شهور بيسنن ولثته وارمه وبيعيط", Facts{AgeMonths: 8}, SelfCare},
		{"بنتي عمرها ٧ شهور عم تسنن ولثتها حمرا", Facts{AgeMonths: 7}, SelfCare},
		{"ولدي عندو 8 شهور كيطلعو ليه السنان واللثة ديالو حمرة", Facts{AgeMonths: 8}, SelfCare},
		{"my 3 year old has a toothache and a swollen cheek", Facts{AgeYears: 3}, Urgent},
	} {
		if d := e.Classify(tc.text, tc.f); d.Urgency != tc.want {
			t.Errorf("%q: %s %v, want %s", tc.text, d.Urgency, d.Complaints, tc.want)
		}
	}
}

// TestSunburnByAPlaceInTheSun: skin red and sore or stinging after a day
// by the pool or on the beach is sunburn, self-care, the back's and the
// shoulders' soreness included (h9-003, h14-036 were routine); a wound
// at the beach is still a wound.
func TestSunburnByAPlaceInTheSun(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text string
		want Urgency
	}{
		{"Stupidly fell asleep by the pool in Abu Dhabi, shoulders and back are red and sore. Feel fine otherwise.", SelfCare},
		{"Fell asleep by the pool yday like an idiot, my shoulders and back are bright red and stinging", SelfCare},
		{"spent all day at the beach with no sunscreen, my face is red and sore", SelfCare},
		{"نمت على البحر وكتافي حمر وبيوجعوني", SelfCare},
		{"نعست فالبحر وظهري حمر وكيحرقني", SelfCare},
		{"قعدت جنب المسبح طول اليوم وكتافي حمرا وتعورني", SelfCare},
		{"at the beach I cut my foot on a shell, it is red and painful with pus", Urgent},
	} {
		if d := e.Classify(tc.text, Facts{AgeYears: 28, Sex: "f"}); d.Urgency != tc.want {
			t.Errorf("%q: %s %v, want %s", tc.text, d.Urgency, d.Complaints, tc.want)
		}
	}
}

// TestNewFloatersAreSeenToday: new floaters, with flashes or all at once,
// are a possible retinal tear, seen the same day (UR-EYE-02; h6-002 ended
// routine); floaters of years and a migraine's flashing lights are not.
func TestNewFloatersAreSeenToday(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"getting flashing lights and loads of new floaters in my right eye since this morning. no pain", true},
		{"suddenly lots of black floaters in my left eye", true},
		{"من الصبح اشوف ذباب طاير في عيني اليمين وومضات", true},
		{"فجأة بقيت بشوف نقط سودا بتتحرك قدام عيني", true},
		{"من اليوم الصبح في ذبان قدام عيني وومضات", true},
		{"من الصباح كنشوف نقط كحلين كيتحركو وكنشوف الضو فعيني", true},
		{"I have had floaters for years, nothing new", false},
		{"my usual migraine, zigzag flashing lights then a headache, same as always", false},
	} {
		d := e.Classify(tc.text, Facts{AgeYears: 55})
		if got := slices.Contains(d.AmberFlags, "UR-EYE-02"); got != tc.want {
			t.Errorf("%q: UR-EYE-02 %v, want %v (%s %v)", tc.text, got, tc.want, d.Urgency, d.AmberFlags)
		}
	}
}

// TestRashWithItsEverydayCause: a rash whose everyday cause is named —
// bites, heat rash, friction blisters — is home and pharmacist care (NHS:
// Insect bites and stings, Heat rash, Blisters); sets 9 and 12 had such
// rashes routine. A rash the writer cannot explain is still seen.
func TestRashWithItsEverydayCause(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text string
		want Urgency
	}{
		{"got a load of mosquito bites on my legs at the park, itchy rash", SelfCare},
		{"heat rash on my back from the sweat at tawaf, small red spots", SelfCare},
		{"طلعت لي حبوب حمرا صغيرة على ظهري من الحر والعرق", SelfCare},
		{"طلعولي حبوب حمر صغار من الحر فرقبتي", SelfCare},
		{"راني نحك بزاف وخرجولي حبوب حمر كيما قرص الناموس فالكرش وفالظهر، بعدما كليت الحوت فالعشية. ماكانش نفخ فالوجه ولا والو", SelfCare},
		{"مشيت بزاف فالحرم هاد اليومين وطلعو ليا نفاخات فرجلي، ماشي حمرين وما فيهومش القيح", SelfCare},
		{"a rash all over my body since yesterday, no idea why", Routine},
		{"طلع عندي طفح في جسمي كله من امس وما اعرف ليش", Routine},
	} {
		if d := e.Classify(tc.text, Facts{AgeYears: 30}); d.Urgency != tc.want {
			t.Errorf("%q: %s %v, want %s", tc.text, d.Urgency, d.Complaints, tc.want)
		}
	}
}

// TestALoadOfTabletsIsAnOverdose: "a load of", "loads of", "half a box"
// of a medicine taken is an overdose, an emergency however fine the person
// seems (paracetamol harms hours later: NHS: Paracetamol overdose); a probe
// written after set 14 ("took a load of his paracetamol after we argued,
// he seems fine now") was routine.
func TestALoadOfTabletsIsAnOverdose(t *testing.T) {
	checkReading(t, []readingCase{
		{"My husband took a load of his paracetamol after we argued last night, he seems fine now", "emergency"},
		{"my son took loads of my sleeping tablets an hour ago", "emergency"},
		{"I took half a box of ibuprofen this morning", "emergency"},
		{"she swallowed a load of her mum's pills", "emergency"},
		{"اخدت حبوب كتير من البنادول الصبح", "emergency"},
		{"I took loads of vitamins today", "not"},
		{"I take my blood pressure tablets every day", "not"},
	})
}

// TestPregnancyToldWithoutTheWord: a writer who is "31 weeks", or whose
// waters have broken, is pregnant though the word is not said, so the
// pregnancy red flags apply (a probe written after set 14, "I'm 31 weeks
// and there's a gush of water", was routine). A baby 31 weeks old is not.
func TestPregnancyToldWithoutTheWord(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text, flag string
	}{
		{"I'm 31 weeks and there's a gush of water, no pain", "RF-PREG-08"},
		{"I am 34 weeks, baby not moving much today", "RF-PREG-06"},
		// 37 weeks is term: clear waters there are UR-PREG-01's (set 103)
		{"my waters broke an hour ago, 35 weeks", "RF-PREG-08"},
		{"im 30 weeks and have a bad headache and blurry vision", "RF-PREG-03"},
	} {
		d := e.Classify(tc.text, Facts{Sex: "f"})
		if !slices.Contains(d.RedFlags, tc.flag) {
			t.Errorf("%q: %s %v, want %s", tc.text, d.Urgency, d.RedFlags, tc.flag)
		}
	}
	if d := e.Classify("my baby is 31 weeks old and has a cough", Facts{}); slices.Contains(d.Complaints, "pregnancy") {
		t.Errorf("a baby 31 weeks old read as a pregnancy: %v", d.Complaints)
	}
}

// TestSoftenedBlueLips: "her lips look a bit blue" is blue lips
// (RF-BREATH-04) however softened; a blue bruise or a blue top beside a
// face is not (a probe written after set 14, a feverish 3-year-old with
// lips "a bit blue", ended self-care).
func TestSoftenedBlueLips(t *testing.T) {
	checkReading(t, []readingCase{
		{"my little girl (3) has a fever and her lips look a bit blue", "emergency"},
		{"her lips are a bit blue and she has a cough", "emergency"},
		{"he has gone a bit blue around the mouth", "emergency"},
		{"his lips look slightly blue-ish", "emergency"},
		{"شفايفها شكلها زرقا شوية", "emergency"},
		{"he has a blue bruise on his face from football", "not"},
		{"she wore a blue top and her face is red from the sun", "not"},
	})
}

// TestYellowEyesAreJaundice: eyes or skin told as looking or going yellow
// are jaundice, seen today (NHS: Jaundice); yellow phlegm is not.
func TestYellowEyesAreJaundice(t *testing.T) {
	checkReading(t, []readingCase{
		{"My wife 26 has vomiting for 2 days and her eyes look yellow", "urgent"},
		{"the whites of his eyes are yellow and his pee is dark", "urgent"},
		{"my skin has gone yellow this week", "urgent"},
		{"امي عيونها صفرا وبطنها يعورها", "urgent"},
		{"I have yellow phlegm and a cough", "routine-"},
	})
}

// TestShinglesChestPainIsNoHeartAttack: a burning one-sided chest pain
// with a band of blisters, or named as shingles («الحزام الناري», «الزونا»),
// is treated the same day (UR-SKIN-01), not sent to the emergency number as
// new chest pain (h17-016); pain that presses, spreads or sweats still is.
func TestShinglesChestPainIsNoHeartAttack(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"pain on one side of my chest for 2 days and now a band of blisters there",
		"إمي عمرها 68 عندها وجع بصدرها من جهة وحدة من يومين، واليوم طلع مكانه حبوب مي على شكل خط",
		"الم في صدري من جهة وحدة وطلعت حبوب مويه على شكل حزام",
		"صدري بيوجعني من ناحية واحدة وطلعلي حزام ناري",
		"عندي الزونا فصدري وكتحرقني",
	} {
		if d := e.Classify(text, Facts{AgeYears: 68, Sex: "f"}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v, want urgent", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"crushing chest pain spreading to my left arm and sweating, I have shingles",
		"chest pain, heavy like a weight, I have shingles on my back",
		"صدري كأنه في حزام ضاغط عليه",
	} {
		if d := e.Classify(text, Facts{AgeYears: 68, Sex: "f"}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, d.Urgency)
		}
	}
}

// TestEarlyPregnancyWeekAsOrdinal: the week told as an ordinal or a
// number after the word ("بالأسبوع التاسع", "the 9th week", «فالسيمانة
// الثامنة») is early pregnancy, so spotting at nine weeks is not asked
// whether the waters broke (h17-015); back pain at 30 weeks still is.
func TestEarlyPregnancyWeekAsOrdinal(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"مرحبا، أنا حامل بالأسبوع التاسع ولاحظت نقط دم خفيفة اليوم، ما فيني ألم",
		"انا حامل في الاسبوع السابع وعندي شوية دم",
		"I am in my 9th week of pregnancy and have light spotting",
		"حاملة فالسيمانة الثامنة وجاني شوية دم",
		"انا حامل الاسبوع 8 ونزل مني دم بني",
	} {
		w := e.Walk(text, Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no"))
		if slices.Contains(w.Asked, "preg_waters") {
			t.Errorf("%q: asked about the waters in early pregnancy: %v", text, w.Asked)
		}
	}
	if w := e.Walk("I'm 30 weeks pregnant and have some back pain", Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no")); !slices.Contains(w.Asked, "preg_waters") {
		t.Errorf("30 weeks: the waters were not asked: %v", w.Asked)
	}
}

// TestNoLongerWantsToLiveToldByAParent: a son or daughter who "no longer
// wants to live", told by a parent in each dialect («ما عاد بدها تعيش»,
// «ما عاد يبي يعيش», «مبقاش عايز يعيش», «ما بقاتش باغيه تعيش», Arabizi
// "ma 3ad bada t3ish"), is a passive wish to be dead, urgent with the plan
// asked (UR-MH-02; h17-018 was not read at all); living abroad is not.
func TestNoLongerWantsToLiveToldByAParent(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"marhaba, benti 3omra 14 sene sarla fatra za3lane ktir w mbere7 2aletli enno ma 3ad bada t3ish",
		"بنتي قالتلي انو ما عاد بدها تعيش",
		"ولدي يقول ما عاد يبي يعيش",
		"ابني بيقول انه مبقاش عايز يعيش",
		"بنتي گالت لي ما بقاتش باغيه تعيش",
	} {
		if d := e.Classify(text, Facts{AgeYears: 15}); !slices.Contains(d.AmberFlags, "UR-MH-02") {
			t.Errorf("%q: %s %v %v, want UR-MH-02", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	if d := e.Classify("ما عاد بدو يعيش بالغربة، بدو يرجع عالبلد", Facts{AgeYears: 30}); slices.Contains(d.AmberFlags, "UR-MH-02") {
		t.Errorf("not wanting to live abroad read as a wish to be dead")
	}
}
