-- Where a facility sends an urgent patient when no clinician who could take
-- their case is online (dialogs.UrgentFallback): a line for medical advice
-- ("937", the Saudi Ministry of Health's; digits, an optional +) and, in
-- each language, the facility's own words on where to go and when it is
-- open. Empty says nothing: the deployment's FRONTDOOR_URGENT_FALLBACK_*
-- apply. An administrator edits them; see store.SetUrgentFallback.

-- +goose Up
ALTER TABLE facilities
    ADD COLUMN urgent_fallback_phone text NOT NULL DEFAULT ''
        CONSTRAINT facilities_urgent_fallback_phone_check
        CHECK (urgent_fallback_phone = '' OR urgent_fallback_phone ~ '^\+?[0-9]{3,15}$'),
    ADD COLUMN urgent_fallback_ar text NOT NULL DEFAULT ''
        CONSTRAINT facilities_urgent_fallback_ar_check
        CHECK (char_length(urgent_fallback_ar) <= 500 AND urgent_fallback_ar = btrim(urgent_fallback_ar)),
    ADD COLUMN urgent_fallback_en text NOT NULL DEFAULT ''
        CONSTRAINT facilities_urgent_fallback_en_check
        CHECK (char_length(urgent_fallback_en) <= 500 AND urgent_fallback_en = btrim(urgent_fallback_en));

-- +goose Down
ALTER TABLE facilities
    DROP COLUMN urgent_fallback_phone,
    DROP COLUMN urgent_fallback_ar,
    DROP COLUMN urgent_fallback_en;
