package fhir

import "net/http"

// CapabilityStatement says what the server does.
type CapabilityStatement struct {
	ResourceType string           `json:"resourceType"` // "CapabilityStatement"
	Status       string           `json:"status"`
	Date         string           `json:"date"`
	Publisher    string           `json:"publisher,omitempty"`
	Kind         string           `json:"kind"`
	Software     *Software        `json:"software,omitempty"`
	FHIRVersion  string           `json:"fhirVersion"`
	Format       []string         `json:"format"`
	Rest         []CapabilityRest `json:"rest"`
}

// Software is CapabilityStatement.software.
type Software struct {
	Name string `json:"name"`
}

// CapabilityRest is CapabilityStatement.rest.
type CapabilityRest struct {
	Mode     string               `json:"mode"`
	Security *CapabilitySecurity  `json:"security,omitempty"`
	Resource []CapabilityResource `json:"resource"`
}

// CapabilitySecurity is CapabilityStatement.rest.security.
type CapabilitySecurity struct {
	Description string `json:"description"`
}

// CapabilityResource is CapabilityStatement.rest.resource.
type CapabilityResource struct {
	Type        string             `json:"type"`
	Interaction []Interaction      `json:"interaction"`
	SearchParam []CapabilitySearch `json:"searchParam,omitempty"`
}

// Interaction is an interaction a resource supports.
type Interaction struct {
	Code string `json:"code"`
}

// CapabilitySearch is a supported search parameter.
type CapabilitySearch struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

func (s *Server) capabilities(w http.ResponseWriter, _ *http.Request) {
	read := []Interaction{{Code: "read"}, {Code: "search-type"}}
	s.write(w, http.StatusOK, CapabilityStatement{
		ResourceType: "CapabilityStatement", Status: "active", Date: instant(s.Now()), Publisher: "Frontdoor",
		Kind: "instance", Software: &Software{Name: "Frontdoor"}, FHIRVersion: Version, Format: []string{"json"},
		Rest: []CapabilityRest{{
			Mode:     "server",
			Security: &CapabilitySecurity{Description: "Authorization: Bearer <API token>"},
			Resource: []CapabilityResource{
				{Type: "Schedule", Interaction: read, SearchParam: []CapabilitySearch{{"actor", "reference"}, {"_id", "token"}}},
				{Type: "Slot", Interaction: read, SearchParam: []CapabilitySearch{{"schedule", "reference"}, {"start", "date"}, {"status", "token"}}},
				{Type: "Appointment", Interaction: read, SearchParam: []CapabilitySearch{
					{"practitioner", "reference"}, {"actor", "reference"}, {"patient", "reference"},
					{"date", "date"}, {"status", "token"}, {"_count", "number"},
				}},
			},
		}},
	})
}
