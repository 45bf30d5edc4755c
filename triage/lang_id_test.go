package triage

import "testing"

// TestIndonesianEmergencies reads Indonesian patient messages, as pilgrims
// type them (everyday spellings: gak, ga, tdk, sy, bgt), through the
// lexicon of rules/lexicon_lang_id.toml: each emergency in several
// phrasings must reach an emergency, and negated or harmless messages must
// not.
func TestIndonesianEmergencies(t *testing.T) {
	e := mustLoad(t)
	cases := []struct {
		what  string
		text  string
		facts Facts
		want  bool // true: must be an emergency; false: must not be one
	}{
		// chest pain with sweating or breathlessness
		{"chest", "dada saya sakit sekali dan keringat dingin", Facts{AgeYears: 55}, true},
		{"chest", "nyeri dada sampai ke lengan kiri, sesak napas", Facts{}, true},
		{"chest", "bapak saya sakit dada terus keringetan", Facts{}, true},
		{"chest", "dada terasa berat seperti ditindih batu", Facts{}, true},
		{"chest", "sy nyeri dada dan mual, pusing", Facts{}, true},
		{"chest", "kayaknya kena serangan jantung", Facts{}, true},
		// stroke signs
		{"stroke", "mulut ibu saya tiba tiba mencong", Facts{}, true},
		{"stroke", "wajah bapak miring sebelah dan bicaranya pelo", Facts{}, true},
		{"stroke", "tangan kiri ayah tiba tiba lemah tidak bisa diangkat", Facts{}, true},
		{"stroke", "nenek gak bisa gerakin tangan kanannya", Facts{}, true},
		{"stroke", "suami saya ngomongnya gak jelas tiba tiba", Facts{}, true},
		{"stroke", "sepertinya kakek kena stroke", Facts{}, true},
		{"stroke", "ibu sy kayaknya kena struk, mulutnya merot", Facts{}, true},
		// cannot breathe / severe breathlessness
		{"breath", "saya tidak bisa bernapas", Facts{}, true},
		{"breath", "gak bisa napas tolong", Facts{}, true},
		{"breath", "sesak napas parah sekali", Facts{}, true},
		{"breath", "ibu saya sesak banget megap megap", Facts{}, true},
		{"breath", "bapak saya sangat sesak", Facts{}, true},
		// unconscious / seizure
		{"unconscious", "ayah saya pingsan tidak sadarkan diri", Facts{}, true},
		{"unconscious", "suami saya jatuh dan tidak merespon", Facts{}, true},
		{"seizure", "anak saya kejang kejang", Facts{}, true},
		{"seizure", "istri sy kejang mulut berbusa", Facts{}, true},
		// heavy bleeding
		{"bleeding", "pendarahan hebat dari luka di kepala", Facts{}, true},
		{"bleeding", "darahnya keluar terus tidak berhenti", Facts{}, true},
		{"bleeding", "luka di kaki, darah banyak sekali mengucur", Facts{}, true},
		// heat stroke
		{"heat", "habis tawaf ibu saya linglung dan kulitnya panas kering", Facts{}, true},
		{"heat", "bapak pingsan di arafah karena kepanasan", Facts{}, true},
		{"heat", "kena sengatan panas di mina", Facts{}, true},
		{"heat", "teman saya ngelantur setelah lempar jumrah", Facts{}, true},
		// anaphylaxis
		{"allergy", "habis makan udang bibir dan lidah bengkak, sesak", Facts{}, true},
		{"allergy", "disengat lebah sekarang tenggorokan seperti tercekik", Facts{}, true},
		{"allergy", "setelah minum obat baru muka bengkak dan susah napas", Facts{}, true},
		{"allergy", "lidah saya bengkak", Facts{}, true},
		// suicidal intent
		{"suicide", "saya ingin bunuh diri", Facts{}, true},
		{"suicide", "sy udah mau bunuh diri aja", Facts{}, true},
		{"suicide", "pengen gantung diri, capek hidup", Facts{}, true},
		// baby under 3 months with fever
		{"baby", "bayi saya umur 3 minggu demam", Facts{}, true},
		{"baby", "bayi usia 2 bulan badannya panas", Facts{}, true},
		{"baby", "anak saya demam tinggi", Facts{AgeMonths: 1}, true},
		// pregnancy with bleeding
		{"pregnancy", "saya hamil 3 bulan dan keluar darah banyak", Facts{Sex: "f"}, true},
		{"pregnancy", "istri saya hamil 7 bulan, pendarahan dari jalan lahir", Facts{}, true},
		{"pregnancy", "lagi hamil keluar darah", Facts{}, true},
		// negated and harmless: no emergency
		{"negated", "tidak ada nyeri dada, saya mau kontrol", Facts{}, false},
		{"negated", "gak sesak napas, cuma batuk pilek", Facts{}, false},
		{"negated", "tidak ada pikiran bunuh diri, hanya susah tidur", Facts{}, false},
		{"negated", "tidak demam, saya mau tanya jadwal dokter", Facts{}, false},
		{"negated", "ga ada pendarahan, mau periksa kehamilan rutin", Facts{}, false},
		{"negated", "bapak sudah sadar dan bicara biasa, tidak pingsan", Facts{}, false},
		{"routine", "saya mau perpanjang resep obat darah tinggi", Facts{}, false},
		{"routine", "kapan jadwal dokter gigi?", Facts{}, false},
		{"routine", "kaki saya pegal habis jalan jauh", Facts{}, false},
		{"routine", "saya batuk pilek sudah tiga hari", Facts{}, false},
		{"routine", "bayi saya umur 6 bulan mau imunisasi", Facts{}, false},
		{"negated", "saya tidak sesak nafas, hanya pilek", Facts{}, false},
		{"negated", "bukan darurat, saya cuma mau minta surat keterangan sehat", Facts{}, false},
		{"routine", "saya tidak bisa tidur karena batuk", Facts{}, false},
		{"routine", "anak saya gak mau bangun pagi untuk sekolah", Facts{}, false},
		{"routine", "saya bingung cara membuat janji temu", Facts{}, false},
		{"history", "bapak saya pernah stroke tahun lalu, mau kontrol rutin", Facts{}, false},
		{"history", "riwayat serangan jantung 3 tahun lalu, mau perpanjang obat", Facts{}, false},
		{"routine", "terima kasih dokter, saya sudah membaik", Facts{}, false},
	}
	emergencies := 0
	for _, c := range cases {
		d := e.Classify(c.text, c.facts)
		got := d.Urgency == Emergency
		if got {
			emergencies++
		}
		if got != c.want {
			t.Errorf("%s: %q: urgency %s (red %v), want emergency %v; found %v", c.what, c.text, d.Urgency, d.RedFlags, c.want, d.Summary.Findings)
		}
	}
	t.Logf("%d of %d messages read as emergencies", emergencies, len(cases))
}

