-- Settings that belong with the data rather than the laptop: they travel with a backup.
CREATE TABLE app_setting (
    name          VARCHAR(100)  PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
