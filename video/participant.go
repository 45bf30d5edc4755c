package video

import (
	"strconv"
	"time"
)

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

// ConsultLength is how long a quick consult's join links stay valid after
// the claim (the provider adds its own margins).
const ConsultLength = 2 * time.Hour

// Consult describes the call of quick consult caseID, claimed at
// claimedAt by the clinician: the dashboard shows the clinician's link and
// the relay sends the patient theirs, and both must name the same call.
func Consult(caseID, patientID int64, room string, claimedAt time.Time, clinicianID int64, clinicianName string) Appointment {
	return Appointment{
		ID: caseID, Room: room, Start: claimedAt, End: claimedAt.Add(ConsultLength),
		Patient: Patient(patientID), Clinician: Clinician(clinicianID, clinicianName),
	}
}