// TestIndonesianSleeplessAndTiredOfEverything: sleep lost and "tired of
// everything" are the mood's complaint, so the mental health questions are
// asked: l8-020 asked for the strongest sleeping pills after two weeks
// without sleep and was asked only the safety screen; her "yes" to
// thoughts of ending her life is now the emergency.
func TestIndonesianSleeplessAndTiredOfEverything(t *testing.T) {
	e := mustLoad(t)
	text := "dok, boleh minta resep obat tidur yg paling kuat gak? sy udh 2 minggu gak bisa tidur, capek bgt sama semuanya"
	f := Facts{AgeYears: 32, Sex: "f", Lang: "id"}
	w := e.Walk(text, f, "", answering(map[string]string{"mh_suicidal": "yes", "mh_plan": "yes"}))
	if w.Decision.Urgency != Emergency {
		t.Errorf("asked %v, told %s; want the mood's questions and an emergency", w.Asked, w.Decision.Urgency)
	}
	for _, text := range []string{"sy susah tidur krn anak saya demam", "saya bisa tidur nyenyak sekarang"} {
		if present(t, e, text, "hopeless") {
			t.Errorf("%q: read as hopelessness", text)
		}
	}
	if present(t, e, "saya bisa tidur nyenyak sekarang", "sleep_lost") {
		t.Error("sleeping well read as sleep lost")
	}
}
