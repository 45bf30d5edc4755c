package triage

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestArabiziRead: Latin words read into the Arabic words the lexicon
// knows, in the spellings of each dialect group.
func TestArabiziRead(t *testing.T) {
	lx := mustLoad(t).lex
	for _, c := range []struct{ latin, want string }{
		{"sadri", "صدري"}, {"sedri", "صدري"}, {"3andi", "عندي"}, {"7ar", "حار"}, {"jismah", "جسمه"},
		{"ntnfs", "نتنفس"}, {"kan3re9", "كنعرق"}, {"wja3", "وجع"}, {"y3awrni", "يعورني"}, {"mafi", "مافي"},
		{"mesh", "مش"}, {"ghabet", "غابت"}, {"bghit", "بغيت"}, {"nmout", "نموت"}, {"so5oneya", "سخونيه"},
		{"7amel", "حامل"}, {"yenzif", "ينزف"}, {"ta3ban", "تعبان"}, {"batni", "بطني"}, {"ddem", "الدم"},
		{"ma9dertch", "ماقدرتش"}, {"w", "و"}, {"3ala", "على"},
	} {
		got := lx.arabizi.read(Normalize(c.latin))
		if !slices.Contains(got, Normalize(c.want)) {
			t.Errorf("read(%q) = %v, want %s among them", c.latin, got, c.want)
		}
	}
}

// TestArabiziDialect: a message with a word only Egyptians write reads g
// as ج, never the Gulf ق: "waga3" is وجع (pain), not واقع (fell).
func TestArabiziDialect(t *testing.T) {
	lx := mustLoad(t).lex
	egypt := lx.arabizi.forWords(strings.Fields(Normalize("3andy waga3 gamed awi")))
	if got := egypt.read("waga3"); !slices.Contains(got, "وجع") || slices.Contains(got, "واقع") {
		t.Errorf("Egyptian read(waga3) = %v, want وجع and not واقع", got)
	}
	if got := egypt.read("arga3"); !slices.Contains(got, "ارجع") {
		t.Errorf("Egyptian read(arga3) = %v, want ارجع", got)
	}
	gulf := lx.arabizi.forWords(strings.Fields(Normalize("galbi y3awrni wayed")))
	if got := gulf.read("galbi"); !slices.Contains(got, "قلبي") {
		t.Errorf("Gulf read(galbi) = %v, want قلبي", got)
	}
	for _, tc := range []struct {
		text   string
		nausea bool
	}{
		{"3ayez arga3 men el sob7", true},
		{"عايزه ارجع من امبارح", true},
		{"بدي رجع", true},
		{"عايز ارجع البيت", false},
		{"3ayez arga3 el beit", false},
	} {
		if got := lx.analyze(tc.text).present[lx.index["nausea"]]; got != tc.nausea {
			t.Errorf("%q: nausea %v, want %v", tc.text, got, tc.nausea)
		}
	}
}

// TestArabiziNormalize: the digit-and-apostrophe letters of Arabizi.
func TestArabiziNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"3'ali": "ghali", "ma7'noo2": "makhnoo2", "9'aher": "dhaher", "3's and 4's": "3 s and 4 s",
		"it's 5' tall": "its 5 tall",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestArabiziMessage: which messages are read as Arabizi. English ones
