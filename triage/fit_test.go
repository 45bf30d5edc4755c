package triage

import (
	"slices"
	"testing"
)

// answerAll answers every yes/no question v and every other question with
// its last option.
// answerMild answers as a patient with a mild, short illness: "no" to
// every sign, a pain of 3 out of 10, the shortest duration.
func answerMild(q Question) string {
	switch q.Kind {
	case KindYesNo:
		return "no"
	case KindSeverity:
		return "3"
	case KindDuration:
		return q.Options[0].Value
	}
	return q.Options[len(q.Options)-1].Value
}

func answerAll(v string) Answerer {
	return func(q Question) string {
		if q.Kind == KindYesNo {
			return v
		}
		return q.Options[len(q.Options)-1].Value
	}
}

// TestQuestionsATriageNurseWouldNotAsk: a question whose finding the
// complaint cannot hide is not asked, however the answers go: heavy
// bleeding of a closed injury with no wound, testicle pain of an adult's
// renal colic, sudden sight loss of a child's red eyes in a fever with a
// rash, a chemical in an eye swollen from an insect bite, a malaria area
// of a child's fever with a cold. The question still comes where it fits.
func TestQuestionsATriageNurseWouldNotAsk(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name, text, question string
		f                    Facts
		asked                bool
	}{
		{"closed wrist injury, English", "my mother is 74, she slipped and fell on her hand, her wrist is swollen and very painful", "inj_bleeding", Facts{AgeYears: 74, Sex: "f"}, false},
		{"closed wrist injury, Gulf", "امي طاحت في الحمام ويدها وارمه وتعورها وايد", "inj_bleeding", Facts{AgeYears: 70, Sex: "f"}, false},
		{"closed wrist injury, Arabizi", "ibni we2e3 3an el bisklet w 7at 3a 2ido, hala2 m3asmo mwarram. lezem nsawwro?", "inj_bleeding", Facts{AgeYears: 10, Sex: "m"}, false},
		{"a cut is asked about bleeding", "I cut my hand with a knife, deep cut in the palm", "inj_bleeding", Facts{AgeYears: 33, Sex: "m"}, true},
		{"a cut is asked about bleeding, Maghrebi", "جرحت يدي بالموس، الجرح عميق ف وسط اليد", "inj_bleeding", Facts{AgeYears: 33, Sex: "m"}, true},
		{"renal colic, English", "sudden severe pain in my right loin going down to the groin, and my pee is pink", "uro_testicle", Facts{AgeYears: 38, Sex: "m"}, false},
		{"renal colic, Gulf", "فجأه جاني الم قوي في خاصرتي اليمين وينزل لتحت، وبولي لونه وردي", "uro_testicle", Facts{AgeYears: 38, Sex: "m"}, false},
		{"renal colic, Tunisian", "جاتني وجيعة كبيرة فجأة في جنبي اليسار تهبط للتحت، والبول فيه شوية دم", "uro_testicle", Facts{AgeYears: 25, Sex: "m"}, false},
		{"renal colic, belly family", "sudden severe pain in my right loin going down to the groin, and my pee is pink", "abd_testicle", Facts{AgeYears: 25, Sex: "m"}, false},
		// a boy's family is the child's, whose testicle question is inj_testicle
		{"a boy's belly pain is asked about the testicle", "my son is 14, he has sudden pain low in his belly", "inj_testicle", Facts{AgeYears: 14, Sex: "m"}, true},
		{"red eyes in a fever with a rash, Algerian", "ولدي عندو 3 سنين، السخانة عندو هادي 5 ايام، عينيه حمرين وطلعولو حبوب فالجلد", "eye_vision", Facts{AgeYears: 3, Sex: "m"}, false},
		{"red eyes in a fever with a rash, English", "my 3 year old has had a fever for 5 days, his eyes are red and he has a rash", "eye_vision", Facts{AgeYears: 3, Sex: "m"}, false},
		{"a red painful eye is asked about sight", "my right eye is red and painful since this morning", "eye_vision", Facts{AgeYears: 40, Sex: "f"}, true},
		{"insect bite by the eye, English", "a mosquito bit my son beside his eye, now the eye is swollen and red", "eye_chemical", Facts{AgeYears: 7, Sex: "m"}, false},
		{"insect bite by the eye, Egyptian", "ناموسة قرصت ابني جنب عينه والنهارده عينه وارمة وحمرا", "eye_chemical", Facts{AgeYears: 7, Sex: "m"}, false},
		{"insect bite by the eye, Arabizi", "ebny 3ando 7 sneen, namoosa 2arasito gamb 3eino, el naharda 3eino warma w 7amra", "eye_chemical", Facts{AgeYears: 7, Sex: "m"}, false},
		{"something in the eye is asked about a chemical", "I got something in my eye at work, it is red and watering", "eye_chemical", Facts{AgeYears: 30, Sex: "m"}, true},
		{"a child's fever with a cold, English", "my son is 4, he's had a temp of 38.5 since yesterday with a runny nose", "fever_travel", Facts{AgeYears: 4, Sex: "m"}, false},
		{"a child's fever with a cold, Gulf", "ولدي عمره ٣ سنين حرارته ٣٨ وفيه زكام بس يلعب وياكل عادي", "fever_travel", Facts{AgeYears: 3, Sex: "m"}, false},
		{"a fever with no source is asked about travel", "I have had a fever since yesterday", "fever_travel", Facts{AgeYears: 30, Sex: "m"}, true},
		{"a fever with no source is asked about travel, Egyptian", "عندي سخونية من امبارح", "fever_travel", Facts{AgeYears: 30, Sex: "m"}, true},
		{"a cold told with a journey is asked about travel", "I came back from a trip abroad last week and now I have a fever and a runny nose", "fever_travel", Facts{AgeYears: 30, Sex: "m"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, v := range []string{"no", Unsure} {
				w := e.Walk(tc.text, tc.f, "", answerAll(v))
				if asked := slices.Contains(w.Asked, tc.question); asked != tc.asked && (v == "no" || !tc.asked) {
					t.Errorf("answering %q: %s asked = %v, want %v (asked %v, ends %s %v)", v, tc.question, asked, tc.asked, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
				}
			}
		})
	}
}

