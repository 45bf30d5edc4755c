package dialogs

import (
	"encoding/json"
	"fmt"
)

// valuesKey is where a flow's typed data lives in Session.Values.
const valuesKey = "data"

// loadValues decodes the current flow's data (a struct of the flow's own)
// from s.Values; a flow that stored nothing yet gets T's zero value. The
// Engine clears Values whenever the conversation changes flow, so a flow
// never reads another's data.
func loadValues[T any](s *Session) (T, error) {
	var v T
	raw, ok := s.Values[valuesKey]
	if !ok {
		return v, nil
	}
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return v, fmt.Errorf("dialogs: decode %s data: %w", s.Flow, err)
	}
	return v, nil
}

// storeValues encodes v as the current flow's data in s.Values.
func storeValues[T any](s *Session, v T) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("dialogs: encode %s data: %w", s.Flow, err)
	}
	if s.Values == nil {
		s.Values = map[string]string{}
	}
	s.Values[valuesKey] = string(raw)
	return nil
}
