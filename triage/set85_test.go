package triage

import (
	"testing"
)

// Training set 85 (fifteenth session), conv_holdout85.jsonl: forty patients
// written blind, a second writer's plain first messages: 28 emergencies told
// plainly across every red-flag family (12 English: British, American,
// South Asian, Nigerian, Filipino; 16 Arabic in every dialect group and
// Arabizi) and 12 non-emergencies sharing their words. Its first run
// caught all 28, 24 from the first message: a Gulf Arabizi meningitis whose
// stiff neck was the chin that will not reach the chest (h85-023), an
// Egyptian Arabizi plan with two boxes of Panadol gathered (h85-025, read
// as "on the belly"), a Tunisian loin pain that "came suddenly and very
// strong" a phrase after it (h85-027) and an appendicitis that "is very
// very severe, I cannot even stand straight" (h85-012) needed a question.
// It sent a Syrian «جلطة من خمس سنين» (a stroke five years ago, h85-037)
// and a gym chest strain "on the left side of my chest" (h85-029) to the
// emergency number; the second showed that a pain "on the left side of my
// chest" was not read as chest pain at all.

// TestPainOnASideOfTheChest: a pain told before "the left (hand) side of my
// chest" is chest pain (NICE CG95), and "the left hand side" is a side,
// not a hand; a rash's pain on that side is the rash's (shingles).
func TestPainOnASideOfTheChest(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 55},
		"I have a pain on the left side of my chest since an hour",
		"there's a sharp pain on the left side of my chest",
		"my dad has pain on the left hand side of his chest and feels sick",
		"pain on the left-hand side of my chest, started while watching tv",
		"a sharp pain on the right side of the chest since this morning",
		"عندي الم في الجهة اليسار من صدري",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 55},
		"no pain on the left side of my chest, just a cough",
		"rash on the left side of my chest, very itchy",
		"my dad is 68 and he's come out in a painful rash on one side of his chest, like little blisters in a band",
		"Pulled something doing bench press at the gym last night. Now there's a sharp pain on the left side of my chest when i twist or press on it, fine when im sitting still.",
	)
	if !present(t, e, "there's a sharp pain on the left side of my chest", "chest_pain") {
		t.Error("a pain on the left side of the chest: chest_pain not read")
	}
	if present(t, e, "pain on the left hand side of his chest", "arm") {
		t.Error("the left hand side: read as a hand")
	}
}

// TestAConditionYearsAgoCountedInWords: «من خمس سنين», «قبل ثلاث سنين»
// date a stroke as «من 5 سنين» does: history, a routine refill (settled
// note); minutes or hours ago are now.
func TestAConditionYearsAgoCountedInWords(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 65},
		"امي عمرها ٦٥ صرلها جلطة دماغية من خمس سنين، الحمدلله هلق منيحة وبتمشي وبتحكي عادي. بدها تجدد دوا السيولة والضغط",
		"ابوي جاته جلطة قبل ثلاث سنين والحين زين، يبي يجدد الدوا",
		"عنده جلطة من عشر سنين وجاي للمتابعة",
		"الواليد جاتو الجلطة هادي خمس سنين ودابا لاباس",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 65},
		"امي جاتها جلطة من خمس دقايق",
		"ابوي شكله جاته جلطة من ساعتين وجهه مايل",
	)
}

