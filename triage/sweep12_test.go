package triage

import "testing"

// The twelfth session's first-message sweep (p12-, l12- in the sweep
// files), written blind in new registers: on its first run 140 of 150
// plainly told emergencies were emergencies from the first message, and 15
// of 150 everyday sentences were sent to the emergency number. Each test
// here is one general gap it showed, with wording that must fire and
// wording that must not.

// classifiedAs checks each text's first-message urgency is (or is not) an
// emergency.
func classifiedAs(t *testing.T, e *Engine, emergency bool, f Facts, texts ...string) {
	t.Helper()
	for _, text := range texts {
		d := e.Classify(text, f)
		if (d.Urgency == Emergency) != emergency {
			t.Errorf("%q: %s %v; want emergency=%v", text, d.Urgency, d.RedFlags, emergency)
		}
	}
}

// TestAColdWhiteLimbIsItsBloodCutOff: a leg or arm suddenly cold and white
// or blue, painful or numb, is acute limb ischaemia (NICE CG147); cold
// feet, the air conditioning and Raynaud's fingers are not.
func TestAColdWhiteLimbIsItsBloodCutOff(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"my left leg suddenly went cold white and numb about an hour ago, really painful, can't feel my toes. I have AF",
		"رجل امي اليمين فجأه صارت بارده وبيضا وتعورها مره وما تحس فيها، وهي عندها اضطراب بنبض القلب",
		"his hand went ice cold and blue suddenly and he can't move his fingers",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"my fingers go white and numb in the cold, I have Raynaud's for years",
		"رجلي بارده من المكيف بس ما فيها شي",
		"cold feet at night, no pain",
	)
}

// TestAShockFromTheMainsIsElectrical: a shock from the mains, a socket or a
// live wire is an electrical injury (NHS: A&E); a pain "like an electric
// shock" is not.
func TestAShockFromTheMainsIsElectrical(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 40},
		"my husband got a shock off the mains while rewiring a socket, it threw him back",
		"ابني مسكته الكهربا من الفيشه",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"my tooth hurts like an electric shock when I drink cold water",
	)
}

// TestAgonyInATesticleIsTorsion: "agony" in one testicle says the pain,
// and Arabizi "5ise" is the testicle (NHS: torsion, A&E).
func TestAgonyInATesticleIsTorsion(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 15, Sex: "m"},
		"15yo son sudden agony one testicle, vomiting",
		"ibne 12 sene 3endo wja3 fazee3 bil 5ise fj2a w manfou5a w 3am yestafreg",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 15, Sex: "m"}, "the football was agony today, lost 5-0")
}

// TestTheMeansMadeReadyInTheDialects: poison bought, a knife kept in the
// room, a rope, beside a wish to be gone or being unable to go on, is the
// plan (C-SSRS: preparatory behaviour); a knife for the boxes and a life
// that tires are not.
func TestTheMeansMadeReadyInTheDialects(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"ما عاد فيني كمل، اشتريت حبل وحطيتو بالغرفة، ناوي الليلة",
		"راني عييت من الحياة، شريت دوا الفار وراني حاب نشربو الليلة",
		"ma abi a3eesh, 3endi el sikkeen b ghurfti w ga3d antether el kil ynamoon",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"عندي السكين بغرفتي عشان افتح الكراتين",
		"شريت دوا الفار للمطبخ، في فيران كتير",
	)
	if !present(t, e, "تعبت من الحياه والشغل", "hopeless") {
		t.Error("tired of life: the mood's questions are not asked")
	}
}

// TestBackPainWithUrineThatWillNotCome: back pain with urine that will not
// come, or a saddle that cannot be felt, is cauda equina (NICE CKS
// Sciatica); urine that will not come alone is not.
func TestBackPainWithUrineThatWillNotCome(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 45},
		"عندي ديسك من زمان بس هلق ما عم حس بين فخادي وما عم فيني بول من الصبح واجريي التنتين عم يضعفو",
		"my back has gone and since this morning I cant pee",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 45}, "burning when I pee and I cant pee much, no back pain")
}

// TestWhatSomeoneSaidIsToldAnew: a negation does not reach over «قال» (he
// said) into what was said: "not of our group, he said my chest hurts".
func TestWhatSomeoneSaidIsToldAnew(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 70, Sex: "m"},
		"ana fi 3arafat, fee 7ajj kbeer b3umr ga3d jnbna mo mn 7amlatna gal sadry y3awerny w 6a7 w 3rgan wayed",
	)
	if present(t, e, "ما عندي وجع صدر", "chest_pain") {
		t.Error("a chest pain denied is read")
	}
}

// TestWordsThatOnlyLookLikeAnEmergency: the twelfth sweep's everyday
// sentences sent to the emergency number, each for a word read out of its
// sense.
func TestWordsThatOnlyLookLikeAnEmergency(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 35},
		// «عمى» folds to «عمي», my uncle
		"عندي خوف انو تجيني جلطة متل ابن عمي، عمري ٢٦ وما بدخن ولا عندي شي، بدي اعمل فحوصات",
		// a heart attack feared and found to be a muscle; heavy bags carried
		"Wallahi I thought I am having heart attack, but it is only my chest muscle from carrying the heavy bags, it hurt when I press, breathing ok, no sweating",
		// a death from heat stroke read in the news
		"شفت في تويتر ان واحد مات من ضربة شمس، انا بروح الحج السنه الجايه وعندي ضغط، وش احتياطاتي",
		// stable angina, a diagnosis held
		"الدكتور قال لابوي عنده ذبحه صدريه مستقره وعطاه بخاخ تحت اللسان، هو الحين ما يشتكي من شي، بس متى يستخدمه؟",
		// a virus said in the news to kill
		"سمعت في الاخبار ان الفيروس الجديد بيموت، انا كويسة ومفيش اعراض، بس قلقانة، اخد فيتامينات ايه",
		// a car bumped while parking
		"بيي رح يقتلني اذا عرف اني خبطت السيارة بالعمود بالباركينغ 😅 بس انا ما صرلي شي الا خدش صغير بايدي",
		// an old stroke on a scan
		"الدكتور حكى لامي عندها stroke صغير قديم بالـ MRI بس هي ما عندها ولا عرض، شو يعني هالحكي ولازم تعمل شي",
		// the Maghreb's "if she knew", no day at Arafat
		"الوالدة غادي تقتلني الا عرفات باللي طحت فالماتش 😂 غير تلوات ليا الرجل شوية وكنمشي عليها عادي",
		// a clot named in the leg, a DVT treated
		"I'm in Toronto, my mom in Beirut got told she has a jalta in her leg, DVT ya3ne, they started her on blood thinners, she's breathing normal w mnee7a, is it ok for her to walk?",
		// a stroke in 2018, well now, in the Maghreb's Arabizi
		"BABA DAR AVC F 2018 W DERK LABAS, LAZMOU ORDONNANCE JDIDA",
		// a nose that let down a little blood is no face fallen
		"wldi tay7ou el koura fi wejhou w khachmou nazzel chwaya dem 5 d9aye9 w w9af, tawa labes",
	)
	// the same words still read where they mean danger
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"عمي فجاه ما صار يشوف بعينه اليمين", // my uncle suddenly cannot see
		"he had a car accident on the highway, the car rolled over",
		"my dad is having a heart attack, chest pain and sweating",
		"وجهه مايل ونازل من جهه وحده فجاه",
		"we are at Arafat and my mother collapsed in the sun",
	)
}
