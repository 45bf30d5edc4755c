package triage

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// familySeeds are a first message for each complaint family that reads as
// nothing urgent, so only the answers can reveal the emergency.
var familySeeds = map[string]string{
	"general": "I am not feeling well", "chest": "chest pain when I cough", "breathing": "I have a cough",
	"fever": "I have a fever", "abdominal": "my stomach hurts", "headache": "I have a headache",
	"heat": "I feel tired in the heat", "injury": "I hurt my leg", "skin": "I have a rash",
	"eye": "my eye is red", "ent": "my throat is sore", "urinary": "it burns when I pee",
	"pregnancy": "I am pregnant and have a question", "mental": "I feel low", "chronic": "follow up for my diabetes",
	"refill": "I need a refill", "child": "my child has diarrhoea", "dental": "my tooth hurts", "leg": "my leg is sore", "diabetic_unwell": "I have diabetes and I am sweaty and vomiting today", "immune_unwell": "I am on chemo and feel rubbish today", "sickle_unwell": "my son has sickle cell and is tired today",
	"postnatal_fever": "I gave birth a week ago and I have a fever",
	"postop":          "I had an operation 5 days ago and the wound is red",
	"urine_fever":     "burning when I pee since Monday and now a fever",
	"dialysis_missed": "my dad is on dialysis and missed his session yesterday",
	"medicine":        "can I take paracetamol with my warfarin for a sore back",
	"iron_stool":      "my stool is dark since I started iron tablets",
	"delirium":        "my mum has dementia and is more confused than usual since yesterday",
}

// coverSeeds are first messages for the emergencies a family hides only
// in a context its ordinary seed does not give (family/rule): a drowsy
// child is asked about with vomiting, not with a stomach ache alone; a
// chemical splash with an eye injury; a malaria area when a journey is
// told; an ectopic pregnancy with a late period; an overdose or thoughts
// of self-harm behind a repeat of a psychiatric medicine.
var coverSeeds = map[string]string{
	"abdominal/RF-CHILD-03": "my child has been vomiting",
	"eye/RF-EYE-02":         "I have something in my eye",
	"fever/RF-TRAVEL-01":    "I have a fever since I came back from my trip",
	"pregnancy/RF-PREG-09":  "my period is late and I have some bleeding",
	"child/RF-POISON-01":    "my toddler is very sleepy today",
	// the baby's movements are asked from six months on, or when the baby is spoken of
	"pregnancy/RF-PREG-06": "I am 30 weeks pregnant and have a question",
	// a fever or coloured waters are asked once the waters have broken at term
	"pregnancy/RF-PREG-12": "I am 39 weeks pregnant and have a question",
	"refill/RF-POISON-01":  "can I get a repeat of my sertraline, I feel sick and shaky",
	"refill/RF-MH-01":      "can I get a repeat of my sertraline, I feel sick and shaky",
	// a swallowing is asked of someone found with a medicine not theirs
	"general/RF-POISON-01": "found him with his grandmothers tablets, he seems fine",
	// a testicle is asked of a boy's pain "down below"; a bleed from the gut
	// of a pale face or an older person too weak to rise
	"injury/RF-URO-01": "he got a pain down below playing football",
	"child/RF-URO-01":  "my son has a pain down below",
	// an intussusception's blood is asked of a baby's colicky tummy pain
	"child/RF-CHILD-07":     "my baby has tummy pain and keeps crying",
	"abdominal/RF-CHILD-07": "my baby has tummy pain and keeps crying",
	"general/RF-BLEED-02":   "I am not feeling well and my face is very pale",
	// a new mother's headache is asked about pre-eclampsia after the birth
	"headache/RF-PREG-11":  "I gave birth a week ago and I have a headache",
	"pregnancy/RF-PREG-11": "I gave birth a week ago and have a question",
	// an older person's back that hurts since this morning may be an
	// aneurysm (back_sudden, NICE NG156)
	"injury/RF-URO-02": "my back hurts since this morning",
}