// never are, whatever digits they hold.
func TestArabiziMessage(t *testing.T) {
	lx := mustLoad(t).lex
	is := func(s string) bool { return lx.arabiziMessage(strings.Fields(Normalize(s)), arabiziCache{}) }
	for _, s := range []string{
		"3andi wja3 f sdri", "ma agdar atnaffas zain", "mesh 2ader atnaffes", "ibni sokhn w mish bi yakol",
	} {
		if !is(s) {
			t.Errorf("%q not read as Arabizi", s)
		}
	}
	english := []string{
		"my son is 3yo and has a fever since 3am", "covid19 test positive", "vitamin d3 and b12 refill", "gr8, see you l8r",
		"BP 190/115 at 9pm", "my 2nd baby is 5 weeks old", "I had a bad day, my name is Sam", "mp3 player",
		"temperature 39c for 2 days", "I'm 30 weeks pregnant with my 3rd",
	}
	for _, file := range []string{"testdata/eval.jsonl", "testdata/eval_holdout.jsonl", "testdata/eval_holdout2.jsonl", "testdata/eval_holdout3.jsonl", "testdata/eval_holdout4.jsonl"} {
		for _, c := range readEval(t, file) {
			if c.Lang == "en" {
				english = append(english, c.Text)
			}
		}
	}
	for _, s := range english {
		if is(s) {
			t.Errorf("English %q read as Arabizi", s)
		}
	}
}

// readingCase is a message and what it must (or must not) give.
type readingCase struct {
	text string
	want string // "emergency", "not" (not an emergency), "urgent+" (urgent or emergency)
}

