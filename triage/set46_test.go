package triage

import (
	"slices"
	"testing"
)

// Set 46 was sealed at the start of the twelfth session (written blind
// from the finding list, one example line and the urgency policy) and run
// twice by figures only: on the session's first tree and on its last
// training merge, 18 of 20 emergencies caught both times. The two missed:
// a father of 74 "a bit off", calling his child by a sister's name and
// muddled about the day after the Umrah (put down to jet lag: sepsis), and
// a brother of 19 in Levantine Arabizi not out of bed for a week with «ما
// عاد في إلو خلق» (no will left) and a plan. Sent to the emergency number
// by a word out of its sense: "dying inside", "can't breathe from
// laughing", the blue inhaler as blue lips, and a stroke "3 yrs ago".
// Left: a child's asthma «يكح وايد» (coughs a lot) still lends its amount
// to the wheeze's breathlessness (RF-BREATH-02), though the blue inhaler
// is no longer blue lips.

// TestMuddledIsConfusion: names and days mixed up are a new confusion,
// an emergency in an older person.
func TestMuddledIsConfusion(t *testing.T) {
	e := mustLoad(t)
	text := "hi, bit of an odd one. Dad (74) is a bit off today, keeps calling me by my sisters name and got muddled about what day it is. we only got back from umrah on sunday so im guessing jet lag?"
	if !present(t, e, text, "confusion") {
		t.Errorf("%q: not read as confusion", text)
	}
	w := e.Walk(text, Facts{AgeYears: 74, Sex: "m"}, "", answering(nil))
	if w.Decision.Urgency != Emergency {
		t.Errorf("an older father muddled: %s after %v; want an emergency", w.Decision.Urgency, w.Asked)
	}
	if present(t, e, "he is not muddled at all, knows what day it is", "confusion") {
		t.Error("muddled denied is read as confusion")
	}
}

// TestNoWillLeftIsTheMood: «ما عاد في إلو خلق» and not getting out of bed
// are the mood's complaint, so thoughts of ending life are asked.
func TestNoWillLeftIsTheMood(t *testing.T) {
	e := mustLoad(t)
	text := "a5ouye 3omro 19 sar-lo jem3a ma bi2oum men el ta5et w bi2oul ma 3ad fi 2elo 5el2. 3adi hay men da3t el tawjihi?"
	w := e.Walk(text, Facts{AgeYears: 19, Sex: "m"}, "", answering(map[string]string{"mh_suicidal": "yes", "mh_plan": "yes"}))
	if !slices.Contains(w.Asked, "mh_suicidal") || w.Decision.Urgency != Emergency {
		t.Errorf("asked %v, told %s; want mh_suicidal asked and a plan an emergency", w.Asked, w.Decision.Urgency)
	}
}

// TestWordsOfSet46ReadInTheirSense: the non-emergencies set 46 sent to
// the emergency number for a word out of its sense; the same words still
// fire where they mean danger.
func TestWordsOfSet46ReadInTheirSense(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"work is killing me, genuinely feel like I'm dying inside. can't sleep, crying on the train most mornings",
		"Hahaha doc my friend make joke and I can't breathe from laughing, then after that I have hiccup already 20 minutes",
		"ياخذ البخاخ الازرق ويرتاح بعده",
		"Had a stroke 3 yrs ago (made a good recovery thank god) and I'm diabetic. For a few months now I get pins and needles in both feet at night",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"I feel like I'm dying, fever 40 and shivering",
		"my husband can't breathe, his lips are blue",
		"ولدي شفايفه زرق وما يقدر يتنفس",
		"had a stroke 3 hours ago, his face is drooping",
	)
}