// patients are who the coverage walk tries each family with.
var patients = []Facts{
	{}, {AgeYears: 30, Sex: "m"}, {AgeYears: 30, Sex: "f"}, {AgeYears: 30, Sex: "f", Pregnant: true},
	{AgeYears: 75, Sex: "m"}, {AgeYears: 4}, {AgeMonths: 2},
}

// reachable walks every answer path of the conversation (yes, no and not
// sure to each yes/no question; every option otherwise) and reports
// whether one ends in rule.
func reachable(e *Engine, text string, f Facts, topic, rule string) bool {
	type node struct{ answers map[string]string }
	stack := []node{{answers: map[string]string{}}}
	seen := 0
	for len(stack) > 0 && seen < 1500 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		seen++
		if slices.Contains(e.Assess(text, f, n.answers).RedFlags, rule) {
			return true
		}
		q, ok := e.NextQuestion(text, f, topic, n.answers)
		if !ok || len(n.answers) > 12 {
			continue
		}
		for _, o := range q.Options {
			next := make(map[string]string, len(n.answers)+1)
			for k, v := range n.answers {
				next[k] = v
			}
			next[q.ID] = o.Value
			stack = append(stack, node{answers: next})
		}
	}
	return false
}

// TestCoverage: every emergency a family's table says it can hide is
// reached by some answers from a first message of that family that says
// nothing urgent, for some patient.
func TestCoverage(t *testing.T) {
	e := mustLoad(t)
	for _, id := range e.Pathways() {
		p := e.pathways[id]
		seed, ok := familySeeds[id]
		if !ok {
			t.Errorf("family %q has no seed message in this test", id)
			continue
		}
		if d := e.Classify(seed, Facts{}); d.Urgency == Emergency {
			t.Errorf("%s: the seed %q is already an emergency", id, seed)
		}
		for _, rule := range p.covers {
			seed := seed
			if s, ok := coverSeeds[id+"/"+rule]; ok {
				seed = s
			}
			t.Run(id+"/"+rule, func(t *testing.T) {
				t.Parallel()
				if d := e.Classify(seed, Facts{}); d.Urgency == Emergency {
					t.Fatalf("the seed %q is already an emergency", seed)
				}
				for _, f := range patients {
					if reachable(e, seed, f, id, rule) {
						return
					}
				}
				t.Errorf("no answers reach %s from %q (topic %s) for any patient", rule, seed, id)
			})
		}
	}
}

// TestQuestionsFitThePatient walks every family for patients of each sex,
// age group and pregnancy state, answering every way, and fails on any
// question about a sex, age or pregnancy the patient is known not to have.
func TestQuestionsFitThePatient(t *testing.T) {
	e := mustLoad(t)
	for _, id := range e.Pathways() {
		seed := familySeeds[id]
		for _, f := range patients {
			t.Run(fmt.Sprintf("%s/%d-%d-%s-%v", id, f.AgeYears, f.AgeMonths, f.Sex, f.Pregnant), func(t *testing.T) {
				t.Parallel()
				months := f.AgeYears * 12
				if f.AgeMonths > 0 {
					months = f.AgeMonths
				}
				for _, path := range walks(e, seed, f, id, 300) {
					for _, q := range path {
						ft := e.questions[q].fit
						switch {
						case f.Sex != "" && ft.sex != "" && ft.sex != f.Sex:
							t.Errorf("%s asked of sex %s", q, f.Sex)
						case months > 0 && ft.minMonths > 0 && months < ft.minMonths:
							t.Errorf("%s asked at %d months (from %d)", q, months, ft.minMonths)
						case months > 0 && ft.maxMonths > 0 && months >= ft.maxMonths:
							t.Errorf("%s asked at %d months (under %d)", q, months, ft.maxMonths)
						case ft.pregnant == "yes" && !f.Pregnant && f.Sex == "m":
							t.Errorf("%s asked of a man", q)
						case q == ageQuestion && months > 0:
							t.Errorf("the age asked again")
						case q == sexQuestion && f.Sex != "":
							t.Errorf("the sex asked again")
						}
					}
				}
			})
		}
	}
}