func checkReading(t *testing.T, cases []readingCase) {
	t.Helper()
	e := mustLoad(t)
	for _, c := range cases {
		d := e.Classify(c.text, Facts{})
		ok := false
		switch c.want {
		case "emergency":
			ok = d.Urgency == Emergency
		case "not":
			ok = d.Urgency != Emergency
		case "urgent+":
			ok = d.Urgency.Rank() >= Urgent.Rank()
		case "urgent":
			ok = d.Urgency == Urgent
		case "routine-":
			ok = d.Urgency.Rank() <= Routine.Rank()
		default:
			t.Fatalf("bad want %q", c.want)
		}
		if !ok {
			t.Errorf("%q: %s %v, want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
}

// TestEndedEpisodes: an episode that has ended is not an emergency now,
// unless it is one that still counts when recent (chest pain, stroke
// signs, a fit); a past history is not happening now; a negation or an
// episode still going on keeps its red flag.
func TestEndedEpisodes(t *testing.T) {
	checkReading(t, []readingCase{
		{"he was bleeding a lot from the nose but it stopped after 10 minutes, fine now", "not"},
		{"my sugar dropped to 50 and I was shaking, I ate something and it's back to 118", "not"},
		{"she couldn't breathe for a minute but it settled down and she is ok now", "not"},
		{"النزيف خف والحين زين", "not"},
		{"كان ينزف دم كثير وبعدين وقف النزيف ورجع طبيعي", "not"},
		{"ما كان قادر يتنفس بس الحين زين", "not"},
		{"had a stroke 5 years ago", "not"},
		{"had a heart attack in 2019, been fine since, no chest pain, want a follow-up", "not"},
		{"I had chest pain last week, it went away, want a checkup", "not"},
		{"ابوي جاته جلطة قبل خمس سنين ويبي يجدد الدوا", "not"},
		{"abooy jatah jalta 9abl 5 sneen w yabi yjadded el dawa", "not"},
		{"he was choking but it came out", "not"},
		{"he was choking and nothing came out", "emergency"},
		{"الحرارة راحت بس ما زال يكح", "not"},
		// recent and still counting: at least urgent
		{"had chest pain an hour ago that went after 10 min", "urgent+"},
		{"my dad had chest pain this morning, it stopped after 10 minutes, he is fine now", "urgent+"},
		{"صدري كان يعورني الصبح وراح الحين", "urgent+"},
		{"his face dropped and he couldn't talk for 10 minutes, now he is fine", "urgent+"},
		{"I fainted this morning and now I'm ok", "urgent+"},
		// chest pain that ended yesterday: past the 12 hours of an
		// emergency, within the 72 of a same-day assessment (NICE CG95)
		{"chest tightness yesterday evening for 3 minutes, it went away, totally fine today", "urgent"},
		{"امبارح بالليل حسيت بوجع في صدري خمس دقايق وراح، النهارده كويس", "urgent"},
		{"since yesterday I have chest pain, it went away for an hour but now it is back", "emergency"},
		// not ended: the red flag stays
		{"it hasn't stopped bleeding, blood everywhere", "emergency"},
		{"the bleeding won't stop", "emergency"},
		{"he collapsed and stopped breathing", "emergency"},
		{"النزيف ما وقف وما راح", "emergency"},
		{"ما راح ضيق النفس وما يقدر يتنفس", "emergency"},
		{"the headache went away but now I can't breathe", "emergency"},
		{"my dad is confused and very hot, we cooled him and he is better now", "emergency"},
		{"the bleeding stopped but started again and now it is soaking through towels", "emergency"},
	})
}

// TestIndirectSuicidalIntent: putting affairs in order with a farewell,
// and saying one will not be a burden much longer, fire the suicidal red
// flag; a pilgrim's will alone and a goodbye before a journey do not.
func TestIndirectSuicidalIntent(t *testing.T) {
	checkReading(t, []readingCase{
		{"I wrote my will and am giving my things away", "emergency"},
		{"كتبت وصيتي ووزعت اغراضي", "emergency"},
		{"katabt wasiyti w wazza3t aghradi", "emergency"},
		{"I said goodbye to everyone", "emergency"},
		{"I won't be a burden much longer", "emergency"},
		{"don't worry, soon you won't have to worry about me", "emergency"},
		{"ما راح اكون عبء عليكم بعد اليوم", "emergency"},
		{"قريب بترتاحون مني", "emergency"},
		{"هتخلصوا مني قريب", "emergency"},
		{"ودعت الكل وسامحوني على كل شي", "emergency"},
		{"I wrote my will before travelling to Hajj as is sunnah", "not"},
		{"كتبت وصيتي قبل الحج زي ما هي السنة", "not"},
		{"I said goodbye to everyone before travelling to Hajj", "not"},
		{"gave away my old clothes to charity, now I have a cough", "not"},
		// means kept ready or a time chosen, with no word of death at all
		{"I've decided tonight is the night, I've got the tablets saved up", "emergency"},
		{"been stockpiling my pills for weeks", "emergency"},
		{"محوشه حبوب من شهر والليله اخر ليله", "emergency"},
		{"jam3t 7boob w el leila akher leila li", "emergency"},
		{"I saved up my tablets for my trip to Hajj", "not"},
		{"done with everything at work, I need a sick note", "not"},
	})
}

// TestReducedFetalMovements: a baby moving less than usual after the first
// three months, however it is said, is an emergency (NHS: call the
// maternity unit immediately); in the first three months no movement is
// felt yet.
func TestReducedFetalMovements(t *testing.T) {
	checkReading(t, []readingCase{
		{"I am 33 weeks pregnant, today baby not so active like usual, still quiet after cold water", "emergency"},
		{"34 weeks pregnant, hardly felt her kick today", "emergency"},
		{"انا حامل بالشهر الثامن والبيبي حركته قليله اليوم", "emergency"},
		{"زوجتي حامل في الشهر السابع والجنين هادي اليوم مو مثل عادته، حركته قلت", "emergency"},
		{"انا حاملة فالشهر التامن والبيبي كيتحرك قليل اليوم", "emergency"},
		{"33 weeks pregnant, the baby is kicking loads, just heartburn", "not"},
		{"عايزة احجز متابعة حمل، انا في الشهر التالت وكله تمام", "not"},
	})
}

// TestRealWordsNotCorrected: a real word is not read as the symptom it is
// one letter away from.
func TestRealWordsNotCorrected(t *testing.T) {
	checkReading(t, []readingCase{
		{"eczema question about my child's dry scaly bits", "not"},
		{"my son has eczema, dry scaly bits on his arms and behind his knees, what cream should we use?", "not"},
		{"my toddler got scalded by hot tea", "emergency"},
		{"my baby has feaver and is very floppy", "emergency"},
	})
}

// FuzzArabizi: the reader never panics, reads only Arabic words, and a
// message is read the same each time.
func FuzzArabizi(f *testing.F) {
	e, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"5ali 3umrah 67 w e7na fi 3arafa", "ma9dertch ntnfs", "3'ali 7'ara", "ddem", "wwwwwwwwwwwwwwwwwwwwwwww",
		"a3a3a3a3a3a3a3a3a3a3a3a3", "el", "w el b", "ma", "3", "2ader", "aaaaaaaaaaaaaaaaaaaaaaaa", "sh ch kh gh",
	} {
		f.Add(s)
	}
	z := e.lex.arabizi
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range strings.Fields(Normalize(s)) {
			for _, r := range z.read(w) {
				for _, part := range strings.Fields(r) {
					if !isArabicWord(part) || !utf8.ValidString(part) {
						t.Fatalf("read(%q) gave %q", w, r)
					}
				}
			}
		}
		d := e.Classify(s, Facts{})
		if d2 := e.Classify(s, Facts{}); d2.Urgency != d.Urgency || !slices.Equal(d.RedFlags, d2.RedFlags) {
			t.Fatalf("Classify(%q) not deterministic", s)
		}
	})
}