// TestSuicidalThoughtsWithoutAPlan: passive thoughts of death are urgent
// and bring the plan question, whose "yes" or "not sure" is the
// emergency; a plan, the means or intent in the words is the emergency
// at once; "no plan" in the words settles the question (NHS: Help for
// suicidal thoughts).
func TestSuicidalThoughtsWithoutAPlan(t *testing.T) {
	e := mustLoad(t)
	passive := []string{
		"honestly think everyone would be better off without me around",
		"I wish I was never born, I feel a burden to everyone",
		"I don't want to wake up in the morning anymore",
		"صرلي فترة حاسس حالي عبء على اهلي، حتى ما عاد بدي اصحى الصبح",
		"ما عاد ابي اعيش، تعبت من كل شي",
		"نفسي انام ومصحاش تاني",
		"مابقيتش باغي نعيش",
		"ma 3ad bdi 3ish, 7ases 7ali 3eb2 3ala ahli",
		"je veux mourir, j'ai plus envie de vivre",
		"sy udah gak mau hidup lagi",
		"pengen mati aja, capek hidup",
		"اب جینے کو دل نہیں کرتا",
	}
	for _, text := range passive {
		f := Facts{AgeYears: 24}
		if d := e.Classify(text, f); d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-MH-02") {
			t.Errorf("%q: first message %s %v %v, want urgent by UR-MH-02", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
		for answer, want := range map[string]Urgency{"yes": Emergency, Unsure: Emergency, "no": Urgent} {
			w := e.Walk(text, f, "", func(q Question) string {
				if q.ID == "mh_plan" {
					return answer
				}
				return answerAll("no")(q)
			})
			if !slices.Contains(w.Asked, "mh_plan") || slices.Contains(w.Asked, "mh_suicidal") {
				t.Errorf("%q: asked %v, want mh_plan and not mh_suicidal", text, w.Asked)
			}
			if w.Decision.Urgency != want {
				t.Errorf("%q: plan %q ends %s %v, want %s", text, answer, w.Decision.Urgency, w.Decision.RedFlags, want)
			}
		}
	}
	for _, text := range []string{
		"I want to kill myself",
		"nobody would miss me if I was gone, I have the pills ready",
		"wrote my will and am giving my things away",
		"i don't want to be here anymore, i've thought about how i'd do it",
		"بدي اقتل حالي",
		"جمعت الحبوب وخلاص",
		"bghit nqtel rasi",
		"I don't have a plan but I feel I might do something to myself, everyone would be better off without me",
		"خايف اعمل شي بحالي، حاسس حالي عبء على اهلي",
	} {
		w := e.Walk(text, Facts{AgeYears: 24}, "", answerAll("no"))
		if w.Decision.Urgency != Emergency || len(w.Asked) != 0 {
			t.Errorf("%q: %s after %v, want an emergency at once", text, w.Decision.Urgency, w.Asked)
		}
	}
	for _, text := range []string{
		"everyone would be better off without me. not going to do anything, I have no plan",
		"عم فكر انو الكل رح يرتاحو اذا انا مش موجودة. ما عملت شي لحالي وما عندي خطة",
	} {
		w := e.Walk(text, Facts{AgeYears: 24}, "", answerAll(Unsure))
		if slices.Contains(w.Asked, "mh_plan") {
			t.Errorf("%q: asked about a plan the words deny: %v", text, w.Asked)
		}
	}
}

// TestUrgentConditionsCaughtFromWordsOrAnswers: appendicitis, giant cell
// arteritis, insulin lost or run out and a deep cut are urgent when told
// in the words, in English and Arabic, and when only an answer tells them.
func TestUrgentConditionsCaughtFromWordsOrAnswers(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		rule, text string
		f          Facts
	}{
		{"UR-ABD-01", "my son is 15, his tummy pain started around his belly button and now it's moved down to the right, he won't eat", Facts{AgeYears: 15, Sex: "m"}},
		{"UR-ABD-01", "ولدي عمره ١٧ بطنه يعوره من امس، بدا حول السرة والحين صار تحت يمين وما يبي ياكل", Facts{AgeYears: 17, Sex: "m"}},
		{"UR-ABD-01", "بطني بتوجعني من امبارح، الوجع بدأ حوالين السرة ونزل تحت على اليمين", Facts{AgeYears: 20, Sex: "f"}},
		{"UR-NEURO-03", "I am 72, new headache at my temples for a week, my scalp hurts when I comb my hair", Facts{AgeYears: 72, Sex: "f"}},
		{"UR-NEURO-03", "امي عمرها ٧٢ صار لها جمعة عندها وجع راس جديد عند الصدغ، وشعر راسها بيوجعها لما تمشطه، وبتتعب بفكها لما تاكل", Facts{AgeYears: 72, Sex: "f"}},
		{"UR-NEURO-03", "ابوي عمره ٧٠ عنده صداع جديد عند الصدغ وفكه يعوره اذا ياكل", Facts{AgeYears: 70, Sex: "m"}},
		{"UR-DIAB-03", "my bag with insulin pen is lost in Mina, I have diabetes type 1", Facts{AgeYears: 26, Sex: "f"}},
		{"UR-DIAB-03", "ضاع الانسولين حقي وانا في مكه، عندي سكر نوع اول", Facts{AgeYears: 30, Sex: "m"}},
		{"UR-WOUND-02", "I cut my palm with a knife and the cut is a bit deep, the bleeding stopped when I pressed it", Facts{AgeYears: 33, Sex: "m"}},
		{"UR-WOUND-02", "جرحت يدي بالموس، الجرح عميق شوية ف وسط اليد، الدم وقف ملي زيرت عليه", Facts{AgeYears: 33, Sex: "m"}},
	} {
		w := e.Walk(tc.text, tc.f, "", answerAll("no"))
		if w.Decision.Urgency != Urgent || !slices.Contains(w.Decision.AmberFlags, tc.rule) {
			t.Errorf("%q: %s %v %v, want urgent by %s", tc.text, w.Decision.Urgency, w.Decision.RedFlags, w.Decision.AmberFlags, tc.rule)
		}
	}
	// The words say nothing of the sign; the answer does.
	for _, tc := range []struct {
		question, rule, text string
		f                    Facts
	}{
		{"abd_rlq", "UR-ABD-01", "I have had tummy ache since yesterday and I don't want to eat", Facts{AgeYears: 19, Sex: "m"}},
		{"abd_rlq", "UR-ABD-01", "بطني توجعني من امس ومالي نفس للاكل", Facts{AgeYears: 22, Sex: "f"}},
		{"head_gca", "UR-NEURO-03", "my mother is 74 and has had a new headache for a week", Facts{AgeYears: 74, Sex: "f"}},
		{"head_gca", "UR-NEURO-03", "ابوي عمره ٧٠ عنده صداع جديد من اسبوع", Facts{AgeYears: 70, Sex: "m"}},
		{"inj_deep", "UR-WOUND-02", "I cut my finger on a knife while cooking", Facts{AgeYears: 30, Sex: "m"}},
		{"inj_deep", "UR-WOUND-02", "انجرحت في صبعي بالسكين وانا اطبخ", Facts{AgeYears: 30, Sex: "m"}},
	} {
		w := e.Walk(tc.text, tc.f, "", func(q Question) string {
			if q.ID == tc.question {
				return "yes"
			}
			return answerAll("no")(q)
		})
		if !slices.Contains(w.Asked, tc.question) || !slices.Contains(w.Decision.AmberFlags, tc.rule) || w.Decision.Urgency != Urgent {
			t.Errorf("%q: asked %v, ends %s %v, want %s asked and urgent by %s", tc.text, w.Asked, w.Decision.Urgency, w.Decision.AmberFlags, tc.question, tc.rule)
		}
	}
}