// walks returns up to limit answer paths (question ids in order).
func walks(e *Engine, text string, f Facts, topic string, limit int) [][]string {
	var out [][]string
	var walk func(answers map[string]string, path []string)
	walk = func(answers map[string]string, path []string) {
		if len(out) >= limit {
			return
		}
		q, ok := e.NextQuestion(text, f, topic, answers)
		if !ok || len(path) > 12 {
			out = append(out, path)
			return
		}
		for _, o := range q.Options {
			next := map[string]string{q.ID: o.Value}
			for k, v := range answers {
				next[k] = v
			}
			walk(next, append(slices.Clone(path), q.ID))
		}
	}
	walk(map[string]string{}, nil)
	return out
}

// TestAnswersSettleTheirQuestions: a pregnancy ruled out by an answer is
// never asked about again, and a sex answered makes the other sex's
// questions unfit.
func TestAnswersSettleTheirQuestions(t *testing.T) {
	e := mustLoad(t)
	text := "I am pregnant and have a question"
	answers := map[string]string{"preg_weeks": "not_pregnant"}
	for range 10 {
		q, ok := e.NextQuestion(text, Facts{Sex: "f"}, "pregnancy", answers)
		if !ok {
			break
		}
		if e.questions[q.ID].fit.pregnant == "yes" {
			t.Fatalf("%s asked after not pregnant", q.ID)
		}
		answers[q.ID] = "no"
	}
	answers = map[string]string{"sex": "f"}
	for range 10 {
		q, ok := e.NextQuestion("my stomach hurts", Facts{AgeYears: 20}, "", answers)
		if !ok {
			break
		}
		if e.questions[q.ID].fit.sex == "m" {
			t.Fatalf("%s asked of a woman", q.ID)
		}
		answers[q.ID] = q.Options[len(q.Options)-1].Value
	}
}

// TestNotSure: "not sure" to a red-flag discriminator counts as present
// for the decision and is shown to the clinician as unknown; to a question
// of several signs it changes nothing.
func TestNotSure(t *testing.T) {
	e := mustLoad(t)
	text := "my son has a fever and a headache"
	f := Facts{AgeYears: 9, Sex: "m"}
	d := e.Assess(text, f, map[string]string{"fever_neck": Unsure})
	if d.Urgency != Emergency || !slices.Contains(d.RedFlags, "RF-CHILD-02") {
		t.Fatalf("not sure about a stiff neck with fever: %s %v", d.Urgency, d.RedFlags)
	}
	var st FindingState
	for _, fs := range d.Findings {
		if fs.ID == "neck_stiffness" {
			st = fs
		}
	}
	if st.State != FindingUnknown || st.Source != FromAnswer {
		t.Errorf("neck_stiffness = %+v, want unknown from an answer", st)
	}
	d = e.Assess("I have a cough", Facts{AgeYears: 30}, map[string]string{"gen_screen": Unsure})
	if d.Urgency == Emergency {
		t.Errorf("not sure to the screen of several signs made an emergency: %v", d.RedFlags)
	}
}

// TestDoubtsDoNotAddUp: "not sure" counts as "yes" only where that yes
// alone makes an emergency; two doubts make none together.
func TestDoubtsDoNotAddUp(t *testing.T) {
	e := mustLoad(t)
	text, f := "my leg is sore", Facts{AgeYears: 50}
	for _, tc := range []struct {
		name    string
		answers map[string]string
		want    bool // emergency
	}{
		{"two doubts", map[string]string{"leg_one_side": Unsure, "leg_hospital": Unsure}, false},
		{"a swollen calf and a doubt", map[string]string{"leg_one_side": "yes", "leg_hospital": Unsure}, true},
		{"a doubt and a hospital stay", map[string]string{"leg_one_side": Unsure, "leg_hospital": "yes"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := e.Assess(text, f, tc.answers); (d.Urgency == Emergency) != tc.want {
				t.Errorf("Assess(%q, %v) = %s %v, want emergency=%v", text, tc.answers, d.Urgency, d.RedFlags, tc.want)
			}
		})
	}
}

