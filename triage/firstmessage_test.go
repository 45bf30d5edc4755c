package triage

import (
	"slices"
	"testing"
)

// TestFirstMessageNotOverRead: what the first message says is read for what
// it is and no more (issue 10, the tuning sets 8-11): a measured
// temperature below 38 °C is no fever, an amount word qualifies only the
// word beside it, heat exhaustion being cooled or over is looked after
// where the patient is, and a usual attack of a known migraine is
// self-care. The danger signs in the same kind of message still escalate.
func TestFirstMessageNotOverRead(t *testing.T) {
	e := mustLoad(t)
	// NICE NG143 1.1.1: a fever is 38 °C or more.
	for _, text := range []string{
		"بنتي عندها سنتين عندها رشح وكحة خفيفة من ٣ ايام وحرارتها ٣٧.٨، بتاكل وبتلعب عادي",
		"my son has a runny nose and cough, temp 37.5, eating fine",
		"ابني عنده كحة وحرارته 37,8 بس يلعب عادي",
		"wldi 3ando ka7a w s5ana 37.9 w kayl3ab",
		"bnti 3andha s5ana 37.8 w katl3ab 3adi",
		"ولدي فيه كحة وحرارته ٣٧.٦ ويلعب",
	} {
		if got := e.textFinding(e.lex.analyze(text), e.findings["fever"]); got == FindingPresent {
			t.Errorf("%q: a fever read below 38 °C", text)
		}
	}
	checkReading(t, []readingCase{
		{"بنتي عندها سنتين عندها رشح وكحة خفيفة من ٣ ايام وحرارتها ٣٧.٨، بتاكل وبتلعب عادي", "routine-"},
		{"my son has a runny nose and cough, temp 37.5, eating fine", "routine-"},
		// still a fever: 38 or more, at any age, and the highest reading
		{"my baby is 2 months old and has a temperature of 38.5", "emergency"},
		{"بنتي عمرها شهرين وحرارتها ٣٨.٥", "emergency"},
		// amount words: "many creams", "a lot of coffee", "the crowd was strong"
		{"بدي اعمل موعد مع دكتور جلدية، عندي حبوب بوجهي من سنين وجربت كريمات كتير وما نفعو", "routine-"},
		{"I have had acne on my face for years and tried a lot of creams", "routine-"},
		{"احس بخفقان خفيف لما اشرب قهوة وايد، بس ما عندي الم صدر ولا ضيق نفس ولا دوخة", "routine-"},
		{"I get palpitations when I drink too much coffee, no chest pain, no dizziness", "routine-"},
		{"rani nchrb bzaf dyal l9ahwa w 9albi kaydrb, ma3ndi 7ta wja3 f sdri", "routine-"},
		// ... and still the complaint's own severity beside it
		{"عندي وجع قوي في بطني", "urgent"},
		{"I have a lot of pain in my tummy", "urgent"},
		// heat exhaustion out of the heat and drinking, or over
		{"رميت الجمرات اليوم والشمس حارة مره، رجعت المخيم وانا تعبانه ومصدعه وعرقانه، شربت موية وقاعده تحت المكيف", "routine-"},
		{"tired and sweaty after tawaf in the heat, drank water and resting in the shade now", "routine-"},
		{"ana ta3ban w 3ar2an ba3d el shams, shrbt maya w 2a3ed ta7t el mokayef", "routine-"},
		{"My dad (70) got dizzy after tawaf in the heat. We sat him in the shade and gave him water, half an hour later he's fine, back to himself", "routine-"},
		// ... urgent at higher risk, an emergency with heat stroke's signs
		{"my mum is 70, dizzy and sweating after tawaf in the heat, she vomited, we sat her in the shade with water", "urgent"},
		{"ابوي عمره ٧٢ دايخ بعد الشمس، قعدناه بالظل وشرب موية", "urgent+"},
		{"my dad is confused after the sun, we put him in the shade and gave him water", "emergency"},
		{"his skin is hot and dry after arafat and he stopped sweating, we put him under the ac and gave water", "emergency"},
		{"dizzy, headache and heavy sweating after walking in the sun at mina", "urgent"},
		// a usual migraine, as always, with its own treatment
		{"Usual migraine kicked off this afternoon, zigzags first then the one sided thumping, same as always. took my sumatriptan an hour ago", "routine-"},
		{"الشقيقة جاتني زي كل مره واخدت الدوا", "routine-"},
		{"jatni chi9i9a kima dima, khdit dwa", "routine-"},
		{"my usual migraine but this time it came on suddenly, the worst headache of my life", "emergency"},
		{"this headache is not like my usual migraine, it is sudden and the worst ever", "emergency"},
	})
	// the self-care decision of a usual migraine
	for _, text := range []string{
		"Usual migraine kicked off this afternoon, same as always. took my sumatriptan an hour ago",
		"عندي شقيقة، اجتني متل العادة واخدت الدوا تبعي",
		"jatni chi9i9a kima dima, khdit dwa",
	} {
		if d := e.Classify(text, Facts{}); d.Urgency != SelfCare {
			t.Errorf("%q: %s %v, want self_care", text, d.Urgency, d.Complaints)
		}
	}
	// minor troubles named in everyday words, each its complaint's self-care
	for _, c := range []struct{ text, complaint string }{
		{"rolled my ankle playing football last night, bit swollen but I can walk on it fine", "injury"},
		{"sliced the tip of my thumb on a mandoline, bled for 10 mins but its stopped now, not deep", "wound"},
		{"wjhi w rgbti 7mr w y7r8ni mn il shams yom 3arafa, ma fee fgaa3at w ma 3indi 7rara", "skin_minor"},
		{"my shoulders are bright red and stinging after a day in the sun, no blisters", "skin_minor"},
		{"وجهي صار احمر ويحرقني من الشمس بعد عرفه، ما فيه فقاعات", "skin_minor"},
		{"سناني بتوجعني اوي لما اشرب حاجه ساقعه او اكل ايس كريم، بس الوجع بيروح على طول", "toothache"},
		{"my teeth hurt a lot when I drink something cold but it goes away straight away", "toothache"},
		{"ضرسي يعورني مره مع الموية البارده بس يروح على طول", "toothache"},
		{"snani kayderni bzaf mli kanchrb chi 7aja barda walakin kaymchi dghya", "toothache"},
		// more everyday words for self-care troubles
		{"زلعومي عم يوجعني شوي من مبارح، ما في حرارة وعم آكل عادي", "sore_throat"},
		{"my back's playing up again, same as always (had it for years), bent down to pick up the shopping", "back_pain"},
		{"اتلسعت من المكوة في صباعي، احمرار وشوية وجع، مفيش فقاقيع كبيرة", "burn"},
		// starving is hunger, not a numb limb nor a severe headache
		{"ana mayte men el jo3, sayme w 3ande shway wja3 ras, fine ekhod panadol ba3d el ftour?", "headache"},
		{"انا ميته من الجوع وصايمه وعندي شوي وجع راس", "headache"},
		// an amount word after things counts them; after a comma it is not the complaint's
		{"weldi 3ando 10 snin, mcha l bhar w 9rsoh nmous bzaf f rjlih", "skin_minor"},
		{"بنتي عندها ٧ شهور بتسنن، بتعيط كتير وبتعض في كل حاجة وريالتها كتير", "skin_minor"},
	} {
		d := e.Classify(c.text, Facts{})
		if d.Urgency != SelfCare || !slices.Contains(d.Complaints, c.complaint) {
			t.Errorf("%q: %s %v, want self_care with %s", c.text, d.Urgency, d.Complaints, c.complaint)
		}
	}
	checkReading(t, []readingCase{
		// lots of acne is routine acne
		{"مرحبا، بنتي عمرها ١٧ وعندها حب شباب كتير عوجهها وضهرها، جربنا كريمات من الصيدلية وما نفعت", "routine-"},
		{"she has lots of spots on her face and back, creams did not help", "routine-"},
		// a kidney stone passed last month, for a follow-up
		{"I had kidney stone last month, I passed it, no pain again. The doctor said I should follow up", "routine-"},
		// the reliever more than usual is asthma getting worse
		{"عندي الربو وراني نستعمل البخاخ الزرق بزاف اليوم كثر من العادة وضاقت عليا النفس", "urgent+"},
		// a nosebleed pinched until it stopped (Maghrebi نيفها, حبس)
		{"سلام، بنتي عندها 9 سنين طاح ليها الدم من نيفها اليوم، شديت ليها نيفها شي 10 دقايق وحبس", "routine-"},
		{"الدم ما بغاش يحبس من نيفو", "emergency"},
		// a tooth that aches on and on with a swollen face is still urgent
		{"my tooth hurts badly all the time and my face is swollen", "urgent"},
		// sunburn with a danger sign is not sunburn's self-care
		{"my face is red and burning after the sun and I feel confused", "emergency"},
		{"my skin is red and burning after the sun with big blisters and fever", "urgent+"},
	})
	// an amount word beside the complaint's own words, a filler between, still
	// says how bad it is: a severe cough, routine rather than self-care
	for _, text := range []string{"ولدي عنده كحة مره كتير", "I am coughing so much", "3andi ka7a bzaf"} {
		if d := e.Classify(text, Facts{}); d.Urgency != Routine {
			t.Errorf("%q: %s, want routine (a severe cough)", text, d.Urgency)
		}
	}
	// one who fell asleep is no numb limb; a limb asleep still is
	if got := e.textFinding(e.lex.analyze("Fell asleep by the pool like an idiot, my back is red"), e.findings["arm_leg_weakness"]); got == FindingPresent {
		t.Errorf("fell asleep read as a weak limb")
	}
	if a := e.lex.analyze("my fell asleep by the pool"); a.present[e.lex.index["numb_word"]] {
		t.Errorf("fell asleep read as numbness")
	}
	if a := e.lex.analyze("my arm is asleep and tingling"); !a.present[e.lex.index["numb_word"]] {
		t.Errorf("an arm asleep not read as numbness")
	}
	// a Maghreb lab's glycémie is a blood sugar
	d := e.Classify("salam, 3andi sokkar type 2, lyoum 9ist l glycemie l9itha 4.10 (410), kan3tach bzaf w kanbol bzaf", Facts{})
	if !slices.Contains(d.AmberFlags, "UR-DIAB-01") {
		t.Errorf("glycemie 410: %s %v, want UR-DIAB-01", d.Urgency, d.AmberFlags)
	}
}

