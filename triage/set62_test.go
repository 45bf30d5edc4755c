package triage

import (
	"slices"
	"testing"
)

// Set 62 was written blind at the start of a thirteenth-session task: 40
// English conversations (20 native, 20 second-language), 24 emergencies,
// 20 of them hidden behind a mild first message and chosen among the less
// common ones a symptom checker misses (aortic dissection, ectopic
// pregnancy, ketoacidosis, meningitis, a bleed in the head, a clot after a
// flight or on the pill, a stomach bleed told as tiredness, cauda equina,
// necrotising fasciitis, epiglottitis, torsion told as a stomach ache,
// compartment syndrome under a cast, a low sugar told as odd behaviour,
// serotonin toxicity and a paracetamol overdose told casually, carbon
// monoxide in a household, sepsis after a water infection, pre-eclampsia,
// a baby's green vomit), and 16 look-alikes. Its first run caught all 24 in
// both modes, but five only by luck or by the last safety screen: the
// dissection ("like something tearing between my shoulder blades… round to
// the front of my chest") had no pain word and was routine; the household
// with headaches beside a gas heater was caught as heat illness; the cast
// with numb cold fingers as a stroke's weak arm; the baby who "vomit green
// colour" only by the child screen (not drinking). Non-emergencies went
// wrong from words read out of their sense: "both ankles are a bit puffy"
// after a flight was urgent as a clot; "my left ball" was no testicle and a
// pain "getting gradually more achey over 3 days… not a sudden thing" and
// a 70-year-old's "lower back muscles are sore" after a day's gardening
// were asked whether the pain was sudden and severe, whose "not sure" went
// to the emergency number. Each is fixed here in general, beside the
// wording that must not fire.