// TestQuestionsForSmallChildren: the under-five questions are not asked
// of someone writing of themselves or of an adult relative, though no age
// is said; they are of a child whose age is not known.
func TestQuestionsForSmallChildren(t *testing.T) {
	e := mustLoad(t)
	unsure := func(Question) string { return Unsure }
	for _, tc := range []struct {
		text string
		ask  bool
	}{
		{"I have a fever and a cough", false},
		{"عندي حرارة وكحة", false},
		{"my wife has a fever and a cough since she gave birth", false},
		{"my son has a fever and a cough", true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			w := e.Walk(tc.text, Facts{}, "", unsure)
			asked := slices.Contains(w.Asked, "child_neck") || slices.Contains(w.Asked, "child_breathing")
			if asked != tc.ask {
				t.Errorf("asked %v, want the under-five questions asked=%v", w.Asked, tc.ask)
			}
		})
	}
}

// TestEmergencyRevealedByAnAnswer: the cases the first messages missed
// reach emergency advice once the patient answers truthfully.
func TestEmergencyRevealedByAnAnswer(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text  string
		facts Facts
		yes   []string // findings the patient has; every other question "no"
		rule  string
	}{
		{"my son is 9, fever and headache since yesterday", Facts{}, []string{"neck_stiffness"}, "RF-CHILD-02"},
		{"ولدي عنده ٩ سنين، عنده سخانة وراسو كيضرو", Facts{}, []string{"neck_stiffness"}, "RF-CHILD-02"},
		{"my calf is sore", Facts{AgeYears: 50, Sex: "f"}, []string{"calf_swelling_one_side", "recent_hospital_stay_or_surgery"}, "RF-DVT-01"},
		{"رجلي تعورني", Facts{AgeYears: 50, Sex: "f"}, []string{"calf_swelling_one_side", "recent_hospital_stay_or_surgery"}, "RF-DVT-01"},
		{"I have a fever since I came back from my trip", Facts{AgeYears: 35}, []string{"travel_malaria_area"}, "RF-TRAVEL-01"},
		{"عندي حرارة من رجعت من السفر", Facts{AgeYears: 35}, []string{"travel_malaria_area"}, "RF-TRAVEL-01"},
		{"my father is 70 and has a cough and fever", Facts{}, []string{"breathing_fast"}, "RF-SEPSIS-03"},
		{"ابوي عمره ٧٠ عنده كحة وحرارة", Facts{}, []string{"breathing_fast"}, "RF-SEPSIS-03"},
		{"pain in my side", Facts{AgeYears: 45, Sex: "m"}, []string{"sudden_severe_flank_pain"}, "RF-URO-02"},
		{"وجع في جنبي", Facts{AgeYears: 45, Sex: "m"}, []string{"sudden_severe_flank_pain"}, "RF-URO-02"},
		{"my 4 year old has diarrhoea and looks pale", Facts{}, []string{"blood_in_stool"}, "RF-CHILD-06|RF-BLEED-02"},
		{"ابني عنده ٤ سنين عنده اسهال ولونه اصفر", Facts{}, []string{"blood_in_stool"}, "RF-CHILD-06|RF-BLEED-02"},
		// A late period with a little blood: an ectopic pregnancy before
		// she knows she is pregnant (set 10's h10-048).
		{"my period is two weeks late and today there is a bit of blood", Facts{AgeYears: 27}, []string{"belly_pain_severe"}, "RF-PREG-09"},
		{"سلام، الدورة تعطلات عليا شي سيمانتين، واليوم جاني شوية ديال الدم", Facts{AgeYears: 27}, []string{"faint_now"}, "RF-PREG-09"},
		// A diabetic who cannot eat: ketoacidosis (set 10's h10-056).
		{"type 1 diabetic, can't eat since yesterday, should I still take my insulin?", Facts{AgeYears: 22}, []string{"vomiting"}, "RF-DIAB-03"},
		{"ana 3andy sokar noo3 awel, mesh ba2dar akol 5ales men embare7, a5od el insulin walla la2?", Facts{AgeYears: 22}, []string{"breathing_fast"}, "RF-DIAB-03"},
		// A new headache no painkiller touched, told mildly: asked about a
		// sudden worst onset (set 11's h11-020).
		{"headache for an hour and a bit, took 2 paracetamol and no relief, can I take ibuprofen too?", Facts{AgeYears: 30}, []string{"headache_sudden_worst"}, "RF-NEURO-02"},
		{"عندي وجع راس من ساعة وشوي، اخذت حبتين بنادول وما فادت، اقدر اخذ بروفين؟", Facts{AgeYears: 30}, []string{"headache_sudden_worst"}, "RF-NEURO-02"},
		// A medicine for the mind asked for again by someone unwell: an
		// overdose or suicidal thoughts behind it (set 11's h11-051).
		{"can I get more of my fluoxetine, ran out last week, feeling sick and shaky", Facts{AgeYears: 28}, []string{"swallowed_harmful"}, "RF-POISON-01"},
		{"ابي اجدد حبوب الاكتئاب، خلصت من ايام وانا تعبان ودايخ", Facts{AgeYears: 28}, []string{"suicidal_thoughts"}, "RF-MH-01"},
		// "He won't say where it hurts" affirms the pain: a boy's belly pain
		// is asked about his testicles (set 11's h11-007).
		{"my son is 13, tummy pain since the morning and sick once, he won't tell me where exactly it hurts", Facts{Sex: "m"}, []string{"testicle_pain"}, "RF-URO-01"},
		{"ابني عمره ١٣ سنة بطنه عم يوجعه من الصبح واستفرغ مرة، ما بدو يقلي وين بالضبط بيوجعه", Facts{Sex: "m"}, []string{"testicle_pain"}, "RF-URO-01"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if d := e.Classify(tc.text, tc.facts); d.Urgency == Emergency {
				t.Fatalf("already an emergency from the words: %v", d.RedFlags)
			}
			w := e.Walk(tc.text, tc.facts, "", func(q Question) string {
				for _, f := range q.Findings {
					if slices.Contains(tc.yes, f) {
						return "yes"
					}
				}
				if q.Kind == KindYesNo {
					return "no"
				}
				return q.Options[len(q.Options)-1].Value
			})
			if !slices.ContainsFunc(strings.Split(tc.rule, "|"), func(r string) bool { return slices.Contains(w.Decision.RedFlags, r) }) {
				t.Errorf("asked %v, told %s %v; want %s", w.Asked, w.Decision.Urgency, w.Decision.RedFlags, tc.rule)
			}
			if len(w.Asked) > 8 {
				t.Errorf("%d questions: %s", len(w.Asked), strings.Join(w.Asked, ", "))
			}
		})
	}
}