// TestSunburnIsNotABurnForTheUrgentCentre: skin burnt in a sentence that
// names the sun is a sunburn, cared for at home (NHS: Sunburn), in every
// dialect; a burn from hot oil, tea, sand or an oven stays a burn.
func TestSunburnIsNotABurnForTheUrgentCentre(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 30, Sex: "f"}
	for _, text := range []string{
		"قعدت طول النهار بالشمس وجلدي محروق واحمر",
		"تحرقت بالشمس فالبحر وظهري حمر وكيحرقني",
		"ضهري اتحرق من الشمس في الساحل وبقى احمر",
		"جلدي احترق من الشمس اليوم في البحر",
		"وجهي محروق من الشمس بعد الطواف",
		"t7ara9t b chams f lb7ar w dahri 7mer",
	} {
		if d := e.Classify(text, f); d.Urgency != SelfCare || slices.Contains(d.AmberFlags, "UR-BURN-01") {
			t.Errorf("%q: %s %v %v, want self-care sunburn", text, d.Urgency, d.AmberFlags, d.Complaints)
		}
	}
	for _, text := range []string{"ولدي انحرق بالشاي السخن", "انحرقت ايدي بالزيت", "ولدي انحرقت رجله من الرمل الحار", "burnt my hand on the oven"} {
		if d := e.Classify(text, f); d.Urgency.Rank() < Urgent.Rank() {
			t.Errorf("%q: %s, want a burn at least urgent", text, d.Urgency)
		}
	}
}

