-- Topics a user chose not to be e-mailed about (alerts they watch live anyway, for example).
CREATE TABLE notification_mute (
    user_id UUID        NOT NULL,
    topic   VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, topic)
);