// TestGiantCellArteritisWithSightLossIsAnEmergency: over 50 with the
// signs of giant cell arteritis, any loss of sight is asked, and its "yes"
// is the emergency; a younger patient's jaw ache is not asked about sight.
func TestGiantCellArteritisWithSightLossIsAnEmergency(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I am 72 years old, new headache at my temples for a week, my scalp hurts when I comb my hair",
		"امي عمرها ٧٢ صار لها جمعة عندها وجع راس جديد عند الصدغ، وشعر راسها بيوجعها لما تمشطه",
	} {
		w := e.Walk(text, Facts{AgeYears: 72, Sex: "f"}, "", func(q Question) string {
			if q.ID == "head_gca_vision" {
				return "yes"
			}
			return answerAll("no")(q)
		})
		if w.Decision.Urgency != Emergency || !slices.Contains(w.Decision.RedFlags, "RF-EYE-01") {
			t.Errorf("%q: %s %v after %v, want RF-EYE-01", text, w.Decision.Urgency, w.Decision.RedFlags, w.Asked)
		}
	}
	w := e.Walk("headache and my jaw aches when I chew", Facts{AgeYears: 25, Sex: "m"}, "", answerAll(Unsure))
	if slices.Contains(w.Asked, "head_gca_vision") || slices.Contains(w.Asked, "head_gca") {
		t.Errorf("a 25-year-old was asked about giant cell arteritis: %v", w.Asked)
	}
}