// TestAllergyInTheEyes: an allergy in the eyes is allergic conjunctivitis
// for the pharmacist, and the dust or pollen it is to is no grit in the eye
// (eye_injury, urgent); grit that went in stays an eye injury.
func TestAllergyInTheEyes(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 30, Sex: "f"}
	for _, text := range []string{
		"3andy 7asaseya fe 3enaya w bt7ra2ny men el torab",
		"عندي حساسية في عيوني وبتحرقني من التراب",
		"عندي حساسيه بعيوني من الغبار",
		"عيوني فيهم حساسيه من الغبره كل ما نخرج",
		"dust allergy in my eyes again",
	} {
		if d := e.Classify(text, f); d.Urgency != SelfCare {
			t.Errorf("%q: %s %v %v, want self-care", text, d.Urgency, d.AmberFlags, d.Complaints)
		}
	}
	for _, text := range []string{"دخل تراب في عيني وبتوجعني", "something went in my eye and it hurts", "دخل فيها رمل وعيني توجعني"} {
		if d := e.Classify(text, f); d.Urgency != Urgent {
			t.Errorf("%q: %s, want an eye injury, urgent", text, d.Urgency)
		}
	}
}

// TestBlistersAsAVerb: feet that blistered from walking, told with the
// verb (Maghrebi «تفقعو ليا», Gulf نفّطت), are the pharmacist's blisters as
// the noun was; a diabetic's are seen (routine), and a head that "bursts"
// is a headache, not a blister.
func TestBlistersAsAVerb(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 45, Sex: "f"}
	for _, text := range []string{"انا فالحج ورجليا تفقعو ليا من المشي بزاف", "رجليا تفقعو من الصباط الجديد", "نفطت رجلي من المشي في الطواف"} {
		if d := e.Classify(text, f); d.Urgency != SelfCare || !slices.Contains(d.Complaints, "skin_minor") {
			t.Errorf("%q: %s %v, want self-care blisters", text, d.Urgency, d.Complaints)
		}
	}
	if d := e.Classify("عندي السكر ورجليا تفقعو ليا من المشي", f); d.Urgency.Rank() < Routine.Rank() {
		t.Errorf("a diabetic's blistered feet: %s, want them seen", d.Urgency)
	}
	if d := e.Classify("راسي بيفقع من الصداع", f); slices.Contains(d.Complaints, "skin_minor") {
		t.Errorf("a bursting head read as blisters: %v", d.Complaints)
	}
}