// TestAStiffNeckToldAsTheChinThatWillNotBend: a head that cannot bend
// forward, a chin that will not reach the chest, with a fever or a
// headache, is meningism (NICE NG240); the chest named there is no chest
// pain, and a head not laid on a pillow is no stiff neck.
func TestAStiffNeckToldAsTheChinThatWillNotBend(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 19},
		"salam, akhoy 3omra 19 sana 3inda 7arara 39 mn il sob7 w rasa y3awra wayed, ma yigdar ynazil rasa 3ala sadra w yqool il dhaw y3awir 3yoona. w sar yistafrigh. shnu nsawi?",
		"اخوي عنده حرارة وراسه يعوره وما يقدر ينزل راسه على صدره",
		"ابني سخن ومش قادر يحني راسه لقدام",
		"ابني عندو سخانة وما كيقدرش يحني راسو",
		"he has a fever and cant touch his chin to his chest",
		"she has a high temp and headache and cant bend her neck",
	)
	for _, text := range []string{
		"اخوي عنده حرارة وراسه يعوره وما يقدر ينزل راسه على صدره",
		"he has a fever and cant touch his chin to his chest",
	} {
		if present(t, e, text, "chest_pain") {
			t.Errorf("%q: the chin's chest read as chest pain", text)
		}
	}
	if present(t, e, "ابوي ما يقدر ينزل راسه على المخدة من الكحة", "stiff_neck") {
		t.Error("a head not laid on the pillow read as a stiff neck")
	}
}

// TestTheLightThatHurtsTheEyes: the light, a pain word and the eyes, in any
// dialect, is photophobia (NICE NG240); light the adjective and «نور عيني»
// (my dear) are not.
func TestTheLightThatHurtsTheEyes(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"الضو يعور عيونه", "النور بيوجع عينيه", "the light hurts my eyes and I have a bad headache", "الضوء كيضر عينيا"} {
		if !present(t, e, text, "photophobia") {
			t.Errorf("%q: photophobia not read", text)
		}
	}
	for _, text := range []string{"I have a light pain in my eyes since yesterday", "يا نور عيني بطني يوجعني"} {
		if present(t, e, text, "photophobia") {
			t.Errorf("%q: photophobia read", text)
		}
	}
}

// TestPillsGatheredBesideTheActAreAPlan: pills or their boxes gathered,
// stored or hidden, with the act set for tonight or a wish to die, are the
// plan (C-SSRS preparatory behaviour; NICE NG225); pills put away from a
// child are not.
func TestPillsGatheredBesideTheActAreAPlan(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 23},
		"ana mesh 3ayez akammel khalas. gama3t 3elbeten banadol w hakhodhom el leila lama el kol yenam.",
		"انا مش عايز اكمل خلاص. جمعت علبتين بنادول وهاخدهم الليلة",
		"خلاص تعبت من الحياة، خزنت شريطين بنادول ورح اخدهم الليلة",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 35},
		"I've hid the tablets from my son because he's been really low lately",
		"خبيت الحبوب عن ابني الصغير عشان ما يوصلها",
	)
}

// TestASidePainSuddenAndStrongToldAfterIt: a pain in the side, then "it
// came suddenly and very strong" in the next phrase, is a sudden severe
// loin pain (NICE NG118; settled note); a mild side pain with a headache
// sudden and strong is not.
func TestASidePainSuddenAndStrongToldAfterIt(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 40},
		"عندي وجيعة في جنبي اليمين من تالي، جات فجأة وقوية برشا برشا، ما نجمش نقعد ولا نرقد ونستفرغ",
		"عندي وجع في جنبي الشمال من الصبح، جاني فجأة وقوي كتير وعم استفرغ",
	)
	if present(t, e, "وجع خفيف في جنبي من اسبوع، وفجأة اليوم صار عندي صداع قوي", "side_pain_sudden_strong") {
		t.Error("a mild side pain and a sudden strong headache read as a sudden strong side pain")
	}
}

// TestBentByBellyPain: belly pain that stops the person standing or
// straightening up is guarding (NHS: Stomach ache - call 999); a back that
// does it is the back's.
func TestBentByBellyPain(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 24},
		"Please I need advice. My stomach started paining me around the navel since yesterday night, now it has moved to the right side down and it is very very severe, I cannot even stand straight or walk well. I have vomited 2 times and I am feeling hot.",
		"my tummy hurts so much I cant straighten up",
		"بطني توجعني مرة وما اقدر اتعدل من الوجع",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"my back is killing me, cant stand straight, and a bit of tummy ache from the ibuprofen",
	)
}