// TestAgeAndSexFromTheWords: an age or sex the words give is not asked
// again, and a relative is asked about in the third person.
func TestAgeAndSexFromTheWords(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text, subject string
	}{
		{"25M, chest pain when I cough", ""},
		{"F30 headache since this morning", ""},
		{"امي ٦٥ سنة عندها كحة", "she"},
		{"ولدي عنده ٩ سنين عنده حرارة", "he"},
		{"my mum is 80 and has a cough", "she"},
		{"my dad 70 years old has a fever", "he"},
	} {
		w := e.Walk(tc.text, Facts{}, "", func(q Question) string { return q.Options[len(q.Options)-1].Value })
		if slices.Contains(w.Asked, ageQuestion) {
			t.Errorf("%q: the age was asked (%v)", tc.text, w.Asked)
		}
		if slices.Contains(w.Asked, sexQuestion) {
			t.Errorf("%q: the sex was asked (%v)", tc.text, w.Asked)
		}
		if got := e.Subject(tc.text, Facts{}, nil); got != tc.subject {
			t.Errorf("%q: subject %q, want %q", tc.text, got, tc.subject)
		}
	}
	// "عندي ١٥ سنة" (Egyptian, Levantine: "I am 15") is an age
	if w := e.Walk("انا عندي ١٥ سنة وعندي وجع في بطني", Facts{}, "", func(q Question) string { return q.Options[len(q.Options)-1].Value }); slices.Contains(w.Asked, ageQuestion) {
		t.Errorf("\"عندي ١٥ سنة\": the age was asked (%v)", w.Asked)
	}
	if _, _, ok := ageSexCode("25m"); !ok {
		t.Error("25m is not read as an age and sex")
	}
	w := e.Walk("for 25m I had a pain in my belly", Facts{}, "", func(q Question) string { return q.Options[len(q.Options)-1].Value })
	if !slices.Contains(w.Asked, ageQuestion) {
		t.Errorf("25 minutes read as an age: %v", w.Asked)
	}
}

