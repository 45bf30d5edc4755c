package triage

import (
	"slices"
	"testing"
)

// TestFrenchEmergencies reads French patients' own words (rules/
// lexicon_lang_fr.toml): every emergency of issue 13 in several phrasings,
// typed with and without accents, must reach an emergency from the first
// message; negated and harmless messages must not.
func TestFrenchEmergencies(t *testing.T) {
	e := mustLoad(t)
	fr := Facts{Lang: "fr"}
	for _, tc := range []struct {
		what, text string
		facts      Facts
		rule       string // a red flag that must fire, or "" for any
	}{
		// chest pain with sweating or breathlessness
		{"chest", "J'ai très mal à la poitrine et je transpire beaucoup", fr, "RF-CHEST-01"},
		{"chest", "douleur thoracique avec sueurs froides depuis 30 minutes", fr, "RF-CHEST-01"},
		{"chest", "mal a la poitrine et essouffle", fr, "RF-CHEST-01"},
		{"chest", "Mon père a une douleur dans la poitrine qui descend dans le bras gauche", fr, "RF-CHEST-01"},
		{"chest", "j'ai la poitrine serrée comme un étau", fr, "RF-CHEST-02"},
		// stroke signs
		{"stroke", "Ma mère a la bouche de travers depuis ce matin", fr, "RF-STROKE-01"},
		{"stroke", "son visage tombe d'un côté", fr, "RF-STROKE-01"},
		{"stroke", "mon mari ne peut plus bouger le bras droit", fr, "RF-STROKE-02"},
		{"stroke", "faiblesse du bras gauche depuis une heure", fr, "RF-STROKE-02"},
		{"stroke", "elle parle bizarrement, on ne comprend plus ce qu'elle dit", fr, "RF-STROKE-04"},
		{"stroke", "mon grand-père a fait un AVC", fr, "RF-STROKE-05"},
		// severe breathlessness / cannot breathe
		{"breath", "je n'arrive pas à respirer", fr, "RF-BREATH-01"},
		{"breath", "j'etouffe, aidez moi", fr, "RF-BREATH-01"},
		{"breath", "mon fils ne peut pas respirer", fr, "RF-BREATH-01"},
		{"breath", "très essoufflé, c'est de plus en plus grave", fr, "RF-BREATH-02"},
		// unconscious / fitting
		{"consc", "mon père est inconscient", fr, "RF-CONSC-01"},
		{"consc", "elle ne répond plus et ne se réveille pas", fr, "RF-CONSC-01"},
		{"consc", "il a perdu connaissance", fr, "RF-CONSC-01"},
		{"seizure", "mon fils fait des convulsions", fr, "RF-SEIZ-01"},
		{"seizure", "elle est tombée et elle convulse avec de la mousse a la bouche", fr, "RF-SEIZ-01"},
		// heavy bleeding
		{"bleed", "je saigne beaucoup et ça ne s'arrête pas", fr, "RF-BLEED-01"},
		{"bleed", "il perd beaucoup de sang de la jambe", fr, "RF-BLEED-01"},
		{"bleed", "hémorragie après une coupure au bras", fr, "RF-BLEED-01"},
		// heat stroke
		{"heat", "ma mère est confuse après le soleil à Arafat", fr, "RF-HEAT-01"},
		{"heat", "coup de chaleur pendant le tawaf", fr, ""},
		{"heat", "il a la peau chaude et sèche et il délire après la chaleur", fr, "RF-HEAT-01"},
		{"heat", "insolation, il est tres confus", fr, ""},
		// anaphylaxis
		{"allergy", "après avoir mangé des cacahuètes mes lèvres sont gonflées et j'ai du mal à respirer", fr, "RF-ALLERGY-02"},
		{"allergy", "piqure de guepe et sa gorge se ferme", fr, ""},
		{"allergy", "la langue gonflée après la penicilline", fr, "RF-ALLERGY-01"},
		// suicidal intent
		{"mind", "je veux me tuer", fr, "RF-MH-01"},
		{"mind", "j'ai envie de me suicider", fr, "RF-MH-01"},
		{"mind", "je n'ai plus envie de vivre, je veux en finir", fr, "RF-MH-01"},
		// a baby under 3 months with fever
		{"baby", "mon bébé de 2 mois a de la fièvre", fr, "RF-CHILD-04"},
		{"baby", "ma fille, un bebe de 6 semaines, est brulante de fievre", fr, "RF-CHILD-04"},
		{"baby", "nourrisson de 3 semaines avec 38,5 de température", fr, "RF-CHILD-04"},
		// pregnancy with bleeding
		{"preg", "je suis enceinte et je saigne", fr, "RF-PREG-01"},
		{"preg", "enceinte de 5 mois, saignement abondant", fr, ""},
		{"preg", "ma femme est enceinte et elle perd du sang", fr, "RF-PREG-01"},
		// more phrasings, as typed on a phone (no accents, no apostrophes)
		{"chest", "jai une douleur au coeur et je transpire", fr, "RF-CHEST-01"},
		{"chest", "ma poitrine me fait mal et j'ai du mal a respirer", fr, "RF-CHEST-01"},
		{"stroke", "il a la bouche tordue et il parle mal", fr, "RF-STROKE-01"},
		{"stroke", "son bras droit ne bouge plus", fr, "RF-STROKE-02"},
		{"stroke", "elle ne sent plus sa jambe gauche d un coup", fr, "RF-STROKE-03"},
		{"stroke", "mon pere bafouille depuis une heure", fr, "RF-STROKE-04"},
		{"breath", "je peux pas respirer", fr, "RF-BREATH-01"},
		{"breath", "il suffoque", fr, "RF-BREATH-01"},
		{"consc", "il est tombe dans les pommes et ne repond pas", fr, "RF-CONSC-01"},
		{"consc", "ma mere a fait un malaise au tawaf", fr, ""},
		{"seizure", "ma fille fait une crise convulsive", fr, "RF-SEIZ-01"},
		{"seizure", "il tremble de partout et bave", fr, "RF-SEIZ-01"},
		{"bleed", "ca saigne enormement", fr, "RF-BLEED-01"},
		{"heat", "insolation a mina, il delire", fr, "RF-HEAT-01"},
		{"allergy", "elle a mange des crevettes et sa langue a gonfle, elle respire mal", fr, "RF-ALLERGY-02"},
		{"mind", "jai des idees noires, je veux en finir", fr, "RF-MH-01"},
		{"mind", "je vais me suicider", fr, "RF-MH-01"},
		{"baby", "mon bebe de 3 semaines a 38 de fievre", fr, "RF-CHILD-04"},
		{"baby", "mon bebe de 1 mois, son corps est chaud", fr, "RF-CHILD-04"},
		{"preg", "enceinte de 7 mois je perds du sang", fr, "RF-PREG-01"},
		{"preg", "je suis enceinte et j'ai des saignements", fr, "RF-PREG-01"},
		{"neuro", "le pire mal de tete de ma vie, d'un coup", fr, "RF-NEURO-02"},
	} {
		t.Run(tc.what+"/"+tc.text, func(t *testing.T) {
			d := e.Classify(tc.text, tc.facts)
			if d.Urgency != Emergency {
				t.Errorf("%q: urgency %s, want emergency; red %v amber %v, found %v", tc.text, d.Urgency, d.RedFlags, d.AmberFlags, d.Summary.Findings)
			}
			if tc.rule != "" && !slices.Contains(d.RedFlags, tc.rule) {
				t.Errorf("%q: %s did not fire; red %v", tc.text, tc.rule, d.RedFlags)
			}
		})
	}
}

