package triage

import (
	"slices"
	"testing"
)

// Training set 99 (sixteenth session): native English writers in the
// Gulf, understatement, idioms and relatives writing for parents and
// children; and the same meanings in the dialects.

// TestFewerMovementsToldLightly: the unborn baby "a bit lazy", "sluggish",
// "not as wriggly", kicks or movements "not really felt", at a late week
// told with "our first" or of a wife, is the baby moving less: RF-PREG-06
// (RCOG Green-top 57; h99-007, a father's "the baby's been a bit lazy
// today, hasnt really felt him kick since last night" was routine). A
// toddler lazy today, a ball not kicked, kicks felt well, a limb that will
// not move, and a baby not yet felt at 16 weeks are not.
func TestFewerMovementsToldLightly(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-PREG-06", true, Facts{AgeYears: 33},
		"Hi there, my wife's 34 wks with our first. She says the baby's been a bit lazy today, hasnt really felt him kick since last night",
		"my wife's 34 wks with our first. baby's been a bit lazy today",
		"my wife is 34 weeks. she hasnt really felt him kick since last night",
		"I'm 34 weeks pregnant, haven't felt much movement today",
		"I'm 34 weeks pregnant, baby hasn't kicked since last night",
		"36 weeks pregnant and the baby is sluggish, not as wriggly as normal",
		"33 weeks pregnant, not felt her kick since breakfast",
		"انا حامل بالشهر الثامن والبيبي كسلان اليوم",
		"زوجتي حامل في الشهر الثامن وما حست فيه يرفس من امس",
		"انا حامل في التامن والبيبي كسلان النهارده ومش حاسة بيه بيرفس",
		"انا حامل بالشهر التامن وما حسيت فيه عم يرفس من مبارح",
		"انا حاملة فالشهر التامن وما كنحسش بيه كيضرب من البارح",
		"ana 7amel bel shaher el tamen w el bebe kaslan el yom",
		"ana 7amel fi el shahar el thamen w ma 7asset fih yerfes min ams",
		"ana 7amla f chhar tamen w ma kan7ssch bih kaydreb mn lbare7",
	)
	redFlagIs(t, e, "RF-PREG-06", false, Facts{AgeYears: 30},
		"34 weeks pregnant, baby kicking loads, just heartburn",
		"my toddler has been a bit lazy today, 30 weeks pregnant with number 2 and exhausted",
		"my son hasnt kicked a ball since his knee op",
		"I'm 34 weeks pregnant, I can't feel my left leg or move it",
		"16 weeks pregnant with my first, havent felt him kick yet",
		"ابني كسلان اليوم ما يبي يذاكر",
	)
	// the baby told moving as usual, a word apart, is not asked about
	// ("el bebe byet7arak 3adi", h8-056)
	askedOrNot(t, e, "preg_movements", false, Facts{AgeYears: 30, Sex: "f"},
		"ana 7amel fel shahr el sabe3 w 3andi 7ar2an fel bol, w el bebe byet7arak 3adi",
		"30 weeks pregnant with a burning wee, the baby is moving fine",
	)
}

// TestHeatTreatedButStillUnwell: the heat, the signs and the first aid
// told in sentences of their own are heat exhaustion being looked after,
// and "still" before a headache, a dizziness or feeling grim is not yet
// better: UR-HEAT-03, seen today (NHS: Heat exhaustion and heatstroke, get
// help when not better within 30 minutes; h99-021, "still got a thumping
// headache and feel pretty grim" after two hours in the AC, was self-care).
// Better or fine after the first aid stays self-care (a weakness told
// before the first aid is what it was for), and a headache without the
// heat is no heat illness.
func TestHeatTreatedButStillUnwell(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-HEAT-03", true, Facts{AgeYears: 40},
		"Played 18 in the midday sun like an idiot. Felt rough by the end, headache, sweating buckets. Been in the AC for 2 hrs and had a couple of litres of water but still got a thumping headache and feel pretty grim",
		"Worked outside all day in the sun. Got a headache and dizzy. Sat in the aircon and drank water, still dizzy an hour later",
		"اشتغلت برا بالشمس طول اليوم. جاني صداع ودوخة. قعدت تحت المكيف وشربت موية بس للحين راسي يعورني",
		"اشتغلت في الشمس طول اليوم. جالي صداع ودوخة. قعدت في التكييف وشربت مية بس لسه عندي صداع",
		"كنت بالشمس كل النهار. اجاني صداع ودوخة. قعدت بالمكيف وشربت مي بس بعدني دايخ",
		"خدمت فالشمس النهار كامل. جاني الصداع والدوخة. جلست فالكليما وشربت الما ومازال راسي كيضرني",
		"khdemt f chems nhar kaml. jani sda3 w dokha. glest f clim w chrebt lma w mazal rasi kaydorni",
	)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 40},
		"Worked outside all day in the sun. Got a headache and dizzy. Sat in the aircon and drank water, feel fine now",
		"Went a bit wobbly at JBR beach yesterday afternoon, headache and sweating like a pig. Sat in the AC, drank loads of water and had a cold shower, fine now.",
		"had a headache all day at work, drank water, still got a headache",
		// weak told before the first aid, and ok "already" after it (h67-023)
		"In the sun all day. I feel very weak and headache and sweating a lot. My husband bring me to shade and I drink water, now after 1 hour I feel ok already, just tired.",
		// «بعدها», after it, is no "still" (h86-033)
		"سويت عمره الظهر وكان الجو مره حار، بعدها حسيت بدوخه وعرقت كتير وراسي يوجعني. رحت الفندق وشربت مويه وقعدت في المكيف، دحين احسن بكتير",
	)
}

