package video

import "strconv"

// Patient names a patient in a call by id only ("patient-42"), with no
// name: signed links are readable by whoever holds them.
func Patient(id int64) Participant {
	return Participant{ID: "patient-" + strconv.FormatInt(id, 10)}
}

// Clinician names a clinician in a call by id and the name the others see
// (the clinician's English name, as both the booked and the quick
// consults show it).
func Clinician(id int64, name string) Participant {
	return Participant{ID: "clinician-" + strconv.FormatInt(id, 10), Name: name}
}