// BenchmarkClassifyArabizi: one Arabizi message, read word by word into
// Arabic (go test -run XXX -bench Arabizi -benchmem ./triage/).
func BenchmarkClassifyArabizi(b *testing.B) {
	e, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	msgs := []string{}
	for _, c := range arabiziSet {
		msgs = append(msgs, c.text)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Classify(msgs[i%len(msgs)], Facts{})
	}
}

// TestNegationAndDelayNotFiring: Arabizi negations written as words of
// their own ("mafeesh", "mesh", "ma ... shay"), "I see nothing strange",
// a child who does not yet talk in sentences and an episode long over are
// not emergencies; the same signs said plainly, and an age ("70 year
// old"), which is no history, still are.
func TestNegationAndDelayNotFiring(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name, text string
		emergency  bool
	}{
		{"egyptian arabizi mafeesh", "3andi 2alaq w 2alby bydrab bsor3a lama at3asab, mafeesh wag3 fe sedry", false},
		{"gulf arabizi ma shay", "ana 7amil w rasi yoja3ni shway min ams, bas ma ashoof shay ghareeb", false},
		{"arabic see nothing strange", "حامل وراسي يوجعني شوي بس ما اشوف شي غريب", false},
		{"levantine arabizi mafi", "mafi wja3 bsadri, bas ka77a", false},
		{"egyptian arabizi mesh", "mesh ta3ban, bas 3ayez a3raf el dawa", false},
		{"arabizi speech delay", "ebny 3ando 3 snin w lessa mabyetkallemsh gomal, bi2ool kalmat bas", false},
		{"english speech delay", "my son is 3 and still not talking in sentences, only says words", false},
		{"arabic speech delay", "ابني عنده ٣ سنين ولسه ما بيتكلمش جمل", false},
		{"lost speech is a stroke sign", "my dad stopped talking suddenly", true},
		{"arabizi cannot see", "ma ashoof shay b 3eni el yemin fja2a", true},
		{"arabizi cannot breathe", "mesh 2ader atnafas", true},
		{"an age is no history", "my 70 year old mother had a stroke this morning", true},
		{"a child's age is no history", "she is 6 years old and had a fit just now", true},
		{"a faint last year, tests normal", "Last year I fainted once at a wedding, all tests normal. Is Umrah safe for me?", false},
		{"a faint this morning", "my grandad fainted this morning, he is fine now", true},
		{"a heart attack in 2019", "had a heart attack in 2019, been fine since, no chest pain, want a follow-up", false},
		{"a father's heart attack at 50", "I want to check my sugar and cholesterol, my father had heart attack at 50. I feel fine", false},
		{"a father's heart attack is now", "my father is having a heart attack", true},
		{"egyptian arabizi torsion", "3andi waga3 gamed awi fel 5esya men sa3teen w 3ayez arga3", true},
		{"egyptian age is no duration", "انا عندي ١٦ سنة وعندي وجع جامد في الخصية من ساعة", true},
		{"a burn that did no good", "ضرسي بيوجعني جامد وخدت بروفين ومفيش فايده", false},
		{"thirst with a high sugar", "I have diabetes and my reading today is 350, very thirsty and peeing a lot, no vomiting", false},
		{"a high sugar with vomiting", "my sugar is 400 and I keep vomiting and breathing fast", true},
		// "never" reaches the faint: the words of "the worst headache ever"
		// keep no negation of their own (set 11's h11-039)
		{"never fainted", "my husband's heart races after too much coffee and settles by itself, no chest pain and he has never fainted", false},
		{"عمره ما اغمى عليه", "جوزي قلبه بيدق بسرعة بعد القهوة وبتروح لوحدها، ومفيش وجع في صدره وعمره ما اغمى عليه", false},
		{"never had a headache like this", "never had a headache like this, came on suddenly", true},
		// a sentence dated months or years back is history, up to a word
		// of now; a duration is still going on (set 11)
		{"a bee sting last summer", "last summer he was stung by a bee and his face and lips swelled, we went to the emergency, now he's fine. does he need an epipen?", false},
		{"fits as a child", "when I was 10 I had fits and took medicine, none since, I need a medical report for my driving licence", false},
		{"تشنجات قبل اربع شهور", "بنتي جاتها تشنجات مع الحرارة قبل اربع شهور، الحين حرارتها ٣٨ وتلعب عادي", false},
		{"صرع لما كنت صغير", "لما كنت صغير كان عندي نوبات صرع وكنت اخد دوا، وقفوه من سنين، بدي تقرير طبي", false},
		{"last year, and now again", "last year my dad had a heart attack, now he has crushing chest pain and is sweating", true},
		{"since last summer", "her face has been swelling since last summer and now her throat is closing", true},
		// a date is no duration: a stroke last year does not make today's
		// drooping face a complaint of a year (chronic), and "والحين" is a
		// word of now with its "and"
		{"a stroke last year, the face droops now", "last year he had a stroke and now his face is drooping again", true},
		{"a stroke last year, since this morning", "my dad had a stroke last year. since this morning his face is drooping and his speech is slurred", true},
		{"جلطة السنة اللي فاتت والحين", "ابوي جاته جلطة السنة اللي فاتت والحين وجهه مايل وكلامه ثقيل", true},
		{"started months ago", "6 months ago I started getting chest pain and sweating when I walk up stairs", true},
		{"بدا قبل شهرين", "قبل شهرين بدا معي ضيق تنفس واليوم ما اقدر اتنفس", true},
		// a fear of its coming back is not a fit now
		{"خايفه ترجع له التشنجات", "ولدي عمره ٣ سنين حرارته ٣٨ ويلعب عادي، خايفه ترجع له التشنجات", false},
		// the emergency department as a place gone to
		{"taken to the emergency department", "we took him to the emergency department on sunday, they sent us home, he still has a cough", false},
		{"ودوه الطوارئ", "ابوي ودوه الطوارئ الاسبوع الماضي عشان الضغط، الحين يبي موعد متابعة", false},
		{"an emergency now", "this is an emergency, my dad collapsed", true},
		// a number of years is no count of tablets
		{"tablets for 10 years", "I have taken my pills for 10 years, I need a new prescription", false},
		{"الدوا ١٠ سنين", "كناخد الدوا ديال السكر 10 سنين وبغيت نجدد الوصفة", false},
		{"30 tablets", "she took 30 tablets of paracetamol", true},
		// Levantine Arabizi "hala2" is now, not the throat
		{"hala2 is now", "we2e3 w 7at 3a 2ido, hala2 m3asmo mwarram", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := e.Classify(tc.text, Facts{})
			if (d.Urgency == Emergency) != tc.emergency {
				t.Errorf("Classify(%q) = %s %v, want emergency=%v", tc.text, d.Urgency, d.RedFlags, tc.emergency)
			}
		})
	}
}