// TestWarmChildIsAskedTheTemperature: a parent's "feels warm" is a fever
// not yet measured, so the child family's temperature question is asked;
// its "yes" is an emergency under 3 months (RF-CHILD-04, NICE NG143 1.3)
// and no fever leaves a well baby as it was (h14-003: a 6-week-old who
// "feels a little warm" was asked only the safety screen).
func TestWarmChildIsAskedTheTemperature(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Hey, my 6 week old feels a little warm tonight and is fussier than usual. Is that normal?",
		"my 7 week old baby feels warm to the touch and is grizzly",
		"baby is 2 months, he feels a bit warm, otherwise ok",
		"بنتي عمرها شهر ونص جسمها دافي شوي",
		"ابني عنده ٦ اسابيع وحاسه انه دافي",
		"ولدي عمرو شهرين جسمو دافي شوي وما عم ينام",
	} {
		f := Facts{AgeMonths: 1, Sex: "f"}
		w := e.Walk(text, f, "", answering(map[string]string{"child_fever": "yes"}))
		if !slices.Contains(w.Asked, "child_fever") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want child_fever asked and an emergency on its yes", text, w.Asked, w.Decision.Urgency)
		}
		if w := e.Walk(text, f, "", answerAll("no")); w.Decision.Urgency == Emergency {
			t.Errorf("%q: an emergency with no fever and no danger sign", text)
		}
	}
}