// TestBeingSickAsBritainSaysIt: "sicked up", "chucked up", "chundered",
// "spewed", "vommed", "was sick twice" are vomiting (h99-021, h99-003):
// with a headache, UR-NEURO-02 (NHS: Headaches). Sick of something, or
// feeling sick, is no vomit.
func TestBeingSickAsBritainSaysIt(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-NEURO-02", true, Facts{AgeYears: 30},
		"bad headache since lunch and sicked up once",
		"headache and chucked up twice",
		"head is pounding, chundered twice this morning",
		"headache, spewed up after breakfast",
		"headache and vommed twice",
		"awful headache, was sick twice",
	)
	amberOf(t, e, "UR-NEURO-02", false, Facts{AgeYears: 30},
		"headache, and I'm sick of this heat",
		"headache and feel a bit sick",
	)
}

// TestABoobIsABreast: a lump in the "boob" (Egypt's and the Levant's
// «بزي») is a breast lump, seen soon (NICE NG12; h99-023 was routine);
// Britain's "made a boob" is a blunder.
func TestABoobIsABreast(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-BREAST-02", true, Facts{AgeYears: 39, Sex: "f"},
		"Found a lump in my left boob in the shower this morning, about the size of a pea, not sore",
		"lump in her boob",
		"لقيت كتلة صغيرة في بزي الشمال",
	)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 30},
		"I made a boob at work today and now I have a headache",
	)
}

// TestTalkingAboutItBesideABodyComplaint: wanting to talk to someone
// "about it", or stress guessed as the cause, beside a complaint of the
// body is that complaint's (h99-031's heartburn was asked about suicide,
// h99-032's bedwetting sent to psychiatry); alone, or with the mood told,
// it stays the mind's (NICE CKS Dyspepsia; NICE CG111 bedwetting).
func TestTalkingAboutItBesideABodyComplaint(t *testing.T) {
	e := mustLoad(t)
	askedOrNot(t, e, "mh_suicidal", false, Facts{AgeYears: 35, Sex: "m"},
		"Heartburn most nights for a couple of months, probably all the late night biryani. Gaviscon helps. Want to talk to someone about it",
		"عندي حموضة كل ليلة من شهرين، ابي احد اكلمه عنها",
	)
	urgencyIs(t, e, Routine, "pediatrics", Facts{AgeYears: 7},
		"My 7yo has started wetting the bed again a few nights a week. New school this term so maybe its stress?",
		"ولدي عمره ٧ سنين رجع يبلل فراشه، يمكن من التوتر بسبب المدرسة الجديدة",
	)
	for _, text := range []string{
		"Want to talk to someone about it",
		"feeling really down for weeks, want to talk to someone about it",
		"been so stressed at work and cant sleep, maybe its stress",
		// flat and no pleasure (PHQ-2) is a mood told, whatever else (h6-056)
		"been feeling really flat for a couple of months, no energy, not enjoying stuff i used to. just want to talk to someone about it",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); d.Pathway != "mental" {
			t.Errorf("%q: pathway %s, want mental", text, d.Pathway)
		}
	}
}

// TestATravellersTummyIsDiarrhoea: "Dubai tummy", "Delhi belly", "the
// squits" are loose stools (NICE CKS Gastroenteritis; h99-038 was a belly
// pain, and "squits" a squint). Oral rehydration sachets kept down are no
// dehydration, and drinking no more than usual is no refusal to drink.
func TestATravellersTummyIsDiarrhoea(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"bit of Dubai tummy after a dodgy shawarma last night",
		"delhi belly after the trip",
		"the squits all day",
		"بطني ماشية من امس بعد شاورما",
	} {
		if !present(t, e, text, "diarrhea") {
			t.Errorf("%q: no diarrhoea read", text)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"keeping water and rehydration sachets down fine", false},
		{"not drinking loads more than normal", false},
		{"cant keep rehydration sachets down", true},
		{"he is not drinking", true},
	} {
		if got := present(t, e, c.text, "not_drinking"); got != c.want {
			t.Errorf("%q: not_drinking %v, want %v", c.text, got, c.want)
		}
	}
	if d := e.Classify("the squits all day", Facts{AgeYears: 30}); slices.Contains(d.Summary.Complaints, "eye") {
		t.Errorf("the squits read as an eye: %v", d.Summary.Complaints)
	}
}