// TestRashWithAMinorCause: a rash told with a minor cause (the heat or
// sweat, a bug's bite, blisters from walking) is home care in every
// dialect; a rash with a fever in a child is still asked about spots that
// do not fade, and a rash told alone is still seen.
func TestRashWithAMinorCause(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 30, Sex: "f"}
	for _, text := range []string{
		"طلعت لي حبوب حمرا صغيره في ظهري من الحر وتحكني",
		"مشيت بزاف فالحرم هاد اليومين وطلعو ليا نفاخات فرجلي، ماشي حمرين وما فيهومش القيح",
		"بنتي قرصتها بقة على اجرها مبارح، منفوخ شوي ومحمر وعم تحكه",
		"طلع عندي طفح احمر من العرق تحت باطي",
	} {
		if d := e.Classify(text, f); d.Urgency != SelfCare {
			t.Errorf("%q: %s %v, want self-care", text, d.Urgency, d.Complaints)
		}
	}
	if d := e.Classify("طلع عندي طفح احمر على جسمي كله", f); d.Urgency != Routine {
		t.Errorf("a rash told alone: %s, want it seen (routine)", d.Urgency)
	}
	w := e.Walk("ولدي عنده حراره وطلعت له حبوب حمرا من الحر", Facts{AgeYears: 3, Sex: "m"}, "", answerAll("no"))
	if !slices.Contains(w.Asked, "fever_rash") && !slices.Contains(w.Asked, "skin_nonblanch") {
		t.Errorf("a feverish child's rash not asked about spots that do not fade: %v", w.Asked)
	}
}