// TestFallingIdiomsAreNoFall: falling asleep, ill or pregnant and an object
// dropped are no fall, so no fall from a height or road crash is asked
// (h14-036: "fell asleep by the pool" asked about one, and "not sure" was
// an emergency). A real fall is still asked about.
func TestFallingIdiomsAreNoFall(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text  string
		asked bool
	}{
		{"Stupidly fell asleep by the pool in Abu Dhabi, shoulders and back are red and sore. Feel fine otherwise.", false},
		{"I fell asleep on the sofa and woke with a stiff neck", false},
		{"she fell pregnant in march and now has back pain", false},
		{"I dropped my phone and bent down, now my back hurts", false},
		{"طاح عليا النعاس فالفوتاي وفقت بوجع فالرقبة", false},
		{"my dad slipped in the shower and his wrist is swollen", true},
		{"I fell off my bike and my shoulder hurts", true},
		{"امي طاحت في الحمام ويدها وارمه", true},
	} {
		w := e.Walk(tc.text, Facts{AgeYears: 40, Sex: "f"}, "", answerAll("no"))
		if got := slices.Contains(w.Asked, "inj_mechanism"); got != tc.asked {
			t.Errorf("%q: inj_mechanism asked %v, want %v (%v)", tc.text, got, tc.asked, w.Asked)
		}
	}
}

// TestHeadKnockAsksItsDangerSigns: a knock to the head told with no pain
// joins the injury family, so vomiting, drowsiness and confusion are asked
// and a "yes" is RF-TRAUMA-02 (NICE NG232).
func TestHeadKnockAsksItsDangerSigns(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my mum fell in the bathroom and hit her head",
		"grandad tripped on the stairs and banged his head an hour ago",
		"امي طاحت في الحمام وضربت راسها",
		"ابويا وقع على السلم وراسه اتخبطت",
		"ستي وقعت بالحمام وضربت راسها",
		"جدتي طاحت فالدار وضربات راسها",
	} {
		f := Facts{AgeYears: 80, Sex: "f"}
		w := e.Walk(text, f, "", answering(map[string]string{"inj_head_signs": "yes", "severity": "3"}))
		if !slices.Contains(w.Asked, "inj_head_signs") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want inj_head_signs asked and RF-TRAUMA-02 on its yes", text, w.Asked, w.Decision.Urgency)
		}
	}
}

// TestDroolingIsNoUrine: a baby "dribbling" is drooling, asked nothing of
// the urine or the loin (h14-039); dribbling urine is still the urinary
// family's.
func TestDroolingIsNoUrine(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text    string
		f       Facts
		urinary bool
	}{
		{"My 9 month old is dribbling loads and chewing everything, gums look sore, temp 37.6. Teething?", Facts{AgeMonths: 9}, false},
		{"she's dribbling a lot and chewing her fist, I think it's teeth", Facts{AgeMonths: 6}, false},
		{"baby dribbling constantly and grumpy, first tooth coming", Facts{AgeMonths: 7}, false},
		{"I'm 70 and have a weak stream and dribbling after I pee", Facts{AgeYears: 70, Sex: "m"}, true},
		{"my dad has been dribbling urine and getting up to pee at night", Facts{AgeYears: 75, Sex: "m"}, true},
	} {
		d := e.Classify(tc.text, tc.f)
		if got := slices.Contains(d.Complaints, "urinary"); got != tc.urinary {
			t.Errorf("%q: urinary %v, want %v (%v)", tc.text, got, tc.urinary, d.Complaints)
		}
	}
}

