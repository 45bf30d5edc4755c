// Package fhir serves Frontdoor's appointments to clinicians' systems as
// read-only FHIR R4 JSON: Schedule (one per clinician), Slot (free times
// computed from availability, and booked times as busy slots) and
// Appointment, with searchset Bundles, OperationOutcome errors and a
// CapabilityStatement at /metadata.
//
// Every request needs "Authorization: Bearer <token>" with the configured
// API token (compared in constant time); the dashboard's session auth can
// wrap Handler later. Responses carry no patient names or contact details:
// a patient is "Patient/<id>" only.
package fhir