// TestLookAlikesEndBelowEmergency: words that look like a red flag but are
// not one, walked to the end with every question answered "no": acne for
// two years that creams do not clear is not a rash that does not fade; a
// blood-pressure pill taken every day is not an overdose; a heart that
// pounded after coffee and settled is not chest pain; a two-year-old who
// says only a few words has a speech delay, not a stroke.
func TestLookAlikesEndBelowEmergency(t *testing.T) {
	e := mustLoad(t)
	no := func(Question) string { return "no" }
	for _, tc := range []struct {
		text string
		f    Facts
	}{
		{"عندي حبوب بوجهي من سنتين ما تروح، جربت كريمات من الصيدليه وما فادت", Facts{AgeYears: 19, Sex: "f"}},
		{"ضغطي صار ١٥٠ على ٩٥ بالجهاز، اخذ دوا الضغط كل يوم املوديبين ٥. هل لازم اغير الجرعه؟", Facts{AgeYears: 60, Sex: "f"}},
		{"chrbt bzaf dyal l9ahwa lbar7 w 9albi bda kaydrb bzaf chi 10 d9aye9, daba rta7it. wach normal?", Facts{AgeYears: 25, Sex: "f"}},
		{"ابني عمرو سنتين وما عم يحكي غير كم كلمة، ابن خالتو بعمرو بيحكي جمل", Facts{AgeYears: 2, Sex: "m"}},
	} {
		if w := e.Walk(tc.text, tc.f, "", no); w.Decision.Urgency == Emergency {
			t.Errorf("%q ends in an emergency (%v) after %v", tc.text, w.Decision.RedFlags, w.Asked)
		}
	}
	// The real thing stays an emergency.
	w := e.Walk("ولدي عنده حرارة وحبوب حمرا ما تختفي لما اضغط عليها", Facts{AgeYears: 3, Sex: "m"}, "", no)
	if w.Decision.Urgency != Emergency {
		t.Errorf("a feverish child's rash that does not fade under pressure: %s", w.Decision.Urgency)
	}
}

