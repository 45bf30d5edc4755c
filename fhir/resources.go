package fhir

import "time"

// The R4 resources and data types Frontdoor writes, with only the
// elements it fills. Field names and cardinalities follow FHIR R4
// (4.0.1); omitempty keeps absent elements absent, as FHIR requires (no
// nulls, no empty arrays).

// Version is the FHIR version served.
const Version = "4.0.1"

// SpecialtySystem is the code system of Frontdoor's specialty codes.
const SpecialtySystem = "urn:frontdoor:specialty"

// Meta is Resource.meta.
type Meta struct {
	VersionID   string `json:"versionId,omitempty"`
	LastUpdated string `json:"lastUpdated,omitempty"`
}

// Reference is a reference to another resource.
type Reference struct {
	Reference string `json:"reference,omitempty"`
	Display   string `json:"display,omitempty"`
}

// Coding is a code from a code system.
type Coding struct {
	System  string `json:"system,omitempty"`
	Code    string `json:"code,omitempty"`
	Display string `json:"display,omitempty"`
}

// CodeableConcept is a concept given by codes and text.
type CodeableConcept struct {
	Coding []Coding `json:"coding,omitempty"`
	Text   string   `json:"text,omitempty"`
}

// Period is a span of time.
type Period struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Schedule is a clinician's bookable time.
type Schedule struct {
	ResourceType    string            `json:"resourceType"` // "Schedule"
	ID              string            `json:"id"`
	Active          bool              `json:"active"`
	ServiceType     []CodeableConcept `json:"serviceType,omitempty"`
	Specialty       []CodeableConcept `json:"specialty,omitempty"`
	Actor           []Reference       `json:"actor"`
	PlanningHorizon *Period           `json:"planningHorizon,omitempty"`
	Comment         string            `json:"comment,omitempty"`
}

// Slot is a span of a schedule, free or busy.
type Slot struct {
	ResourceType string            `json:"resourceType"` // "Slot"
	ID           string            `json:"id"`
	Specialty    []CodeableConcept `json:"specialty,omitempty"`
	Schedule     Reference         `json:"schedule"`
	Status       string            `json:"status"` // free | busy
	Start        string            `json:"start"`
	End          string            `json:"end"`
}

// Participant is Appointment.participant.
type Participant struct {
	Type     []CodeableConcept `json:"type,omitempty"`
	Actor    *Reference        `json:"actor,omitempty"`
	Required string            `json:"required,omitempty"` // required | optional | information-only
	Status   string            `json:"status"`             // accepted | declined | tentative | needs-action
}

// Appointment is a booked or cancelled appointment.
type Appointment struct {
	ResourceType      string            `json:"resourceType"` // "Appointment"
	ID                string            `json:"id"`
	Meta              *Meta             `json:"meta,omitempty"`
	Status            string            `json:"status"` // booked | cancelled | fulfilled
	CancelationReason *CodeableConcept  `json:"cancelationReason,omitempty"`
	ServiceType       []CodeableConcept `json:"serviceType,omitempty"`
	Specialty         []CodeableConcept `json:"specialty,omitempty"`
	AppointmentType   *CodeableConcept  `json:"appointmentType,omitempty"`
	Description       string            `json:"description,omitempty"`
	Start             string            `json:"start"`
	End               string            `json:"end"`
	MinutesDuration   int               `json:"minutesDuration,omitempty"`
	Created           string            `json:"created,omitempty"`
	Participant       []Participant     `json:"participant"`
}

// Bundle is a searchset of resources.
type Bundle struct {
	ResourceType string        `json:"resourceType"` // "Bundle"
	ID           string        `json:"id,omitempty"`
	Type         string        `json:"type"` // searchset
	Timestamp    string        `json:"timestamp,omitempty"`
	Total        int           `json:"total"`
	Link         []BundleLink  `json:"link,omitempty"`
	Entry        []BundleEntry `json:"entry,omitempty"`
}

// BundleLink is Bundle.link.
type BundleLink struct {
	Relation string `json:"relation"`
	URL      string `json:"url"`
}

// BundleEntry is Bundle.entry.
type BundleEntry struct {
	FullURL  string       `json:"fullUrl,omitempty"`
	Resource any          `json:"resource"`
	Search   *EntrySearch `json:"search,omitempty"`
}

// EntrySearch is Bundle.entry.search.
type EntrySearch struct {
	Mode string `json:"mode"` // match
}

// OperationOutcome reports an error.
type OperationOutcome struct {
	ResourceType string  `json:"resourceType"` // "OperationOutcome"
	Issue        []Issue `json:"issue"`
}

// Issue is OperationOutcome.issue.
type Issue struct {
	Severity    string `json:"severity"` // error
	Code        string `json:"code"`     // not-found, invalid, security, exception
	Diagnostics string `json:"diagnostics,omitempty"`
}

// instant writes t as a FHIR instant (UTC, seconds).
func instant(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