// TestFrenchNotEmergencies: negated and harmless French messages are not
// emergencies.
func TestFrenchNotEmergencies(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"pas de douleur à la poitrine, je veux un rendez-vous de suivi",
		"je n'ai pas de douleur thoracique ni d'essoufflement",
		"Bonjour, je voudrais renouveler mon ordonnance pour la tension",
		"je voudrais prendre rendez-vous avec un médecin",
		"j'ai un petit rhume depuis deux jours",
		"pas de fièvre, pas de saignement, juste une question sur mon traitement",
		"mon bébé de 2 mois n'a pas de fièvre, c'est pour un vaccin",
		"je ne suis pas enceinte, j'ai mal au dos",
		"sans fièvre et sans douleur, je voudrais un certificat",
		"j'ai un peu mal à la gorge",
		"pas de sang, pas de douleur, je suis enceinte de 3 mois",
		"pas de convulsion",
		"il n'a pas de fievre",
		"aucun saignement, je voudrais un conseil",
		"sans essoufflement",
		"je ne suis pas essoufflée",
		"pas de douleur thoracique",
		"jamais eu d'AVC, je veux un contrôle",
		"je n'ai pas envie de mourir, j'ai juste mal au dos",
		"mon fils n'est pas inconscient, il dort",
		"comment prendre rendez-vous ?",
		"merci docteur",
		"j'ai mal à la tête depuis 3 jours",
	} {
		t.Run(text, func(t *testing.T) {
			d := e.Classify(text, Facts{Lang: "fr"})
			if d.Urgency == Emergency {
				t.Errorf("%q: emergency, want less; red %v, found %v", text, d.RedFlags, d.Summary.Findings)
			}
		})
	}
}