// TestABitOfACoughIsSlight: "bit of a cough" is a slight one (British
// English), so a cold is not asked whether breathing stops speech (h14-034:
// "not sure" of it was an emergency); breathlessness still is.
func TestABitOfACoughIsSlight(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text  string
		asked bool
	}{
		{"Sore throat and a runny nose since Sunday, bit of a cough. Can still eat and drink fine.", false},
		{"got a bit of a cough and a sniffly nose", false},
		{"bit of a tickly cough since the weekend, otherwise fine", false},
		{"bit of a cough and I get breathless walking up the stairs", true},
	} {
		w := e.Walk(tc.text, Facts{AgeYears: 35, Sex: "m"}, "", answerAll("no"))
		if got := slices.Contains(w.Asked, "breath_speak"); got != tc.asked {
			t.Errorf("%q: breath_speak asked %v, want %v (%v)", tc.text, got, tc.asked, w.Asked)
		}
	}
}

// TestLightBleedingEarlyInPregnancyIsNotAskedAgain: spotting told in the
// words is the bleeding; asking "any bleeding?" again let its "yes" read as
// the heavy bleeding of RF-PREG-01. Light bleeding in the first months with
// no pain or faintness is urgent (UR-PREG-01); heavy bleeding, told or
// answered on the safety screen, stays an emergency.
func TestLightBleedingEarlyInPregnancyIsNotAskedAgain(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 27, Sex: "f"}
	early := answering(map[string]string{"preg_weeks": "lt12w", "preg_bleeding": "yes"})
	for _, text := range []string{
		"انا حامل في الشهر التاني ونزل مني شويه دم خفيف",
		"حامل بالشهر الثاني وعندي نقط دم",
		"انا حامله بالشهر الثالث وصار ينزل مني شوي دم",
		"انا حاملة فالشهر الثاني و بان ليا شوية ديال الدم",
		"I am 8 weeks pregnant and have some spotting",
		"ana 7amel bel shahr el tani w nezel menni shwayet dam",
	} {
		w := e.Walk(text, f, "", early)
		if w.Decision.Urgency != Urgent || slices.Contains(w.Asked, "preg_bleeding") {
			t.Errorf("%q: %s %v after %v, want urgent without asking about bleeding again", text, w.Decision.Urgency, w.Decision.RedFlags, w.Asked)
		}
	}
	heavy := answering(map[string]string{"preg_weeks": "lt12w", "gen_screen": "yes"})
	for _, text := range []string{"انا حامل في الشهر التاني ونزل مني دم كتير", "انا حامل في الشهر التاني ونزل مني شويه دم خفيف"} {
		if w := e.Walk(text, f, "", heavy); w.Decision.Urgency != Emergency {
			t.Errorf("%q with heavy bleeding on the screen: %s after %v", text, w.Decision.Urgency, w.Asked)
		}
	}
}

// TestSmallChildrenAreNotAskedAboutSuicide: a small child's crying is pain
// or distress, not a mood; neither it nor any complaint asks a child under
// eight about thoughts of suicide or self-harm (NICE NG225 covers children
// from 8 years). An older child's low mood is still asked.
func TestSmallChildrenAreNotAskedAboutSuicide(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text string
		age  int
	}{
		{"بنتي عندها 3 سنين فيها السخانه وكتشد ودنيها وكتبكي", 3},
		{"ابني بيعيط من امبارح وسخن", 2},
		{"بنتي عمرها ٥ سنين عم تبكي كتير ومش عم تاكل", 5},
		{"ولدي يبكي طول الليل وحرارته ٣٨", 1},
		{"my 4 year old keeps crying and is very sad since his grandad died", 4},
		{"wldi 3ndo 6 snin kaybki bzaf w mdiye9", 6},
	} {
		w := e.Walk(tc.text, Facts{AgeYears: tc.age}, "", answerAll("no"))
		for _, q := range w.Asked {
			if q == "mh_suicidal" || q == "mh_plan" || q == "mh_harm" {
				t.Errorf("%q (age %v) asked %s: %v", tc.text, tc.age, q, w.Asked)
			}
		}
	}
	for _, text := range []string{"ابني عمره ١٤ سنه حزين ومكتئب وما يطلع من غرفته", "my daughter is 13, very depressed lately"} {
		if w := e.Walk(text, Facts{AgeYears: 14}, "", answerAll("no")); !slices.Contains(w.Asked, "mh_suicidal") {
			t.Errorf("%q: an older child's low mood not asked about suicidal thoughts: %v", text, w.Asked)
		}
	}
}