// TestPregnancySameDaySigns: a burning pee (said with "جامد" between its
// words) and fluids not kept down in pregnancy are read, and urgent
// (set 11's h11-026, h11-006).
func TestPregnancySameDaySigns(t *testing.T) {
	checkReading(t, []readingCase{
		{"انا حامل في الشهر السادس وعندي حرقان جامد وانا بعمل حمام من امبارح", "urgent"},
		{"حاملة في الشهر الثاني، اليوم حتى الماء ما ثبتش", "urgent"},
		{"8 weeks pregnant and I can't keep water down since this morning", "urgent"},
	})
}

// TestSweatIsNotInsomnia: Arabizi "3ara8" is also read عارق (sweating),
// whose ع is no clitic: ع + ارق would be insomnia and ask a pilgrim with
// a heat rash the mental health questions (set 11's h11-043).
func TestSweatIsNotInsomnia(t *testing.T) {
	lx := mustLoad(t).lex
	for _, tc := range []struct {
		text     string
		insomnia bool
	}{
		{"ra8bti t7ekni wayed mn el 7ar w el 3ara8", false},
		{"رقبتي تحكني من الحر وانا عارقه", false},
		{"عندي ارق من شهر وما انام", true},
	} {
		if got := lx.analyze(tc.text).present[lx.index["mental_word"]]; got != tc.insomnia {
			t.Errorf("%q: insomnia %v, want %v", tc.text, got, tc.insomnia)
		}
	}
}