// TestATearingPainInTheChestOrBack: a sudden tearing or ripping pain in
// the chest or back is an aortic dissection until shown otherwise (ESC
// 2014 aortic diseases 6.1); eyes tearing up and a torn calf are not.
func TestATearingPainInTheChestOrBack(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"think i pulled something in my back moving the wardrobe, came on all at once, like something tearing between my shoulder blades",
		"sudden ripping pain in my chest going through to my back",
		"Hello, I have sudden very strong pain in my back, like ripping, between shoulder",
		"فجاه وجع في صدري زي ما يكون بيتقطع ورايح لضهري",
		"ابوي عمره ٦٥ ويقول ظهره فيه وجع كانه شي يتمزق فجاه",
		"douleur dechirante dans le dos, d un coup",
	} {
		if d, ok := firesFor(e, text, 66, "RF-CHEST-06"); !ok {
			t.Errorf("%q: %s %v; want RF-CHEST-06", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my eyes keep tearing up and my back aches",
		"felt something tearing in my calf at football",
		"the kids were tearing around and I hurt my back",
		"torn a muscle in my shoulder at the gym, sore",
	} {
		if d, ok := firesFor(e, text, 30, "RF-CHEST-06"); ok {
			t.Errorf("%q: %v; no dissection", text, d.RedFlags)
		}
	}
}

// TestGreenVomitToldAfterTheVerb: "vomit green colour", "vomiting greenish
// stuff" are green vomit (NICE CKS Vomiting in children: bilious vomit is
// an emergency); a green nappy or green beans beside a vomit are not.
func TestGreenVomitToldAfterTheVerb(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my baby is 3 weeks, since morning he vomit green colour, like dark green",
		"he is vomiting greenish stuff",
		"she threw up dark green twice",
		"ولدي عمره ٣ اسابيع ويستفرغ لونه اخضر",
	} {
		if d, ok := firesFor(e, text, 0, "RF-ABD-03"); !ok {
			t.Errorf("%q: %s %v; want RF-ABD-03", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"baby vomiting a bit after feeds and green poo",
		"vomited after eating green beans",
		"sick once after green tea, fine now",
	} {
		if d, ok := firesFor(e, text, 1, "RF-ABD-03"); ok {
			t.Errorf("%q: %v; no green vomit", text, d.RedFlags)
		}
	}
}

// TestAHouseholdUnwellBesideAHeater: several people of one home with
// headaches or sickness beside a heater or a fire, or better out of the
// house, is carbon monoxide (NICE CKS Carbon monoxide poisoning); one
// person's headache, or a household's fever, is not.
func TestAHouseholdUnwellBesideAHeater(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"all my family have headache since some days, also my kids. when we go outside it is better. we use the gas heater",
		"whole family has a headache, better when we go outside",
		"كلنا في البيت عندنا صداع ودوخه من شغلنا الدفايه",
		"حنا كاملين فينا الصداع والدوخة من الكانون",
		"toute la famille a mal a la tete depuis le chauffage au gaz",
	} {
		if d, ok := firesFor(e, text, 36, "RF-POISON-04"); !ok {
			t.Errorf("%q: %s %v; want RF-POISON-04", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"the heater broke and I have a headache",
		"we all have a fever and a headache, the heater is on",
		"all of us have a cold, blocked noses",
	} {
		if d, ok := firesFor(e, text, 36, "RF-POISON-04"); ok {
			t.Errorf("%q: %v; no carbon monoxide", text, d.RedFlags)
		}
	}
}

// TestALimbInACastNumbOrInPain: numb, cold or pale fingers or toes, or a
// pain severe or getting worse, under a cast is a compartment syndrome or
// a cast too tight (BOAST 10); an itch, a sticking plaster, a cast gone
// are not.
func TestALimbInACastNumbOrInPain(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"they put cast on my arm yesterday for fracture. now my fingers are numb and cold",
		"in plaster for a broken wrist, the pain is getting worse",
		"ولدي عليه جبس من امس وصوابعه صارت منمله وبارده",
		"دارو ليا الجبس ووليت صباعي فيهم التنميل وباردين",
	} {
		if d, ok := firesFor(e, text, 23, "RF-LIMB-02"); !ok {
			t.Errorf("%q: %s %v; want RF-LIMB-02", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my ankle is in a cast, severe itching",
		"put a plaster on the cut, it is fine",
		"had the cast off last month, a bit stiff",
	} {
		if d, ok := firesFor(e, text, 23, "RF-LIMB-02"); ok {
			t.Errorf("%q: %v; no cast warning", text, d.RedFlags)
		}
	}
}

// TestBothAnklesPuffyAfterAFlight: both legs or ankles swollen after a
// flight is dependent oedema, not a clot (NICE NG158: a DVT swells one
// leg); one calf swollen after a flight still is urgent.
func TestBothAnklesPuffyAfterAFlight(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"back from a long flight, both ankles are a bit puffy, no pain in my calves",
		"after the flight my feet and ankles are swollen",
		"رجعت من سفر طويل والرجلين منفوخين شوي",
	} {
		if d, ok := firesFor(e, text, 35, "UR-DVT-01"); ok {
			t.Errorf("%q: %v; no clot", text, d.AmberFlags)
		}
	}
	text := "my left calf is swollen and red after a long flight"
	if d, ok := firesFor(e, text, 35, "UR-DVT-01"); !ok {
		t.Errorf("%q: %s %v; want UR-DVT-01", text, d.Urgency, d.AmberFlags)
	}
}

// TestOneTesticleInPlainWords: "my left ball", "one nut" are a testicle;
// a golf ball is not.
func TestOneTesticleInPlainWords(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"my left ball hurts", "one nut is sore and swollen", "pain in my ball sack"} {
		if !present(t, e, text, "testicle") {
			t.Errorf("%q: no testicle read", text)
		}
	}
	for _, text := range []string{"a lump the size of a golf ball on my thigh", "got hit by the ball at cricket, my arm hurts"} {
		if present(t, e, text, "testicle") {
			t.Errorf("%q: read as a testicle", text)
		}
	}
}

// TestAPainThatCameOnSlowlyIsNotAskedIfSudden: a pain told as coming on
// slowly (epididymitis over days, NICE CKS Scrotal pain), or an older
// person's back muscles sore after a day's work, is not asked whether it
// was sudden and severe, so "not sure" cannot make it a stone or an
// aneurysm; a back pain after lifting is still asked, and a sudden pain
// keeps the question.
func TestAPainThatCameOnSlowlyIsNotAskedIfSudden(t *testing.T) {
	e := mustLoad(t)
	never := func(text string, f Facts, qs ...string) {
		t.Helper()
		for _, path := range walks(e, text, f, "", 200) {
			for _, q := range qs {
				if slices.Contains(path, q) {
					t.Errorf("%q: %s asked (%v)", text, q, path)
					return
				}
			}
		}
	}
	never("my left ball has been getting gradually more achey over about 3 days, and it stings when i pee. bit of a temp", Facts{AgeYears: 22, Sex: "m"}, "uro_flank_sudden")
	never("I am 70, yesterday I work in garden all day, today my lower back muscles are sore, better when I move slowly", Facts{AgeYears: 70, Sex: "m"}, "back_sudden")
	never("ألم في الخاصرة بدأ بالتدريج من يومين مع حرقة في البول", Facts{AgeYears: 40, Sex: "f"}, "uro_flank_sudden")
	// "not a sudden thing" denies the sudden loin pain in the words
	d := e.Assess("pain in my side, not a sudden thing, and it burns when I pee", Facts{AgeYears: 30, Sex: "f"}, nil)
	for _, fs := range d.Findings {
		if fs.ID == "sudden_severe_flank_pain" && fs.State != FindingAbsent {
			t.Errorf("not a sudden thing: sudden_severe_flank_pain %q", fs.State)
		}
	}
	asked := func(text string, f Facts, q string) {
		t.Helper()
		for _, path := range walks(e, text, f, "", 200) {
			if slices.Contains(path, q) {
				return
			}
		}
		t.Errorf("%q: %s never asked", text, q)
	}
	asked("my back is paining since few hours, maybe I lifted wrong the rice bag", Facts{AgeYears: 68, Sex: "m"}, "back_sudden")
	asked("pain in my side that came on gradually, then suddenly much worse, and burning pee", Facts{AgeYears: 40, Sex: "m"}, "uro_flank_sudden")
}
