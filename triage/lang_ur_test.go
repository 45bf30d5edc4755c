package triage

import "testing"

// TestUrduEmergencies reads Urdu patient messages (as typed on a phone,
// without diacritics) into the emergencies they describe, and checks that
// negated and harmless Urdu messages are not read as emergencies.
func TestUrduEmergencies(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		what, text string
		f          Facts
	}{
		// chest pain with sweating or breathlessness
		{"chest pain, sweating", "میرے سینے میں درد ہے اور بہت پسینہ آ رہا ہے", Facts{}},
		{"chest pain, breathless", "سینے میں شدید درد اور سانس پھول رہی ہے", Facts{}},
		{"chest pressure", "ابو کے سینے پر بوجھ ہے اور ٹھنڈے پسینے آ رہے ہیں", Facts{}},
		{"heart attack", "لگتا ہے ابو کو دل کا دورہ پڑا ہے", Facts{}},
		// stroke
		{"face droop", "امی کا منہ اچانک ٹیڑھا ہو گیا ہے", Facts{}},
		{"arm weakness", "ابو کا بایاں بازو بے جان ہو گیا ہے", Facts{}},
		{"slurred speech", "نانا کی زبان لڑکھڑا رہی ہے اور ٹھیک سے بول نہیں پا رہے", Facts{}},
		{"stroke named", "دادی کو فالج ہو گیا ہے", Facts{}},
		// cannot breathe
		{"cannot breathe", "مجھے سانس نہیں آ رہی", Facts{}},
		{"cannot breathe 2", "امی سانس نہیں لے پا رہی ہیں", Facts{}},
		{"severe breathless", "سانس لینے میں شدید تکلیف ہے", Facts{}},
		// unconscious, seizure
		{"unconscious", "میرے شوہر بے ہوش ہو گئے ہیں", Facts{}},
		{"unresponsive", "ابو جواب نہیں دے رہے اور آنکھیں نہیں کھول رہے", Facts{}},
		{"seizure", "بیٹے کو مرگی کا دورہ پڑا ہے", Facts{}},
		{"fitting", "بچی کو جھٹکے لگ رہے ہیں اور منہ سے جھاگ نکل رہا ہے", Facts{}},
		// heavy bleeding
		{"bleeding won't stop", "ہاتھ کٹ گیا ہے اور خون رک نہیں رہا", Facts{}},
		{"heavy bleeding", "بہت زیادہ خون بہہ رہا ہے", Facts{}},
		// heat stroke
		{"heat stroke named", "ابو کو لو لگ گئی ہے", Facts{}},
		{"heat, confused", "عرفات میں دھوپ میں تھے، اب امی الٹی سیدھی باتیں کر رہی ہیں", Facts{}},
		{"heat, collapsed", "طواف کے دوران گرمی میں نانی بے ہوش ہو گئیں", Facts{}},
		{"heat, hot dry skin", "شدید گرمی میں چلنے کے بعد جسم تپ رہا ہے اور پسینہ بند ہے", Facts{}},
		// anaphylaxis
		{"throat closing", "مونگ پھلی کھانے کے بعد گلا بند ہو رہا ہے", Facts{}},
		{"lips swelling after sting", "شہد کی مکھی نے کاٹا، ہونٹ سوج گئے اور سانس لینے میں مشکل ہے", Facts{}},
		{"tongue swelling after medicine", "دوا کا ری ایکشن ہوا ہے، زبان سوج گئی ہے", Facts{}},
		// suicidal intent
		{"suicide", "میں خودکشی کرنا چاہتا ہوں", Facts{}},
		{"end life", "اب جینا نہیں چاہتی، اپنی جان لے لوں گی", Facts{}},
		// baby under three months with fever
		{"baby fever months", "میرا 2 ماہ کا بچہ ہے، اسے بخار ہے", Facts{}},
		{"baby fever months 2", "2 مہینے کے بچے کو بخار ہو گیا ہے", Facts{}},
		{"baby fever weeks", "3 ہفتے کی بچی کو تیز بخار ہے", Facts{}},
		{"newborn fever age", "بچے کی عمر 1 مہینہ ہے، بخار ہے", Facts{}},
		// pregnancy with bleeding
		{"pregnant bleeding", "میں حاملہ ہوں اور خون آ رہا ہے", Facts{}},
		{"pregnant bleeding 2", "بیوی 5 ماہ کے حمل سے ہے اور نیچے سے خون بہہ رہا ہے", Facts{}},
		{"arm numb, face droop", "امی کا ہاتھ اچانک سن ہو گیا ہے اور منہ ٹیڑھا ہے", Facts{}},
		{"not sure what happened, unconscious", "پتا نہیں کیا ہوا، ابو بے ہوش ہو گئے ہیں", Facts{}},
		{"fit", "بچے کو دورہ پڑا ہے اور جسم اکڑ گیا ہے", Facts{}},
		{"pilgrim collapsed in heat", "منیٰ میں گرمی سے ابو گر پڑے اور کچھ بول نہیں رہے", Facts{}},
		{"suicide", "میں خودکشی کرنا چاہتا ہوں", Facts{}},
		{"baby weeks old", "میرا بیٹا 6 ہفتے کا ہے اسے بخار ہے", Facts{}},
		{"chest burning, sweating", "سینے میں جلن ہے اور پسینہ آ رہا ہے", Facts{}},
		{"heart pain, sweating", "دل میں درد ہو رہا ہے اور پسینہ آ رہا ہے", Facts{}},
		{"hurry, unconscious", "جلدی کریں نہ ابو بے ہوش ہیں", Facts{}},
		// other emergencies read in Urdu
		{"inhaler not helping", "مجھے دمہ ہے اور انہیلر سے فائدہ نہیں ہو رہا", Facts{}},
		{"overdose", "میں نے بہت ساری گولیاں کھا لیں", Facts{}},
		{"child swallowed medicine", "بچے نے دوا کی گولیاں کھا لیں", Facts{}},
		{"snake bite", "سانپ نے کاٹ لیا", Facts{}},
		{"stampede", "رش میں بھگدڑ میں امی کچلی گئیں", Facts{}},
		{"baby not moving", "7 ماہ کی حاملہ ہوں، بچہ حرکت نہیں کر رہا", Facts{}},
		{"blue lips", "بچے کے ہونٹ نیلے ہو گئے ہیں", Facts{}},
		{"choking", "بچے کے گلے میں سکہ پھنس گیا ہے", Facts{}},
		// the patient says it is an emergency
		{"ambulance", "جلدی ایمبولینس بھیجیں", Facts{}},
	} {
		t.Run(tc.what, func(t *testing.T) {
			d := e.Classify(tc.text, tc.f)
			if d.Urgency != Emergency {
				t.Errorf("%q: urgency %s, want emergency; red %v amber %v, found %v", tc.text, d.Urgency, d.RedFlags, d.AmberFlags, d.Summary.Findings)
			}
		})
	}
	for _, tc := range []struct{ what, text string }{
		{"no chest pain, follow-up", "نہ سینے میں درد ہے نہ سانس کا مسئلہ، صرف فالو اپ اپائنٹمنٹ چاہیے"},
		{"no chest pain, negation after", "سینے میں درد نہیں ہے، صرف فالو اپ اپائنٹمنٹ چاہیے"},
		{"not an emergency", "یہ ایمرجنسی نہیں ہے، بس شوگر کی دوا چاہیے"},
		{"without fever", "بغیر بخار کے ہلکی کھانسی ہے، دوا بتا دیں"},
		{"routine question", "کیا میں ڈاکٹر سے اپائنٹمنٹ لے سکتا ہوں؟"},
		{"prescription", "مجھے شوگر کی دوا کا نیا نسخہ چاہیے"},
		{"mild cold", "ہلکا زکام ہے اور ناک بہہ رہی ہے"},
		{"hot weather question", "گرمی بہت ہے، پانی کتنا پینا چاہیے؟"},
		{"pregnancy check", "میں حاملہ ہوں، معمول کا چیک اپ کروانا ہے"},
		{"fever three days", "مجھے 3 دن سے بخار ہے"},
		{"no breathing trouble", "نہ سانس کی تکلیف ہے نہ بخار، بس گلے میں خراش ہے"},
		{"blood test", "خون کا ٹیسٹ کروانا ہے، کہاں جاؤں؟"},
		{"anaemia in pregnancy", "میں حاملہ ہوں اور خون کی کمی ہے، آئرن کی گولیاں چاہییں"},
		{"visit of the holy sites", "مدینہ کی زیارتوں کا دورہ کیا، اب ہلکا زکام ہے"},
		{"phone fell", "حرم میں میرا فون گر گیا، کیا آپ مدد کر سکتے ہیں؟"},
		{"listen", "میری بات سن لیں، ہاتھ پر خارش ہے"},
		{"headache, uneasy heart", "سر میں درد ہے اور دل گھبرا رہا ہے"},
		{"feel like eating", "دل کرتا ہے کچھ کھا لوں"},
		{"fever three days, written as a length", "بخار 3 دن کا ہے"},
		{"diabetes refill", "مجھے شوگر ہے، دوا ختم ہو گئی ہے"},
	} {
		t.Run("not/"+tc.what, func(t *testing.T) {
			d := e.Classify(tc.text, Facts{})
			if d.Urgency == Emergency {
				t.Errorf("%q: emergency, want none; red %v, found %v", tc.text, d.RedFlags, d.Summary.Findings)
			}
		})
	}
}