// TestChildDangerSignsInEverydayWords: a child's chest drawing in between
// the ribs ("the skin between his ribs sucks in", «ضلوعه تنسحب لداخل») and a
// whole baby gone limp («البيبي مرتخي») are NICE NG143's red features, told
// plainly in the first message; ribs that hurt after a fall are not.
func TestChildDangerSignsInEverydayWords(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my toddler is breathing very fast and the skin between his ribs sucks in",
		"ولدي يتنفس بسرعة وضلوعه تنسحب لداخل",
		"البيبي مرتخي وما يرضع",
		"my baby went limp and won't feed",
	} {
		if d := e.Classify(text, Facts{AgeYears: 1}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my ribs hurt when I breathe in after I fell",
		"ضلوعي توجعني لما اخد نفس بعد الطيحة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; sore ribs are no chest drawing in", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestPlainEmergenciesInEverydayWords: emergencies told plainly in the
// first message, as a sweep of everyday wordings found them unread: the
// urge to self-harm tonight, letters left while giving things away (NHS:
// Help for suicidal thoughts), a child drooling who cannot swallow
// (epiglottitis), a chemical splashed in the eye, a one-sided pain with
// faintness early in pregnancy, a racing heart about to faint, blood
// spurting from a cut, a baby who cannot be woken, a fall from a scaffold
// told with the height apart from the verb, a faint with a slow heart, a
// sugar of 600 with heavy breath, petrol drunk, the Maghreb's "jatha
// crise" (she had a fit) in pregnancy. The everyday look-alike
// beside each must stay what it is.
func TestPlainEmergenciesInEverydayWords(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		age  int
	}{
		{"I've been feeling like I might hurt myself tonight", 30},
		{"حاسس اني ممكن اأذي نفسي الليلة", 30},
		{"I wrote letters to my kids and I'm giving my things away", 45},
		{"كتبت رسايل لولادي وبوزع اغراضي", 45},
		{"my 4 year old is drooling, can't swallow and sitting forward to breathe", 4},
		{"my eye got splashed with oven cleaner", 30},
		{"حامل ١٢ اسبوع وعندي الم قوي في جنب واحد وحاسة اني بدوخ", 28},
		{"قلبي يدق ١٩٠ ودايخ وبغمى علي", 40},
		{"عندي جرح عميق في ايدي والدم يطرطش", 30},
		{"البيبي عمرها شهرين وما قادرة اصحيها زين", 0},
		{"sir my brother fell from the building scaffold 3 floor", 30},
		{"5ouya ta7 mn el sa9ala mn e tabe9 e thaleth", 30},
		{"she fainted and her heart is beating very slow", 60},
		{"السكر ٦٠٠ وارجع ونفسي ثقيل", 30},
		{"ebni shereb benzine bel 8alat", 3},
		{"mrati 7amla f chhar 8 w jatha crise", 28},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: c.age}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency", c.text, d.Urgency, d.RedFlags)
		}
	}
	for _, c := range []struct {
		text string
		age  int
	}{
		{"I hurt myself playing football, my ankle is sore", 25},
		{"My baby boy is 8 months, chewing everything and drooling a lot, gums swollen, feeding well", 0},
		{"I cleaned the bathroom with bleach and my eyes are a bit itchy from the smell", 30},
		{"قلبي يدق لما اشوف الامتحان", 20},
		{"wrote a letter to my mum for her birthday", 30},
		{"I fell in the building lobby and twisted my ankle", 30},
		{"طحت على السلم وتوجعني ركبتي", 30},
		{"my resting pulse is slow because I run a lot, no symptoms", 30},
		{"jatni crise d asthme lbare7 w sta3malt ventoline", 30},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: c.age}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; not an emergency", c.text, d.Urgency, d.RedFlags)
		}
	}
}

// TestArabiziPlainEmergencies: Arabizi words the reader aligned with the
// wrong Arabic: "sare3" (fast) as صرع (a fit), "anzef" (I bleed) as انضف
// (I clean); a glass pressed "bel kas"; lips swollen "ba3d el fawakeh".
func TestArabiziPlainEmergencies(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		age  int
	}{
		{"ana 7amel w anzef ktir w dayekh", 28},
		{"wlidi 3ando s5ana w 7bob 7mrin ma kaymchiwch mlli kanbresi 3lihom bel kas", 4},
		{"7ases be 5an2a w wajhi w shafayefi wermo ba3d el fawakeh", 30},
		{"3amti 9al9ana w 9albha yedo9 bsor3a w daykha w wa9e3a", 60},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: c.age}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency", c.text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("nafasi sare3 shway lama atla3 el daraj", Facts{AgeYears: 30}); slices.Contains(d.RedFlags, "RF-SEIZ-01") {
		t.Errorf("'sare3' (fast) read as a fit: %v", d.RedFlags)
	}
}
