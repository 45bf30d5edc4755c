package store

import "time"

// The demo data: three virtual clinics in the Hijaz, every specialty, and a
// small team. Names and phone numbers are invented (the phone numbers use
// the 555 range).

type demoFacility struct {
	code, nameAr, nameEn, city, timeZone, phone string
}

var demoFacilities = []demoFacility{
	{"makkah_ajyad", "عيادة مكة الافتراضية – أجياد", "Makkah Virtual Clinic – Ajyad", "makkah", "Asia/Riyadh", "+966125550101"},
	{"madinah_quba", "عيادة المدينة المنورة الافتراضية – قباء", "Madinah Virtual Clinic – Quba", "madinah", "Asia/Riyadh", "+966145550102"},
	{"jeddah_corniche", "عيادة جدة الافتراضية – الكورنيش", "Jeddah Virtual Clinic – Corniche", "jeddah", "Asia/Riyadh", "+966125550103"},
}

type demoSpecialty struct {
	code, nameAr, nameEn string
}

// demoSpecialties are the specialties Frontdoor routes to; triage and
// booking refer to them by these codes.
var demoSpecialties = []demoSpecialty{
	{"general_practice", "الطب العام", "General Practice"},
	{"internal_medicine", "الطب الباطني", "Internal Medicine"},
	{"cardiology", "أمراض القلب", "Cardiology"},
	{"pulmonology", "الأمراض الصدرية والجهاز التنفسي", "Pulmonology"},
	{"neurology", "الأمراض العصبية", "Neurology"},
	{"gastroenterology", "أمراض الجهاز الهضمي", "Gastroenterology"},
	{"endocrinology", "الغدد الصماء والسكري", "Endocrinology"},
	{"nephrology", "أمراض الكلى", "Nephrology"},
	{"infectious_disease", "الأمراض المعدية", "Infectious Diseases"},
	{"pediatrics", "طب الأطفال", "Pediatrics"},
	{"obstetrics_gynecology", "النساء والولادة", "Obstetrics and Gynecology"},
	{"dermatology", "الأمراض الجلدية", "Dermatology"},
	{"ent", "الأنف والأذن والحنجرة", "Ear, Nose and Throat"},
	{"ophthalmology", "طب العيون", "Ophthalmology"},
	{"orthopedics", "جراحة العظام", "Orthopedics"},
	{"psychiatry", "الطب النفسي", "Psychiatry"},
	{"urology", "المسالك البولية", "Urology"},
	{"dentistry", "طب الأسنان", "Dentistry"},
	{"emergency_medicine", "طب الطوارئ", "Emergency Medicine"},
}

// demoWindow is a weekly window on several weekdays; times are wall-clock
// times in the facility's zone.
type demoWindow struct {
	days        []time.Weekday
	start, end  string
	slotMinutes int
}

type demoClinician struct {
	username, nameAr, nameEn, role, facility string
	specialties                              []string
	windows                                  []demoWindow
}

// The Saudi working week runs Sunday to Thursday.
var sunToThu = []time.Weekday{time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday}

var demoClinicians = []demoClinician{
	{
		username: "dr.khalid", nameAr: "د. خالد العتيبي", nameEn: "Dr. Khalid Al-Otaibi",
		role: "clinician", facility: "makkah_ajyad",
		specialties: []string{"general_practice", "emergency_medicine"},
		windows: []demoWindow{
			{sunToThu, "09:00", "13:00", 15},
			{[]time.Weekday{time.Friday, time.Saturday}, "16:00", "20:00", 15},
		},
	},
	{
		username: "dr.aisha", nameAr: "د. عائشة الحربي", nameEn: "Dr. Aisha Al-Harbi",
		role: "clinician", facility: "makkah_ajyad",
		specialties: []string{"internal_medicine", "endocrinology", "infectious_disease"},
		windows:     []demoWindow{{sunToThu, "16:00", "21:00", 20}},
	},
	{
		username: "dr.omar", nameAr: "د. عمر الجهني", nameEn: "Dr. Omar Al-Juhani",
		role: "clinician", facility: "madinah_quba",
		specialties: []string{"pediatrics", "general_practice"},
		windows: []demoWindow{
			{sunToThu, "10:00", "14:00", 15},
			{[]time.Weekday{time.Saturday}, "10:00", "12:00", 15},
		},
	},
	{
		username: "dr.fatimah", nameAr: "د. فاطمة الزهراني", nameEn: "Dr. Fatimah Al-Zahrani",
		role: "clinician", facility: "jeddah_corniche",
		specialties: []string{"obstetrics_gynecology", "dermatology"},
		windows:     []demoWindow{{[]time.Weekday{time.Sunday, time.Tuesday, time.Wednesday}, "09:00", "12:00", 30}},
	},
	{
		username: "coord.sara", nameAr: "سارة القحطاني", nameEn: "Sara Al-Qahtani",
		role: "coordinator", facility: "makkah_ajyad",
	},
	{
		username: "admin.noura", nameAr: "نورة الشمري", nameEn: "Noura Al-Shammari",
		role: "admin", facility: "makkah_ajyad",
	},
}
