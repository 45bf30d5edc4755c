package triage

import "testing"

// Training set 125 (eighteenth session): emergencies told plainly in the
// first message, and their look-alikes, in English and in Gulf, Egyptian,
// Levantine and Maghrebi Arabic. The tests below hold the families its
// first run showed, each in several wordings, most not in the set.

// TestABabyThatHasBarelyMovedIsReducedMovements: in pregnancy past 24
// weeks, the baby that has "barely moved", "hardly moved", "not moved
// much" today is reduced fetal movements, RF-PREG-06, to be seen now
// (RCOG Green-top 57; NHS: Your baby's movements). h125-023 ("33 weeks
// pregnant and baby has barely moved today, usually hes kicking loads")
// was routine: only "barely felt" and "barely kicking" were read, and the
// usual kicking told as a baseline said the movements were fine. A born
// child that has barely moved off the sofa, and a baby kicking loads, are
// not this.
func TestABabyThatHasBarelyMovedIsReducedMovements(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-PREG-06", true, Facts{AgeYears: 30, Sex: "f"},
		"33 weeks pregnant and baby has barely moved today, usually hes kicking loads after dinner",
		"35 weeks, the baby hardly moved since yesterday morning",
		"im 30 weeks and the baby hasnt moved much today, is that ok",
		"انا حامل بالشهر الثامن والبيبي يا دوب بيتحرك من امبارح",
		"حامل ٣٢ اسبوع والجنين بالكاد يتحرك اليوم",
		"حامل ٣٢ اسبوع والجنين ما تحرك كثير اليوم",
	)
	redFlagIs(t, e, "RF-PREG-06", false, Facts{AgeYears: 30, Sex: "f"},
		"my baby is 7 months old and has barely moved off the sofa all day, just tired with a cold",
		"38 weeks, baby kicking loads, just want to know about labour signs",
	)
}

// TestAllOfSomeonesTabletsCollectedIsTheMeansMadeReady: "collected ALL my
// father's sleeping tablets" beside a wish not to live and a time to take
// them is a suicide plan, RF-MH-01 (NICE NG225 1.2; NHS: Help for
// suicidal thoughts, call 999). h125-014 was read at the first message
// only as a wish not to live (urgent) and was caught by the plan
// question. "Collected" alone stays a prescription picked up: "collected
// all my tablets from the pharmacy" and a dose question are not a plan.
func TestAllOfSomeonesTabletsCollectedIsTheMeansMadeReady(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-MH-01", true, Facts{AgeYears: 29},
		"I dont want to live anymore. I have collected all my fathers sleeping tablets in a box and I decide to take them tonight when everyone sleep.",
		"no point living, collected all of my mums pills and going to take them tonight",
		"i cant go on, i collected all the tablets in the house, going to take them tonight",
	)
	redFlagIs(t, e, "RF-MH-01", false, Facts{AgeYears: 29},
		"i collected all my tablets from the pharmacy today, feeling low and tired",
		"I collected all my blood pressure tablets this morning, can I take them with food",
	)
}

// TestAKnownMigrainesUsualAttackWithAVomitIsSelfCare: a known migraine's
// usual attack, told "same like always", "my usual migraine", «متل
// العادة», «زي كل مره», with a vomit in the same sentence, is the
// migraine's own nausea, self-care with the usual treatment (NICE CG150
// 1.3; NHS: Migraine). h125-040 (ten years of migraine with aura) was
// urgent for gastroenterology: UR-NEURO-02 (headache with vomiting) and
// ten years read as chronic vomiting. A headache with vomiting that is
// not the usual one, or with a fever, stays urgent; a sudden worst
// headache stays an emergency.
func TestAKnownMigrainesUsualAttackWithAVomitIsSelfCare(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 35, Sex: "f"},
		"I have migraine since 10 years. Today same like always, zigzag lights in eyes for 20 minutes and then headache one side with vomit one time. I take my tablet and lie in dark room.",
		"my usual migraine again, headache and threw up once, took sumatriptan",
		"عندي شقيقة من زمان، اجتني متل العادة صداع بنص راسي واستفرغت مرة",
		"عندي الشقيقة من سنين، جاتني زي كل مره صداع في نص دماغي ورجعت مره",
	)
	urgencyIs(t, e, Urgent, "neurology", Facts{AgeYears: 35, Sex: "f"},
		"headache and vomiting for 2 days, not like my usual migraine",
		"headache and vomiting since yesterday with fever",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 35, Sex: "f"},
		"my usual migraine but this is the worst headache of my life and sudden, vomiting",
	)
}