// TestMonthsAgoIsNoDuration: "6 months ago" dates a past event; it is not
// a fever of five days or more (UR-FEVER-02; set 11's h11-055).
func TestMonthsAgoIsNoDuration(t *testing.T) {
	checkReading(t, []readingCase{
		{"ولدي عمره ٣ سنين قبل ست شهور جاته تشنجات مع الحرارة. اليوم حرارته ٣٨ ويلعب عادي", "routine-"},
		{"my son is 3, he had a fit with a fever 6 months ago. today his temp is 38 and he is playing normally", "routine-"},
	})
}

// TestHarmlessCauseSaidBeside: a red-flag word with its harmless cause said
// beside it is not that emergency: "can't breathe" for a blocked nose, "a
// lot" that belongs to the diarrhoea and not to "a bit of blood", chest
// pain a finger press brings on; the real thing still is one.
func TestHarmlessCauseSaidBeside(t *testing.T) {
	checkReading(t, []readingCase{
		{"my nose is so blocked I can't breathe, sneezing and runny nose", "not"},
		{"مناخيري مسدودة ومش عارفة اتنفس خالص من ٣ ايام عطس ورشح", "not"},
		{"I can't breathe", "emergency"},
		{"my baby has a blocked nose and can't breathe, lips going blue", "emergency"},
		{"عندي اسهال كتير وسخونية ٣٨.٥ ومغص وفيه شوية دم", "not"},
		{"3andi es-hal kteer w so5oneya w maghas, w feeh shwayet dam", "not"},
		{"cut my hand, there is so much blood everywhere", "emergency"},
		{"كيسيل الدم بزاف من الجرح", "emergency"},
		{"A&E said it's costochondritis, it's still a bit sore when I press on my breastbone", "not"},
		{"صدري يوجعني لما اضغط عليه، قالوا التهاب غضاريف", "not"},
		{"crushing chest pain going to my arm, it hurts when I press on my chest", "emergency"},
		{"I have chest pain", "emergency"},
	})
}

// TestAskingWhetherToGoToTheEmergencyDepartment: asking whether to go, or to
// take someone, to the emergency department is no report of an emergency;
// asking for an ambulance is.
func TestAskingWhetherToGoToTheEmergencyDepartment(t *testing.T) {
	checkReading(t, []readingCase{
		{"ولدي ٩ سنين طلع دم من خشمه ووقف بعد ٥ دقايق لما ضغطوا عليه. لازم نوديه الطوارئ؟", "not"},
		{"wach nmchi l tawari2?", "not"},
		{"هل اروح للطوارئ ولا استنى لبكرة؟", "not"},
		{"ابي اسعاف الحين", "emergency"},
	})
}