// TestSpottingWithMildCrampsIsUrgent: spotting early in pregnancy with a
// pain told as mild is the early pregnancy unit today (urgent); a "yes" to
// severe pain or faintness (preg_pain) makes it the emergency an ectopic
// pregnancy may be, and a pain not told as mild is one from the words.
func TestSpottingWithMildCrampsIsUrgent(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 29, Sex: "f"}
	early := map[string]string{"preg_weeks": "lt12w", "severity": "3"}
	for _, text := range []string{
		"I am 9 weeks pregnant, i have small spotting since today and a little cramps. is it normal?",
		"انا حاملة فالشهر التالت، بان ليا شوية ديال الدم اليوم مع وجع خفيف فالكرش",
		"انا حامل بالشهر الثاني ونزل مني نقط دم ومغص بسيط",
		"حامل في الشهر التاني وفي شوية دم ووجع خفيف تحت",
	} {
		if w := e.Walk(text, f, "", answering(early)); w.Decision.Urgency != Urgent {
			t.Errorf("%q: %s %v after %v, want urgent", text, w.Decision.Urgency, w.Decision.RedFlags, w.Asked)
		}
		severe := map[string]string{"preg_weeks": "lt12w", "severity": "3", "preg_pain": "yes"}
		if w := e.Walk(text, f, "", answering(severe)); w.Decision.Urgency != Emergency {
			t.Errorf("%q with severe pain or faintness: %s after %v, want an emergency", text, w.Decision.Urgency, w.Asked)
		}
	}
	for _, text := range []string{"pregnant and spotting with cramps", "انا حامل وعم ينزل نقط دم ومعي مغص", "انا حامل في التاني ونازل مني شوية دم وعندي مغص"} {
		if d := e.Classify(text, f); d.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency from the words", text, d.Urgency)
		}
	}
}

// TestYoungChildsFeverNotToldWell: a fever in a child under five is seen
// today unless the parent tells the child is well in themself (NICE NG143's
// green features: playing, eating, drinking), in every dialect; told well,
// it is home care with the safety net, and an older child's fever is not
// held to it.
func TestYoungChildsFeverNotToldWell(t *testing.T) {
	e := mustLoad(t)
	no := answerAll("no")
	for _, tc := range []struct {
		text string
		age  int
	}{
		{"ولدي عمره ٤ سنين حرارته ٣٩ من امس وما يبا ياكل", 4},
		{"بنتي عندها 3 سنين فيها السخانه وكتشد ودنيها وكتبكي", 3},
		{"ابني عنده سنتين وسخن من امبارح", 2},
		{"بنتي عمرها سنه ونص عندها حرارة من يومين", 1},
		{"wldi 3ndo 4 snin fih skhana mn lbar7", 4},
		{"my daughter is 2 and has had a high temperature since last night", 2},
	} {
		if w := e.Walk(tc.text, Facts{AgeYears: tc.age}, "", no); w.Decision.Urgency != Urgent {
			t.Errorf("%q: %s after %v, want urgent", tc.text, w.Decision.Urgency, w.Asked)
		}
	}
	for _, tc := range []struct {
		text string
		age  int
	}{
		{"ولدي عمره ٣ سنين حرارته ٣٨ وفيه زكام بس يلعب وياكل عادي", 3},
		{"my son is 4, temp of 38.5 since yesterday with a runny nose, he's running round and eating", 4},
		{"بنتي ٤ سنين عندها حرارة خفيفة بس عم تلعب وتاكل", 4},
		{"ابني عنده ٩ سنين وسخن من امبارح", 9},
	} {
		// a child told to be playing is no longer asked about sleepiness
		// (set 41), so "how long?" may be asked: a fever of hours, not
		// of months (answerAll's last option, UR-FEVER-02's five days)
		if w := e.Walk(tc.text, Facts{AgeYears: tc.age}, "", answerMild); w.Decision.Urgency.Rank() > Routine.Rank() {
			t.Errorf("%q: %s %v after %v, want home care or an appointment", tc.text, w.Decision.Urgency, w.Decision.AmberFlags, w.Asked)
		}
	}
}

