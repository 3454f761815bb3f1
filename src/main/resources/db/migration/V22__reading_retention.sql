-- Trips whose raw readings are all past their office's retention and have been thinned to what the
-- trip's record needs: the nightly retention run looks at them no more.
CREATE TABLE reading_thinned_trip (
    trip_id    UUID NOT NULL PRIMARY KEY,
    thinned_at TIMESTAMP WITH TIME ZONE NOT NULL
);