// TestRelieverEveryFourHours: asthma whose reliever is needed every four
// hours or more often is urgent even when it "helps a bit" (NHS, BTS/SIGN
// 158): how often is measured, not told.
func TestRelieverEveryFourHours(t *testing.T) {
	checkReading(t, []readingCase{
		{"بنتي ٧ سنين عندها ربو، عم اعطيها البخاخ الازرق كل ٤ ساعات وبترتاح شوي", "urgent"},
		{"my son has asthma, using his blue inhaler every 3 hrs, it helps a bit", "urgent"},
		{"asthma, used my inhaler once this week, need a refill", "routine-"},
	})
}

// TestBreathStoppedTurnedBlue: a child whose breath stopped and who turned
// blue, in the dialects' own verbs, is an emergency.
func TestBreathStoppedTurnedBlue(t *testing.T) {
	checkReading(t, []readingCase{
		{"ولدي نفسو حبس وزرق", "emergency"},
		{"بنتي نفسها حبس وولات زرقا", "emergency"},
		{"my son held his breath and turned blue", "emergency"},
		{"حبست نفسي من الضحك", "not"},
		{"زرقت الابرة بايدي ووجعتني", "not"},
	})
}

// TestFromMeIsNotMina: مني is "from me" in every dialect ("نزل مني دم");
// Mina (منى, the same letters once ى is folded) is read only where the
// words place someone there.
func TestFromMeIsNotMina(t *testing.T) {
	lx := mustLoad(t).lex
	heat := lx.index["heat_context"]
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"نزل مني دم", false},
		{"طلع مني شي غريب", false},
		{"راح مني الوعي شوي", false},
		{"بيرتاحوا مني كلهم", false},
		{"احنا في منى وابوي تعبان", true},
		{"ابوي تعبان بمنى", true},
		{"رجعنا من منى وامي دايخه", true},
		{"راني فمنى و عيان", true},
		{"ana fi mina w 3indi 7arara", true},
		{"میرے والد منیٰ میں بیمار ہیں", true},
	} {
		if got := lx.analyze(tc.text).present[heat]; got != tc.want {
			t.Errorf("%q: heat_context %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestEndedAMonthBack: "من شهر" is "for a month" or "a month ago"; beside
// an ending it says the episode began a month or more back and is over, as
// "من اسبوعين" did, so even a chest pain is past. Without an ending it is
// still going on.
func TestEndedAMonthBack(t *testing.T) {
	lx := mustLoad(t).lex
	cp := lx.index["chest_pain"]
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"من شهر اجاني وجع بصدري وراح، عملت تخطيط وطلع منيح، بدي اتطمن بس", false},
		{"من شهر جاني الم في صدري وخف", false},
		{"من شهرين جاتني كتمه في صدري وراحت لحالها", false},
		{"من كم شهر كان عندي وجع في صدري وراح، بدي فحص", false},
		{"عندي الم في صدري من شهر", true},
		{"عندي الم في صدري من شهر وما راح", true},
		{"اجاني وجع بصدري من ساعه وراح", true},
	} {
		if got := lx.analyze(tc.text).present[cp]; got != tc.want {
			t.Errorf("%q: chest_pain %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestDeadSeaIsAPlace: البحر الميت is the Dead Sea, not a numb limb nor a
// word of death.
func TestDeadSeaIsAPlace(t *testing.T) {
	lx := mustLoad(t).lex
	numb, die := lx.index["numb_word"], lx.index["die_verb"]
	for _, text := range []string{"قعدت طول النهار بالبحر الميت وتعبت", "كنا في البحر الميت امبارح وعيوني بتحرقني", "we went to the dead sea and my eyes sting"} {
		a := lx.analyze(text)
		if a.present[numb] || a.present[die] {
			t.Errorf("%q: numb %v, die %v", text, a.present[numb], a.present[die])
		}
	}
	if a := lx.analyze("ايدي ميته من الصبح"); !a.present[numb] {
		t.Errorf("a hand gone dead is still numb")
	}
}

// TestAmountOfAFearOrDenied: "not a lot" in any dialect says the complaint
// is mild, and "very scared" is the amount of the fear: neither is a severe
// symptom. An amount beside the symptom still is.
func TestAmountOfAFearOrDenied(t *testing.T) {
	lx := mustLoad(t).lex
	severe := lx.index["severe"]
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"انا حامل بالاسبوع العاشر ونزل معي شوية دم بني خفيف اليوم، ما في وجع. هاد طبيعي؟ خايفة كتير", false},
		{"بان ليا شوية ديال الدم اليوم مع وجع خفيف فالكرش. ماشي بزاف", false},
		{"عندي مغص مش اوي بس خايفه", false},
		{"بطني يعورني شوي مب وايد", false},
		{"a bit of tummy ache, not a lot, but I'm really worried", false},
		{"عندي وجع في بطني وخايفه بزاف", false},
		{"بطني بيوجعني كتير", true},
		{"كرشي كتضرني بزاف وخايفة", true},
		{"بطني بيوجعني كتير وخايفة", true},
		{"my tummy hurts a lot", true},
	} {
		if got := lx.analyze(tc.text).present[severe]; got != tc.want {
			t.Errorf("%q: severe %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTightnessOfTheBreathIsNoMood: «ضيقة» of the breath or the chest is
// breathlessness or chest tightness, not the mood the word also names.
func TestTightnessOfTheBreathIsNoMood(t *testing.T) {
	lx := mustLoad(t).lex
	mood := lx.index["mental_word"]
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"عندي ضيقه في النفس من امس", false},
		{"حاسه بضيقه في صدري وخنقه", false},
		{"3andi skhana w kan7ess b dii9a f nfas", false},
		{"ابوي عنده ضيق تنفس وكحه", false},
		{"انا متضايقه وحاسه بضيقه من كل شي", true},
		{"عندي ضيقه وما لي خلق لشي", true},
	} {
		if got := lx.analyze(tc.text).present[mood]; got != tc.want {
			t.Errorf("%q: mental_word %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestSwellingAsItHappens: swelling told in the present of the dialects
// ("عم ينفخو", "كينفخ", "بتنفخ"), the plural too, is swelling.
func TestSwellingAsItHappens(t *testing.T) {
	lx := mustLoad(t).lex
	sw := lx.index["swelling"]
	for _, text := range []string{
		"شفافي ووجهي عم ينفخو شوي",
		"وجهو كينفخ من الصباح",
		"رجلي بتنفخ بالليل",
		"رجليه بينفخو كل يوم",
		"mn ba3d ma ballasht dawa el da8et el jdid, shaf2e w wejje 3am yenfakho shway",
	} {
		if !lx.analyze(text).present[sw] {
			t.Errorf("%q: swelling not read", text)
		}
	}
}

// TestHonorificIsNoPilgrim: الحاج, الحاجه are in Egypt and the Levant the
// honorific of an older parent, at home: no heat; a pilgrim who says so,
// or names the sites, still is.
func TestHonorificIsNoPilgrim(t *testing.T) {
	lx := mustLoad(t).lex
	heat := lx.index["heat_context"]
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"ابويا الحاج عنده ٧٥ سنه وبيرجع من الصبح ودايخ", false},
		{"الحاجه امي تعبانه وبترجع من امبارح", false},
		{"جدي الحاج عم يسعل من اسبوع", false},
		{"انا حاج وتعبان من امس", true},
		{"ابويا الحاج تعبان واحنا في مكه", true},
		{"رجعنا من الحج وامي تعبانه", true},
	} {
		if got := lx.analyze(tc.text).present[heat]; got != tc.want {
			t.Errorf("%q: heat_context %v, want %v", tc.text, got, tc.want)
		}
	}
}