// TestVeryHighPressureIsNotAskedIfWorse: a reading of 180/120 or more
// already says the pressure is worse than usual: "worse than usual?" is
// not asked (its "yes", counted as severe, made RF-BP-01's emergency of a
// mild headache); the reading with a mild headache is urgent, and with
// chest pain on the screen an emergency.
func TestVeryHighPressureIsNotAskedIfWorse(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 68, Sex: "f"}
	for _, text := range []string{
		"يما عندها 68 عام، الطونسيون طلع ليها 19 على 11 وراسها كيضرها شوية",
		"my blood pressure reading is 190/115 and I have a mild headache",
		"ضغطي ١٩٠ على ١١٠ وعندي صداع خفيف",
	} {
		w := e.Walk(text, f, "", answering(map[string]string{"severity": "3", "chronic_worse": "yes"}))
		if w.Decision.Urgency != Urgent || slices.Contains(w.Asked, "chronic_worse") {
			t.Errorf("%q: %s %v after %v, want urgent without asking if it is worse", text, w.Decision.Urgency, w.Decision.RedFlags, w.Asked)
		}
		w = e.Walk(text, f, "", answering(map[string]string{"severity": "3", "screen_elderly": "yes", "gen_screen": "yes"}))
		if w.Decision.Urgency != Emergency {
			t.Errorf("%q with an emergency sign on the screen: %s after %v", text, w.Decision.Urgency, w.Asked)
		}
	}
}

// TestHeartburnInOlderOrDiabeticAsksTheChestQuestions: a heart attack is
// told as heartburn, most of all by older people and people with diabetes
// (NICE CG95): their heartburn is asked whether it spreads or comes with
// sweating, and a "yes" is the emergency, in every dialect; a young
// person's heartburn after a meal, or heartburn of months, is not.
func TestHeartburnInOlderOrDiabeticAsksTheChestQuestions(t *testing.T) {
	e := mustLoad(t)
	yes := answering(map[string]string{"chest_spread": "yes"})
	for _, tc := range []struct {
		text string
		age  int
	}{
		{"عندي حموضه من الفجر في مزدلفه وما راحت مع الفوار", 58},
		{"عندي سكر وحاسس بحموضه من الصبح", 45},
		{"من الصبح عندي حرقه فوق المعده وما راحت", 62},
		{"I'm diabetic and have had indigestion since this morning", 48},
	} {
		if w := e.Walk(tc.text, Facts{AgeYears: tc.age, Sex: "m"}, "", yes); w.Decision.Urgency != Emergency || !slices.Contains(w.Asked, "chest_spread") {
			t.Errorf("%q (%d): %s after %v, want chest_spread asked and an emergency on its yes", tc.text, tc.age, w.Decision.Urgency, w.Asked)
		}
	}
	for _, tc := range []struct {
		text string
		age  int
	}{
		{"عندي حموضه بعد الاكل", 25},
		{"keep getting heartburn after meals for months, rennie helps", 55},
	} {
		if w := e.Walk(tc.text, Facts{AgeYears: tc.age, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Asked, "chest_spread") {
			t.Errorf("%q (%d): asked the chest questions %v", tc.text, tc.age, w.Asked)
		}
	}
}