// TestNewbornWithFeverWithoutAge: "newborn" says under a month old, so a
// newborn's fever is the under-3-months emergency even with no age given.
func TestNewbornWithFeverWithoutAge(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"my newborn has a fever", "بنتي حديثة الولادة عندها حرارة", "bayi baru lahir demam"} {
		if d := e.Classify(text, Facts{}); d.Urgency != Emergency || !slices.Contains(d.RedFlags, "RF-CHILD-04") {
			t.Errorf("%q: %s %v, want RF-CHILD-04", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("my newborn has no fever, just hiccups", Facts{}); d.Urgency == Emergency {
		t.Errorf("a newborn without fever: %s %v", d.Urgency, d.RedFlags)
	}
}

// Step is NextQuestion and Assess in one: the same question, the same
// urgency and pathway while asking, and Assess's whole decision at the end.
func TestStepIsNextQuestionThenAssess(t *testing.T) {
	e := mustLoad(t)
	cases := readEval(t, "testdata/eval.jsonl")
	for _, c := range cases[:min(len(cases), 120)] {
		f := Facts{AgeYears: c.Age, Sex: c.Sex}
		answers := map[string]string{}
		for range maxWalk {
			dec, q, ok := e.Step(c.Text, f, "", answers)
			wantQ, wantOK := e.NextQuestion(c.Text, f, "", answers)
			full := e.Assess(c.Text, f, answers)
			if ok != wantOK || q.ID != wantQ.ID {
				t.Fatalf("%s: Step asks %q (%v), NextQuestion %q (%v)", c.ID, q.ID, ok, wantQ.ID, wantOK)
			}
			if !ok {
				if !reflect.DeepEqual(dec, full) {
					t.Errorf("%s: Step's decision differs from Assess's", c.ID)
				}
				break
			}
			if dec.Urgency != full.Urgency || dec.Pathway != full.Pathway {
				t.Errorf("%s: asking %s, Step has %s/%s, Assess %s/%s", c.ID, q.ID, dec.Urgency, dec.Pathway, full.Urgency, full.Pathway)
			}
			answers[q.ID] = q.Options[len(q.Options)-1].Value
		}
	}
}

// TestUnsureCountsWhereTheTablesList: "not sure" to every question counts
// as "yes" only for an emergency a complaint family in play lists for the
// patient's age group (the sets' strict over-triage): a young adult's
// kidney infection, tooth abscess or sore throat with a fever is urgent,
// not sepsis nor malaria nor anaphylaxis; an older person's infection
// with "not sure" of new confusion is an emergency still.
func TestUnsureCountsWhereTheTablesList(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text      string
		f         Facts
		no        []string // findings the patient denies; "not sure" to every other
		emergency bool
	}{
		{"burning when I pee, a fever and chills, and my back hurts on the right side", Facts{AgeYears: 29, Sex: "f"}, []string{"sudden_severe_flank_pain"}, false},
		{"عندي حرقان في البول وحرارة ورعشة وظهري يعورني من جنب واحد، اقدر اشرب مضاد حيوي؟", Facts{AgeYears: 35, Sex: "f"}, []string{"sudden_severe_flank_pain"}, false},
		{"toothache for a week, now my cheek is swollen and I have a temperature", Facts{AgeYears: 40, Sex: "m"}, nil, false},
		{"sore throat for 4 days, very painful on one side, and a fever", Facts{AgeYears: 20, Sex: "m"}, nil, false},
		{"my mother is 80 and has a fever and a cough", Facts{}, nil, true},
		{"امي عمرها ٨٠ وعندها حرارة وكحة", Facts{}, nil, true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			w := e.Walk(tc.text, tc.f, "", func(q Question) string {
				if q.Kind != KindYesNo {
					return q.Options[len(q.Options)-1].Value
				}
				for _, f := range q.Findings {
					if slices.Contains(tc.no, f) {
						return "no"
					}
				}
				return Unsure
			})
			if got := w.Decision.Urgency == Emergency; got != tc.emergency {
				t.Errorf("asked %v, told %s %v; want an emergency: %v", w.Asked, w.Decision.Urgency, w.Decision.RedFlags, tc.emergency)
			}
		})
	}
}

// TestInfectedWoundNotAskedAboutBleeding: a wound gone red, warm and
// spreading is a skin infection (cellulitis), asked about fever and
// sepsis, not about heavy bleeding, which "not sure" would make an
// emergency (set 11's h11-035, h11-047).
func TestInfectedWoundNotAskedAboutBleeding(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my big toe has a wound and the foot is red, warm and swelling going up to the ankle",
		"في احمرار برجلي من يومين وعم يكبر، سخن وبيوجع. انجرحت بالجنينة الاسبوع الماضي",
	} {
		w := e.Walk(text, Facts{AgeYears: 50}, "", func(Question) string { return "no" })
		if slices.Contains(w.Asked, "inj_bleeding") {
			t.Errorf("%q: asked about heavy bleeding: %v", text, w.Asked)
		}
		if !e.lex.analyze(text).present[e.lex.index["skin_infection"]] {
			t.Errorf("%q: not read as a skin infection", text)
		}
	}
}
